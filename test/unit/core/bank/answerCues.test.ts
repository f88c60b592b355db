import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { answerCueIssues, answerCues, CUE_ISSUE_CODE, lengthCues } from '../../../../src/core/bank/answerCues';
import { BankIndex } from '../../../../src/core/bank/bankIndex';
import { coverageMarkdown, coverageOf } from '../../../../src/core/bank/coverage';
import { lintBankFileText } from '../../../../src/core/bank/lintText';
import type { Question } from '../../../../src/core/bank/model';
import { parseQuestion } from '../../../../src/core/bank/parseQuestion';
import { MINI_BANK_ROOT, miniContext } from '../../helpers/miniBank';
import { questionText, VALID_FRONT_MATTER } from '../../helpers/questionText';

const BANK_FILE = path.join(MINI_BANK_ROOT, 'bank.md');
let made = 0;

/** The text of a question whose options are `options`, `[x]` where `correct`; multiple response says so in the stem. */
function text(options: readonly string[], correct: readonly number[], stem = 'Which option is right?'): string {
  const names = ['', 'ONE', 'TWO', 'THREE', 'FOUR'];
  made++;
  return questionText({
    frontMatter: VALID_FRONT_MATTER.replace('id: mini-1-1-sample', `id: mini-1-1-cue-${made}`),
    stem: correct.length > 1 ? `${stem} (Select ${names[correct.length]}.)` : stem,
    options: options.map((o, i) => `- [${correct.includes(i) ? 'x' : ' '}] ${o}`).join('\n'),
  });
}

/** A parsed question (through the real parser, so options are markdown as a contributor writes them). */
function q(options: readonly string[], correct: readonly number[], stem?: string): Question {
  const parsed = parseQuestion(text(options, correct, stem), path.join(MINI_BANK_ROOT, 'questions', `cue-${made + 1}.md`), miniContext());
  assert.ok(parsed.question, JSON.stringify(parsed.issues));
  return parsed.question;
}

/** Four options, the key first: `longest` makes it the strictly longest, otherwise the second option is longer. */
function single(longest: boolean): Question {
  return longest
    ? q(['Amazon S3 Glacier Deep Archive', 'Amazon EBS', 'Amazon EFS', 'AWS Backup'], [0])
    : q(['Amazon EBS', 'Amazon S3 Glacier Deep Archive', 'Amazon EFS', 'AWS Backup'], [0]);
}

test('the key counts only when it is strictly longer than every distractor; a tie is not "strictly longest"', () => {
  const longest = q(['Use a Multi-AZ DB cluster', 'Use one instance', 'Use a snapshot', 'Use a replica'], [0]);
  const shorter = q(['Use one instance', 'Use a Multi-AZ DB cluster', 'Use a snapshot', 'Use a replica'], [0]);
  const tied = q(['Use Amazon RDS', 'Use Amazon EC2', 'Use a snapshot', 'Use IAM'], [0]);
  assert.deepEqual(lengthCues([longest]).keyLongest, { questions: 1, hits: 1, share: 1, chance: 0.25 });
  assert.equal(lengthCues([shorter]).keyLongest.hits, 0);
  assert.equal(lengthCues([tied]).keyLongest.hits, 0, 'a key as long as a distractor');
  const all = lengthCues([longest, shorter, tied]);
  assert.equal(all.keyLongest.questions, 3);
  assert.equal(all.keyLongest.share, 1 / 3);
  assert.equal(all.keysLongest.questions, 0, 'single-answer questions are not measured as multiple response');
});

test('a multiple-response key set counts only when its shortest key is strictly longer than every distractor', () => {
  const options = (a: string, b: string, c: string) => [a, b, c, 'Turn off logging', 'Use one AZ'];
  const longest = q(options('Deploy across three Availability Zones', 'Automate recovery from failure', 'Scale up'), [0, 1]);
  const tiedWithDistractor = q(options('Deploy across three Availability Zones', 'Automate recovery', 'Grow a big server'), [0, 1]);
  const distractorLonger = q(options('Deploy in three AZs', 'Automate recovery from failure', 'Buy a larger instance type'), [0, 1]);
  const keysTiedTogether = q(options('Use three Availability Zones', 'Automate recovery everywhere', 'Scale up'), [0, 1]);
  assert.equal(lengthCues([longest]).keysLongest.hits, 1);
  assert.equal(lengthCues([tiedWithDistractor]).keysLongest.hits, 0, 'the shorter key ties with a distractor');
  assert.equal(lengthCues([distractorLonger]).keysLongest.hits, 0);
  assert.equal(lengthCues([keysTiedTogether]).keysLongest.hits, 1, 'keys may tie with each other');
  assert.equal(lengthCues([longest]).keyLongest.questions, 0);
});

