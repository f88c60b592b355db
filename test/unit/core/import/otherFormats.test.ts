/**
 * The reader on formats the kananinirav bank does not use, from fixtures written for these tests
 * (test/fixtures/community-banks/other-formats): one general reader, no per-repository parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../../../src/core/import/readDocument';
import { otherFormat } from '../../helpers/importFixtures';

/** Each question as "stem start → correct option texts", and each skip as "line code". */
function summary(name: string): { questions: string[]; skipped: string[]; formats: string[] } {
  const read = readDocument(otherFormat(name), name);
  return {
    questions: read.questions.map((q) => `${q.stem.slice(0, 31)} → ${q.correct.map((i) => q.options[i].text).join(' + ')}`),
    skipped: [...read.skipped, ...read.withoutOptions, ...read.notQuestions].map((s) => `${s.line} ${s.code}`),
    formats: [...new Set(read.questions.map((q) => q.format))],
  };
}

test('headings with task-list options; label-only headings, a stem heading, back-to-top links and a numbered explanation', () => {
  const s = summary('heading-task-list.md');
  assert.deepEqual(s.questions, [
    'Which AWS service stores object → Amazon S3',
    'Which TWO actions follow the pr → Grant only the permissions a job needs + Review and remove unused permissions regularly',
    'Which pricing model suits a ste → Reserved Instances',
  ]);
  assert.deepEqual(s.skipped, ['47 answer-missing']);
  const read = readDocument(otherFormat('heading-task-list.md'), 'x');
  assert.match(read.questions[0].explanation, /^> Amazon S3 is object storage/);
  assert.doesNotMatch(read.questions[0].explanation, /Back to top/);
  assert.match(read.questions[2].explanation, /^1\. Reserved Instances give/);
});

test('numbered stems with plain `A)` lines and answer lines by letter, by letter and text, and by text alone', () => {
  const s = summary('numbered-paren-answer-line.md');
  assert.deepEqual(s.questions, [
    'A company wants to run code wit → AWS Lambda',
    'Which services can serve static → Amazon S3 + Amazon CloudFront',
    'Which AWS Support plan is the l → Enterprise',
  ]);
  assert.deepEqual(s.skipped, ['27 select-count-mismatch', '35 answer-unreadable']);
  const read = readDocument(otherFormat('numbered-paren-answer-line.md'), 'x');
  assert.equal(read.questions[0].explanation, 'Lambda runs code on demand and bills per request and duration.');
  assert.match(read.skipped[0].reason, /asks for 2 \("\(Choose two\.\)"\) but the answer gives 1 \(A\)/);
  assert.match(read.skipped[1].reason, /"Answer: F" names no option/);
});

test('bold `**Q1.**` labels, `**A)**` options, `**Answer:** B` and questions between horizontal rules', () => {
  const s = summary('bold-letter-options.md');
  assert.deepEqual(s.questions, [
    'A company needs a dedicated pri → AWS Direct Connect',
    'Which Route 53 routing policy s → Latency-based routing',
    'Which TWO parts of a VPC filter → Security groups + Network ACLs',
  ]);
  assert.deepEqual(s.skipped, []);
  assert.deepEqual(s.formats, ['`A)` options · answer line']);
});

test('an answer key at the end of the file, in `1. B`, `2. A, C`, `3-A` and `4. A - note` forms', () => {
  const s = summary('answer-key-at-end.md');
  assert.deepEqual(s.questions, [
    'Which AWS Region component is m → Availability Zone',
    'Which tools help estimate or an → AWS Pricing Calculator + AWS Cost Explorer',
    'Which service detects threats b → Amazon GuardDuty',
    'Which service provides on-deman → AWS Artifact',
  ]);
  const read = readDocument(otherFormat('answer-key-at-end.md'), 'x');
  assert.equal(read.questions[3].explanation, 'AWS Artifact gives SOC and PCI reports on demand.');
  assert.equal(read.questions[3].explanation.includes('Answer key'), false);
});

test('answer tables after each section apply to the questions of that section, with lower-case letters', () => {
  const s = summary('answer-table.md');
  assert.deepEqual(s.questions, [
    'Which storage class costs least → S3 Glacier Deep Archive',
    'What does Amazon EBS provide? → Block storage volumes for EC2 instances',
    'Which service translates domain → Amazon Route 53',
  ]);
  const read = readDocument(otherFormat('answer-table.md'), 'x');
  assert.equal(read.questions[1].explanation, 'EBS volumes attach to one instance at a time (except Multi-Attach)');
});

