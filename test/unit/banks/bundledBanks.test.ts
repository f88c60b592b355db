/**
 * The two bundled banks keep the promises their issues made: six non-repeating mocks' worth of questions, the
 * blueprint's shares, every task statement practised often enough that mastery measures more than memory, no
 * answer-length cue a test-wise candidate could score with, and no run of words shared with the community
 * banks we keep as importer fixtures. A contributor's pull request that breaks one fails here, not in review.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { answerCues } from '../../../src/core/bank/answerCues';
import { listQuestionFiles, loadBank } from '../../../src/core/bank/loadBank';
import type { Bank } from '../../../src/core/bank/model';

const repo = path.resolve(__dirname, '../../..');
const BANKS = ['clf-c02', 'ans-c01'] as const;
const SIX_MOCKS = 6 * 65;
const MIN_PER_TASK = 12;
const SHARE_TOLERANCE_POINTS = 2;
const MAX_KEY_LONGEST = 0.3;
const MAX_KEYS_LONGEST = 0.15;
/** Twelve words in a row is a sentence, not a service name or a stock phrase. */
const SHARED_RUN_WORDS = 12;
/**
 * Sentences of AWS documentation that a fixture bank quotes too. Facts and AWS's own wording carry over;
 * another bank's sentences never do, so anything else shared is a failure.
 */
const AWS_DOCUMENTATION_SENTENCES = [
  // VPC Flow Logs user guide, first sentence.
  'capture information about the ip traffic going to and from network interfaces in your vpc',
  // The definition of an Availability Zone in AWS's Regions and Availability Zones documentation.
  'one or more discrete data centers with redundant power networking and connectivity',
];

const loaded = new Map<string, Promise<Bank>>();
function bundled(id: (typeof BANKS)[number]): Promise<Bank> {
  if (!loaded.has(id)) loaded.set(id, loadBank(path.join(repo, 'question-banks', id)));
  return loaded.get(id)!;
}

for (const id of BANKS) {
  test(`${id}: no problems, six mocks of questions, the blueprint's shares, every task ≥ ${MIN_PER_TASK}`, async () => {
    const bank = await bundled(id);
    assert.deepEqual(bank.issues.map((i) => `${i.file}:${i.line} ${i.code} ${i.message}`), []);
    const { questions, info } = bank;
    assert.ok(info);
    assert.ok(questions.length >= SIX_MOCKS, `${questions.length} questions`);
    for (const domain of info.domains) {
      const share = (100 * questions.filter((q) => q.domain === domain.id).length) / questions.length;
      assert.ok(Math.abs(share - domain.weight) <= SHARE_TOLERANCE_POINTS, `domain ${domain.id}: ${share.toFixed(1)} % against ${domain.weight} %`);
      for (const task of domain.tasks) {
        const count = questions.filter((q) => q.task === task.id).length;
        assert.ok(count >= MIN_PER_TASK, `task ${task.id}: ${count} questions`);
      }
    }
    const multiple = questions.filter((q) => q.selectCount > 1).length / questions.length;
    assert.ok(multiple >= 0.15 && multiple <= 0.25, `multiple response ${(100 * multiple).toFixed(1)} %`);
  });

  test(`${id}: the key is not a length cue (longest ≤ 30 % of single answers, k longest ≤ 15 % of multiple)`, async () => {
    const cues = answerCues((await bundled(id)).questions);
    assert.ok(cues.keyLongest.share <= MAX_KEY_LONGEST, `key longest in ${cues.keyLongest.hits} of ${cues.keyLongest.questions}`);
    assert.ok(cues.keysLongest.share <= MAX_KEYS_LONGEST, `keys the k longest in ${cues.keysLongest.hits} of ${cues.keysLongest.questions}`);
    // Trimming keys too far leaves the opposite cue; it stays under the warning threshold too.
    assert.ok(cues.keyShortest.share <= 1.5 * cues.keyShortest.chance, `key shortest in ${cues.keyShortest.hits} of ${cues.keyShortest.questions}`);
  });
}

test('ANS-C01 stems are exam-length scenarios (median ≥ 90 words)', async () => {
  const cues = answerCues((await bundled('ans-c01')).questions);
  assert.ok(cues.stemWords.median >= 90, `median ${cues.stemWords.median} words`);
});

test(`no bundled question shares ${SHARED_RUN_WORDS} words in a row with a community bank, beyond AWS documentation's own sentences`, async () => {
  const runs = new Set<string>();
  for (const file of await listQuestionFiles(path.join(repo, 'test/fixtures/community-banks'))) {
    const words = wordsOf(readFileSync(file, 'utf8'));
    for (let i = 0; i + SHARED_RUN_WORDS <= words.length; i++) runs.add(words.slice(i, i + SHARED_RUN_WORDS).join(' '));
  }
  assert.ok(runs.size > 100_000, `the fixture banks are read (${runs.size} runs)`);
  const shared: string[] = [];
  for (const id of BANKS) {
    for (const question of (await bundled(id)).questions) {
      // Each part on its own: a run that spans an option and the explanation after it was never written as one.
      for (const part of [question.stem, ...question.options.map((o) => o.markdown), question.explanation]) {
        const words = wordsOf(part);
        for (let i = 0; i + SHARED_RUN_WORDS <= words.length; i++) {
          const run = words.slice(i, i + SHARED_RUN_WORDS).join(' ');
          if (runs.has(run) && !AWS_DOCUMENTATION_SENTENCES.some((sentence) => sentence.includes(run))) shared.push(`${question.id}: "${run}"`);
        }
      }
    }
  }
  assert.deepEqual(shared, []);
});

/** Lower-case words with links and punctuation dropped, so layout and markup don't hide a copied sentence. */
function wordsOf(text: string): string[] {
  return text
    .replace(/https?:\S+/g, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}