test('chance rates are the mean of 1 / options for one key and 1 / C(n, k) for k keys', () => {
  const four = q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3'], [0]);
  const five = q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3', 'Amazon FSx'], [0]);
  const six = q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3', 'Amazon FSx', 'AWS DataSync'], [0]);
  const chance = lengthCues([four, five, six]).keyLongest.chance;
  assert.ok(Math.abs(chance - (1 / 4 + 1 / 5 + 1 / 6) / 3) < 1e-12, String(chance));

  const twoOfFive = q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3', 'Amazon FSx'], [0, 1]); // C(5,2) = 10
  const twoOfSix = q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3', 'Amazon FSx', 'AWS DataSync'], [0, 1]); // 15
  const threeOfSix = q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3', 'Amazon FSx', 'AWS DataSync'], [0, 1, 2]); // 20
  const multiple = lengthCues([twoOfFive, twoOfSix, threeOfSix]).keysLongest;
  assert.equal(multiple.questions, 3);
  assert.ok(Math.abs(multiple.chance - (1 / 10 + 1 / 15 + 1 / 20) / 3) < 1e-12, String(multiple.chance));
  const none = { questions: 0, hits: 0, share: 0, chance: 0 };
  assert.deepEqual(lengthCues([]), { keyLongest: none, keysLongest: none, keyShortest: none, keysShortest: none });
});

test('the opposite cue is measured too: keys trimmed until they are the shortest options', () => {
  const shortest = q(['Amazon S3', 'Amazon EBS gp3', 'Amazon EFS IA', 'AWS Backup'], [0]);
  const tie = q(['AWS Backup', 'Amazon EBS gp3', 'Amazon EFS IA', 'AWS Config'], [0]);
  const middle = q(['Amazon S3 IA', 'Amazon EBS gp3', 'Amazon EFS IA', 'AWS Backup'], [0]);
  const cues = lengthCues([shortest, tie, middle]);
  assert.deepEqual({ hits: cues.keyShortest.hits, questions: cues.keyShortest.questions }, { hits: 1, questions: 3 }, 'a tie is not strictly shortest');
  const twoShortest = q(['AWS WAF', 'AWS KMS', 'Amazon GuardDuty', 'Amazon Inspector', 'Amazon Macie'], [0, 1]);
  const twoMixed = q(['AWS WAF', 'Amazon GuardDuty', 'AWS KMS', 'Amazon Inspector', 'Amazon Macie'], [0, 1]);
  assert.equal(lengthCues([twoShortest, twoMixed]).keysShortest.hits, 1);
  // 40 questions whose key is the shortest in 16 of them (40% > 1.5 × 25%): a warning with its own advice.
  const bank = [...Array.from({ length: 16 }, () => shortest), ...Array.from({ length: 24 }, () => middle)];
  const issues = answerCueIssues('bank.md', bank);
  assert.equal(issues.length, 1);
  assert.match(issues[0].message, /strictly shortest option in 40% of single-answer questions \(16 of 40\).*picking the shortest option/);
});

test('lengths are measured on the text a candidate reads: emphasis, code and link targets do not count', () => {
  // As written, the key is far the longest; as read, "Amazon S3" (9) is shorter than "Amazon EBS1" (11).
  const linked = q(['**[Amazon S3](https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html)**', 'Amazon EBS1', 'Amazon EFS1', 'AWS Backup1'], [0]);
  assert.equal(lengthCues([linked]).keyLongest.hits, 0);
  // `aws s3 sync` in code ticks reads as 11 characters, one fewer than the distractors: not the longest.
  const code = q(['`aws s3 sync`', 'aws s3 copy1', 'aws s3 move1', 'aws s3 list1'], [0]);
  assert.equal(lengthCues([code]).keyLongest.hits, 0);
  // An entity is one character: "A &amp; B" reads "A & B", as long as "A and" (a tie), though 9 characters as written.
  const entity = q(['A &amp; B', 'A and', 'B and', 'C and'], [0]);
  assert.equal(lengthCues([entity]).keyLongest.hits, 0);
  const words = answerCues([q(['**Amazon** `S3` bucket', 'Amazon EBS', 'Amazon EFS', 'AWS Backup'], [0], 'A **bold** stem with [a link](https://docs.aws.amazon.com/) — and a dash.')]);
  assert.deepEqual(words.stemWords, { mean: 9, median: 9 }, 'a lone dash is no word; the link target is not read');
  assert.equal(words.optionWords, (3 + 2 + 2 + 2) / 4);
});

