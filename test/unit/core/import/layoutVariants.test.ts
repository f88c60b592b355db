/**
 * Variants of the layouts in test/fixtures/community-banks/synthetic, written inline: the reader must handle them
 * by the same structural rules, not by the exact shapes of the fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importQuestions } from '../../../../src/core/import/importQuestions';
import { readDocument } from '../../../../src/core/import/readDocument';
import { reportLines, unreadSummary } from '../../../../src/core/import/reportLines';
import { blueprint } from '../../helpers/importFixtures';

const answers = (text: string): string[] =>
  readDocument(text, 'x.md').questions.map((q) => `${q.stem} → ${q.correct.map((i) => q.options[i].text).join(' + ')}`);

test('options and their answer line together in one code block, and a stem with a topic tag', () => {
  const text = '### Q1. [Storage] Which service stores objects?\n\n```\nA. Amazon S3\nB. Amazon EBS\nC. Amazon EFS\nAnswer: A\n```\n';
  assert.deepEqual(answers(text), ['Which service stores objects? → Amazon S3']);
});

test('a first line that only names a topic is not part of the stem', () => {
  const text = '1. **Topic:** Networking\n\n   Which service resolves DNS names?\n   - A. Amazon Route 53\n   - B. Amazon VPC\n\n   Answer: A\n';
  assert.deepEqual(answers(text), ['Which service resolves DNS names? → Amazon Route 53']);
});

test('an answer key of headings, each with a paragraph of explanation under it', () => {
  const text = [
    '1. Which service runs containers without servers?', '   - A. AWS Fargate', '   - B. Amazon EC2', '',
    '2. Which service is a CDN?', '   - A. Amazon SQS', '   - B. Amazon CloudFront', '',
    '## Answers', '', '### 1. A', 'Fargate runs containers without servers to manage.', '', '### 2. B', 'CloudFront caches content at the edge.', '',
  ].join('\n');
  const read = readDocument(text, 'x.md');
  assert.deepEqual(read.questions.map((q) => [q.correct, q.explanation]), [
    [[0], 'Fargate runs containers without servers to manage.'],
    [[1], 'CloudFront caches content at the edge.'],
  ]);
});

test('options with an answer of their own after the previous answer are a question, even without a number', () => {
  const text = [
    '1. Which service stores objects?', '   - A. Amazon S3', '   - B. Amazon EBS', '', '   Answer: A', '',
    'Which service resolves DNS names?', '- A. Amazon Route 53', '- B. Amazon VPC', '', 'Answer: A', '',
  ].join('\n');
  assert.deepEqual(answers(text), ['Which service stores objects? → Amazon S3', 'Which service resolves DNS names? → Amazon Route 53']);
});

test('"Answers: A and C" by text with "&", and by letters, read the same', () => {
  const q = (answer: string) => `1. Which are serverless? (Choose two.)\n- A. AWS Lambda\n- B. Amazon EC2\n- C. AWS Fargate\n- D. AWS Outposts\n\nAnswer: ${answer}\n`;
  for (const answer of ['AWS Lambda & AWS Fargate', 'AWS Lambda, AWS Fargate', 'A, C', 'AWS Fargate and AWS Lambda']) {
    assert.deepEqual(answers(q(answer)), ['Which are serverless? (Choose two.) → AWS Lambda + AWS Fargate'], answer);
  }
  assert.deepEqual(answers(q('AWS Lambda, Amazon SQS')), [], 'an option that is not there: not imported');
});

test('questions written as a table are named in the report, not lost', () => {
  const text = '| # | Question | A | B | C | Answer |\n|---|---|---|---|---|---|\n| 1 | Which service stores objects? | S3 | EBS | EFS | A |\n| 2 | Which service is a CDN? | SQS | CloudFront | SNS | B |\n';
  const { report } = importQuestions([{ label: 'table.md', text, license: 'MIT' }], { bank: blueprint('clf-c02'), date: '2026-11-25' });
  assert.equal(report.found, 0);
  assert.equal(report.perFile[0].unread?.tableQuestions, 2);
});

test('a file with a few ordinary questions and many items in a layout the reader does not know is named as partly read', () => {
  const ordinary = '1. Which service stores objects?\n   - A. Amazon S3\n   - B. Amazon EBS\n\n   Answer: A\n\n';
  const unknown = Array.from({ length: 8 }, (_, i) => `Item ${i + 2} · Pick the service number ${i + 2}.\n\n   (1) Amazon SQS\n   (2) Amazon SNS\n   (3) Amazon MQ\n`).join('\n');
  const { report } = importQuestions([{ label: 'mixed.md', text: ordinary + unknown, license: 'MIT' }], { bank: blueprint('clf-c02'), date: '2026-11-25' });
  assert.deepEqual([report.perFile[0].found, report.perFile[0].imported, report.perFile[0].unread?.optionRuns], [1, 1, 9]);
  const lines = reportLines(report);
  assert.ok(lines.includes('Question-like content left unread in 1 file: mixed.md.'), lines.join('\n'));
  assert.ok(lines.includes('  mixed.md: 1 question found, but 9 runs of option-like lines: the rest may be in a layout the importer does not know'));
  assert.equal(unreadSummary(report), 'Question-like content left unread in 1 file (mixed.md): see the report.');
});
