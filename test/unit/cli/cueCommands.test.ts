import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCoverage, runStats } from '../../../src/cli/statsCommand';
import { runValidate } from '../../../src/cli/validateCommand';
import { MINI_BANK_ROOT } from '../helpers/miniBank';
import { questionText, VALID_FRONT_MATTER } from '../helpers/questionText';

function collector(): { io: { stdout(line: string): void; stderr(line: string): void }; out: string[] } {
  const out: string[] = [];
  return { io: { stdout: (l) => void out.push(l), stderr: (l) => void out.push(l) }, out };
}

/** A bank of 40 single-answer questions whose key is written first and is the longest option in `hits` of them. */
function cueBank(hits: number): string {
  const root = join(mkdtempSync(join(tmpdir(), 'ek-cues-')), 'cue-bank');
  mkdirSync(join(root, 'questions'), { recursive: true });
  copyFileSync(join(MINI_BANK_ROOT, 'bank.md'), join(root, 'bank.md'));
  for (let i = 0; i < 40; i++) {
    const id = `mini-1-1-cue-${i}`;
    // The other keys sit between the distractors' lengths: neither longest nor shortest.
    const key = i < hits ? 'Amazon S3 Glacier Deep Archive' : 'Amazon S3 IA';
    writeFileSync(join(root, 'questions', `${id}.md`), questionText({
      frontMatter: VALID_FRONT_MATTER.replace('id: mini-1-1-sample', `id: ${id}`),
      stem: 'A company keeps **seven years** of audit logs that are never read. Which storage is cheapest?',
      options: `- [x] ${key}\n- [ ] Amazon EBS gp3\n- [ ] Amazon EFS IA\n- [ ] AWS Backup`,
    }));
  }
  return root;
}

test('validate warns about the cue on bank.md; stats and coverage print the figures beside their chance rates', async () => {
  const root = cueBank(24);
  const validate = collector();
  assert.equal(await runValidate([root], validate.io, root), 0, 'a warning is not an error');
  assert.deepEqual(validate.out.filter((l) => l.includes('[answer-length-cue]')).map((l) => l.split(': warning: ')[0]), ['bank.md:1:1']);
  assert.match(validate.out.join('\n'), /60% of single-answer questions \(24 of 40\); chance is 25%/);

  const stats = collector();
  assert.equal(await runStats([root], stats.io, root), 0);
  const text = stats.out.join('\n');
  assert.match(text, /Key is the strictly longest option \(single answer\) +60% \(24 of 40\) +25% +<< over 1\.5x chance/);
  assert.match(text, /Keys are exactly the k longest options \(multiple response\) +none measured/);
  assert.match(text, /Key is the strictly shortest option \(single answer\) +0% \(0 of 40\) +25%$/m);
  assert.match(text, /key position \(single answer\): 1: 100%/);
  // Options: 24 keys of 5 words and 16 of 3, distractors of 3, 3 and 2 words: 488 / 160 = 3.05 (3.0499… as a double).
  assert.match(text, /stem length: median 16 words \(mean 16\); options: mean 3\.0 words/);

  const coverage = collector();
  assert.equal(await runCoverage([root], coverage.io, root), 0);
  assert.match(coverage.out.join('\n'), /\| Key is the strictly longest option \(single answer\) \| 60% \(24 of 40\) \| 25% \| ⚠️ over 1\.5× chance \|/);
});

test('a bank under the limit validates without the cue warning, and stats shows no flag', async () => {
  const root = cueBank(15);
  const validate = collector();
  assert.equal(await runValidate([root], validate.io, root), 0);
  assert.ok(!validate.out.some((l) => l.includes('answer-length-cue')), validate.out.join('\n'));
  const stats = collector();
  await runStats([root], stats.io, root);
  assert.match(stats.out.join('\n'), /single answer\) +38% \(15 of 40\) +25%$/m);
});