test('key positions count single-answer keys by where they are written; stem length has a mean and a median', () => {
  const stem = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const cues = answerCues([
    q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3'], [0], stem(10)),
    q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3'], [2], stem(20)),
    q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3'], [2], stem(90)),
    q(['Amazon EBS', 'Amazon EFS', 'AWS Backup', 'Amazon S3', 'Amazon FSx'], [0, 4], stem(100)),
  ]);
  assert.deepEqual(cues.keyPositions, [1, 0, 2]);
  // The multiple-response stem ends "(Select TWO.)": two more words, 102.
  assert.equal(cues.stemWords.median, (20 + 90) / 2);
  assert.equal(cues.stemWords.mean, (10 + 20 + 90 + 102) / 4);
});

/** `hits` questions whose key is the strictly longest option, then questions whose key is not, `total` in all. */
function bankOf(total: number, hits: number): Question[] {
  return Array.from({ length: total }, (_, i) => single(i < hits));
}

test('a bank of 40 or more questions is warned about when a cue exceeds 1.5× its chance rate, on bank.md line 1', () => {
  // 4 options: chance 25%, so the limit is 37.5%. 15 of 40 is exactly 37.5% and passes; 16 of 40 (40%) does not.
  assert.deepEqual(answerCueIssues(BANK_FILE, bankOf(40, 15)), []);
  const issues = answerCueIssues(BANK_FILE, bankOf(40, 16));
  assert.equal(issues.length, 1);
  assert.deepEqual({ ...issues[0], message: '' }, { file: BANK_FILE, line: 1, column: 1, severity: 'warning', code: CUE_ISSUE_CODE, message: '' });
  assert.match(issues[0].message, /strictly longest option in 40% of single-answer questions \(16 of 40\); chance is 25%, and above 37\.5%/);
  assert.match(issues[0].message, /Give distractors real detail/);
  // The same share in a bank of 39 questions is not judged: too few to tell a habit from chance.
  assert.deepEqual(answerCueIssues(BANK_FILE, bankOf(39, 39)), []);
  assert.equal(answerCueIssues(BANK_FILE, bankOf(40, 40)).length, 1);
});

test('the multiple-response cue has its own chance rate and warning', () => {
  const mr = (longest: boolean): Question => longest
    ? q(['Deploy across three Availability Zones', 'Automate recovery from failure', 'Scale up', 'Log less', 'Use one AZ'], [0, 1])
    : q(['Deploy in three AZs', 'Automate recovery', 'Buy a larger instance type', 'Log less', 'Use one AZ'], [0, 1]);
  // 30 single-answer questions without the cue and 10 multiple response: chance 1 / C(5,2) = 10%, limit 15%.
  const base = bankOf(30, 0);
  assert.deepEqual(answerCueIssues(BANK_FILE, [...base, mr(true), ...Array.from({ length: 9 }, () => mr(false))]), []);
  const issues = answerCueIssues(BANK_FILE, [...base, mr(true), mr(true), ...Array.from({ length: 8 }, () => mr(false))]);
  assert.equal(issues.length, 1);
  assert.match(issues[0].message, /exactly the longest options in 20% of multiple-response questions \(2 of 10\); chance is 10%, and above 15\.0%/);
});

test('the bank index reports the cue on bank.md, and so does the live lint of bank.md', () => {
  const index = new BankIndex(MINI_BANK_ROOT, BANK_FILE, { now: () => new Date('2026-11-25T00:00:00Z'), staleAfterMonths: 18 });
  const bankText = readFileSync(BANK_FILE, 'utf8');
  index.setBankText(bankText);
  for (let i = 0; i < 40; i++) {
    const options = i < 20 ? ['Amazon S3 Glacier Deep Archive', 'Amazon EBS', 'Amazon EFS', 'AWS Backup'] : ['Amazon EBS', 'Amazon S3 Glacier Deep Archive', 'Amazon EFS', 'AWS Backup'];
    const file = path.join(MINI_BANK_ROOT, 'questions', `mini-1-1-cue-${made + 1}.md`);
    index.setQuestionText(file, text(options, [0]));
  }
  const cue = index.bank().issues.filter((i) => i.code === CUE_ISSUE_CODE);
  assert.deepEqual(cue.map((i) => [i.file, i.line]), [[BANK_FILE, 1]]);
  assert.match(cue[0].message, /50% of single-answer questions \(20 of 40\)/);
  assert.deepEqual(lintBankFileText(index, BANK_FILE, bankText).map((i) => i.code), [CUE_ISSUE_CODE]);

  const coverage = coverageOf(index.bank());
  assert.ok(coverage);
  assert.equal(coverage.cues.keyLongest.hits, 20);
  const table = coverageMarkdown(coverage);
  assert.match(table, /\| Key is the strictly longest option \(single answer\) \| 50% \(20 of 40\) \| 25% \| ⚠️ over 1\.5× chance \|/);
  assert.match(table, /Key positions \(single answer\): 1: 100%\./);
});