test('`<details>` with a bare letter after "Show answer", on one line, and per-option notes that are no question', () => {
  const s = summary('details-bare-letter.md');
  assert.deepEqual(s.questions, [
    'Which service sends notificatio → Amazon SNS',
    'Which TWO are responsibilities  → Patching the guest operating system of EC2 instances + Configuring security groups',
    'Which service helps decouple co → Amazon SQS',
  ]);
  const read = readDocument(otherFormat('details-bare-letter.md'), 'x');
  assert.match(read.questions[2].explanation, /^- A\. is right: SQS is a managed message queue\.\n- B\. coordinates workflows\./);
});

test('options inline after the stem, options marked ✅, "What two parts" that is no select hint, duplicate options', () => {
  const s = summary('inline-and-marked.md');
  assert.deepEqual(s.questions, [
    'Which service runs containers w → AWS Fargate',
    'Which AWS service provides a ma → Amazon DynamoDB',
    'What two parts of an IAM policy → The Effect and the Action of its statements',
    'Which service lets users sign i → AWS IAM Identity Center',
  ]);
  assert.deepEqual(s.formats, ['`A)` options · answer line', '`- A)` options · option marked ✅', '`- A)` options · answer line']);
});

test('a `Question 1 -` label, a JSON policy in the stem, `* a)` options wrapped over two lines, "Correct Answer(s):"', () => {
  const s = summary('code-and-wrapped-options.md');
  assert.deepEqual(s.questions, [
    'A developer attached this polic → Read objects under the reports bucket, whatever their key prefix + Download an object it knows the key of',
    'Which service keeps a history o → AWS Config',
  ]);
  const [first] = readDocument(otherFormat('code-and-wrapped-options.md'), 'x').questions;
  assert.match(first.stem, /role:\n\n```json\n\{\n {2}"Effect": "Allow",\n.*\n```\n\nWhat can the role do\? \(Select TWO\)$/s);
  assert.match(first.explanation, /^`s3:GetObject` allows reading objects;.*\n\nReferences:\n- https:/s);
});

test('markers of another kind after an answer open the next question; unknown option styles are reported, not lost', () => {
  const s = summary('mixed-markers.md');
  assert.deepEqual(s.questions, [
    'Which service stores objects? → Amazon S3',
    'Which service is a content deli → Amazon CloudFront',
  ]);
  assert.deepEqual(s.skipped, ['27 options-missing']);
  const read = readDocument(otherFormat('mixed-markers.md'), 'x');
  assert.deepEqual(read.questions.map((q) => q.explanation), [
    'Amazon S3 is object storage.',
    'Because CloudFront caches content at edge locations.',
  ]);
});

test('quizdown: heading stems, a hint blockquote, per-option notes, several [x] in a bank that never writes "Select N"', () => {
  const s = summary('quizdown.md');
  assert.deepEqual(s.questions, [
    'Which AWS service keeps objects → Amazon S3',
    'Which of these run your code? → Amazon EC2 + AWS Lambda',
  ]);
  assert.deepEqual(s.skipped, []);
  const [first, second] = readDocument(otherFormat('quizdown.md'), 'x').questions;
  assert.equal(first.stem, 'Which AWS service keeps objects in buckets?', 'the hint would give the answer away');
  assert.equal(
    first.explanation,
    "Hint from the source: Think of where a static website's files live.\n\n" +
      '- Amazon EBS: Block storage, attached to one instance.\n- Amazon S3: Objects live in buckets and are read over HTTPS.',
  );
  assert.equal(second.selectHint, undefined);
});

test('front matter is skipped, but a horizontal rule opening the file is not taken for it', () => {
  const question = 'Which service stores objects?\n\n- [ ] Amazon EBS\n- [x] Amazon S3\n- [ ] Amazon EFS\n- [ ] Amazon FSx\n';
  const withFrontMatter = readDocument(`---\ntitle: Quiz\ntags:\n  - aws\n---\n\n${question}`, 'x');
  assert.deepEqual(withFrontMatter.questions.map((q) => [q.line, q.stem]), [[7, 'Which service stores objects?']]);
  const withRules = readDocument(`---\n\n${question}\n---\n\n${question.replace('objects', 'blocks')}`, 'x');
  assert.deepEqual(withRules.questions.map((q) => q.stem), ['Which service stores objects?', 'Which service stores blocks?']);
});

test('text that is not a bank gives no questions and no crash', () => {
  for (const text of ['', '# Title\n\nJust prose.\n', '```\n- [x] in a code block\n- [ ] not options\n```\n', '- A. lonely option\n', '<details>\n']) {
    const read = readDocument(text, 'x');
    assert.deepEqual([read.questions.length, read.skipped.length], [0, 0], JSON.stringify(text));
  }
});
