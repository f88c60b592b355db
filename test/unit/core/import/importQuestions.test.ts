import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importQuestions, type SourceDocument } from '../../../../src/core/import/importQuestions';
import { reportLines } from '../../../../src/core/import/reportLines';
import { blueprint, otherFormatDocuments } from '../../helpers/importFixtures';
import { bankDocuments } from '../../helpers/importTruth';

const bank = blueprint('clf-c02');
const doc = (label: string, text: string, license = 'MIT'): SourceDocument => ({ label, text, license });

test('the other-format fixtures: 28 imported, 4 skipped with reasons, a question without options reported apart, formats counted by file and by question', () => {
  const { files, report } = importQuestions(otherFormatDocuments(), { bank, date: '2026-11-25' });
  assert.equal(report.found, 32, 'a question whose options the reader does not know is no candidate: it is listed apart');
  assert.deepEqual(report.withoutOptions.map((s) => `${s.file}:${s.line} ${s.code}`), ['other-formats/mixed-markers.md:27 options-missing']);
  assert.equal(report.imported, 28);
  assert.equal(files.length, 28);
  assert.deepEqual(
    report.skipped.map((s) => `${s.file}:${s.line} ${s.code}`),
    [
      'other-formats/heading-task-list.md:47 answer-missing',
      'other-formats/inline-and-marked.md:18 option-duplicate',
      'other-formats/numbered-paren-answer-line.md:27 select-count-mismatch',
      'other-formats/numbered-paren-answer-line.md:35 answer-unreadable',
    ],
  );
  assert.deepEqual(
    report.formats.map((f) => `${f.files} ${f.questions} ${f.format}`),
    [
      '2 6 `A)` options · answer line · explanations',
      '2 5 `- [ ]` options · [x] marks · explanations',
      '1 4 `- A)` options · option marked ✅',
      '1 4 `(A)` options · answer key · explanations',
      '1 3 `- A.` options · answer in <details> · explanations',
      '1 3 `A.` options · answer key · explanations',
      '1 2 `- A)` options · answer line · explanations',
      '1 2 `A)` options · answer in <details> · explanations',
    ],
  );
  assert.deepEqual(
    report.structures.map((s) => `${s.questions} ${s.structure}`),
    [
      '7 `A)` options · answer line',
      '5 `- [ ]` options · [x] marks',
      '4 `(A)` options · answer key',
      '3 `- A.` options · answer in <details>',
      '3 `- A)` options · answer line',
      '3 `A.` options · answer key',
      '2 `- A)` options · option marked ✅',
      '1 `- A.` options · answer line',
      '1 `A)` options · answer in <details>',
    ],
  );
});

test('a question file: canonical select hint, guessed task with its reason, source, licence, references, tags', () => {
  const text = [
    '7. Which services can serve static website content? (Choose two.)',
    '- A. Amazon S3',
    '- B. Amazon CloudFront',
    '- C. Amazon SQS',
    '- D. AWS Batch',
    '- E. Amazon SNS',
    '',
    'Answer: A, B',
    '',
    'S3 hosts the files and CloudFront caches them: <https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteHosting.html>',
  ].join('\n');
  const { files } = importQuestions([doc('bank/q.md', text, 'CC-BY-4.0')], { bank, date: '2026-11-25' });
  assert.equal(files.length, 1);
  const [file] = files;
  assert.match(file.text, /^---\nid: clf-services-serve-static-website-content-[0-9a-f]{8}\ndomain: "3"\ntask: "3\.6"\n/);
  assert.match(file.text, /\ntags: \[amazon-s3, amazon-cloudfront\]\n/);
  assert.match(file.text, /\nreferences:\n {2}- "https:\/\/docs\.aws\.amazon\.com\/AmazonS3\/latest\/userguide\/WebsiteHosting\.html"\n/);
  assert.match(file.text, /\nupdated: 2026-11-25\n# task 3\.6 scored .* from amazon-s3 \(answer\).*\nclassification: guess\nsource: "bank\/q\.md:1"\nlicense: CC-BY-4\.0\n---\n/);
  assert.match(file.text, /\n\nWhich services can serve static website content\? \(Select TWO\.\)\n\n- \[x\] Amazon S3\n- \[x\] Amazon CloudFront\n- \[ \] Amazon SQS\n/);
  assert.match(file.text, /\n## Explanation\n\nS3 hosts the files and CloudFront caches them/);
  assert.equal(file.path, `questions/${file.id}.md`);
});

test('a question without explanation says so, and keeps its bare links under the note', () => {
  const text = '1. Which service is object storage?\n   - A. Amazon S3\n   - B. Amazon EBS\n   - C. Amazon EFS\n   - D. Amazon FSx\n\n   Answer: A\n\n   Explanation: <https://aws.amazon.com/s3/>\n\n2. Which service is block storage?\n   - A. Amazon S3\n   - B. Amazon EBS\n   - C. Amazon SQS\n   - D. Amazon SNS\n\n   Answer: B\n';
  const { files } = importQuestions([doc('q.md', text)], { bank, date: '2026-11-25' });
  assert.equal(files[0].content.explanation, '_The source bank gives no explanation for this answer._\n\n<https://aws.amazon.com/s3/>');
  assert.deepEqual(files[0].content.references, ['https://aws.amazon.com/s3/']);
  assert.equal(files[1].content.explanation, '_The source bank gives no explanation for this answer._');
  assert.deepEqual(files[1].content.references, []);
  assert.match(files[1].text, /\nreferences: \[\]\n/);
});

test('repeats across files merge, conflicting answers skip every version, a shared stem with other options is kept', () => {
  const q = (stem: string, options: string[], answer: string, extra = '') =>
    `1. ${stem}\n${options.map((o, i) => `   - ${String.fromCharCode(65 + i)}. ${o}`).join('\n')}\n\n   Answer: ${answer}\n${extra}`;
  const a = doc('a.md', q('Which service is object storage?', ['Amazon S3', 'Amazon EBS', 'Amazon EFS', 'Amazon FSx'], 'A'));
  const b = doc('b.md', q('Which service is OBJECT storage', ['Amazon EBS.', 'Amazon EFS.', 'Amazon S3.', 'Amazon FSx.'], 'C', '\n   S3 stores objects; the others store blocks or files.\n'));
  const c = doc('c.md', q('Which service runs containers?', ['AWS Fargate', 'Amazon S3', 'Amazon EFS', 'AWS Glue'], 'A'));
  const d = doc('d.md', q('Which service runs containers?', ['AWS Fargate', 'Amazon S3', 'Amazon EFS', 'AWS Glue'], 'B'));
  const e = doc('e.md', q('Which service is object storage?', ['AWS Lambda', 'Amazon Athena', 'Amazon Glacier', 'Amazon SQS'], 'C'));
  const { files, report } = importQuestions([a, b, c, d, e], { bank, date: '2026-11-25' });
  assert.equal(report.found, 5);
  assert.equal(report.imported, 3);
  assert.equal(files.length, 2);
  assert.equal(report.duplicates.length, 1);
  assert.equal(report.duplicates[0].question.file, 'b.md', 'the version with an explanation is kept');
  assert.deepEqual(report.duplicates[0].duplicates.map((q) => q.file), ['a.md']);
  assert.match(files[0].text, /\n# also in: a\.md:1\n/);
  assert.deepEqual(report.skipped.map((s) => `${s.file} ${s.code}`), ['c.md answer-conflict', 'd.md answer-conflict']);
  assert.match(report.skipped[0].reason, /here "AWS Fargate", d\.md:1 says "Amazon S3"/);
  assert.equal(report.sharedStems.length, 1);
  const lines = reportLines(report);
  assert.ok(lines.includes('Answer conflicts (1; none of their versions imported):'));
  assert.ok(lines.includes('    c.md:1: "AWS Fargate"'));
  assert.ok(lines.includes('  c.md:1: answer-conflict: the same question elsewhere has another answer: here "AWS Fargate", d.md:1 says "Amazon S3"'));
  assert.ok(lines[1].startsWith('Imported 3 (60.0%) with exactly the answers the source gives: 2 question files, 1 repeated question merged'));
  assert.ok(!lines.some((l) => l.includes('b.md:1 kept')));
  assert.ok(reportLines(report, { duplicatesInFull: true }).includes('  b.md:1 kept; merged a.md:1'));
});

test('ramishtaha: the headline counts questions with options only; checklists and "?" headings are listed apart, per file', async () => {
  const { report } = importQuestions(await bankDocuments('ramishtaha'), { bank, date: '2026-11-25' });
  const lines = reportLines(report);
  assert.equal(lines[0], 'Found 275 questions in 25 files.');
  assert.ok(lines[1].startsWith('Imported 275 (100.0%)'));
  assert.ok(lines.includes('Not counted as questions: 13 lists that neither ask nor answer (checklists), 126 lines that look like questions but have no options (listed below).'));
  assert.ok(lines.includes('     65    65     0     0  ramishtaha/practice-exams/practice-exam-1.md'), 'found, imported, merged, skipped per file');
  assert.ok(lines.includes('  ramishtaha/04-billing-support/cost-optimization.md: lines 257, 264, 271'), 'the checklists, by file and line');
  assert.equal(report.perFile.length, 25);
  assert.ok(report.perFile.every((f) => f.unread === undefined));
});

test('a file whose questions are all skipped is named with the reasons; a file of prose is not', () => {
  const unanswered = '1. Which service stores objects?\n   - A. Amazon S3\n   - B. Amazon EBS\n\n2. Which service is a CDN?\n   - A. Amazon CloudFront\n   - B. Amazon SQS\n';
  const answered = '1. Which service runs containers?\n   - A. AWS Fargate\n   - B. Amazon S3\n\n   Answer: A\n';
  const { report } = importQuestions([doc('bank/a.md', unanswered), doc('bank/b.md', answered), doc('bank/notes.md', '# Notes\n\n1. Read the guide.\n2. Take the exam.\n')], { bank, date: '2026-11-25' });
  assert.deepEqual(report.perFile.map((f) => [f.file, f.found, f.imported, f.unread !== undefined]), [
    ['bank/a.md', 2, 0, true],
    ['bank/b.md', 1, 1, false],
    ['bank/notes.md', 0, 0, false],
  ]);
  const lines = reportLines(report);
  assert.ok(lines.includes('  bank/a.md: 2 questions found, none imported (answer-missing 2); see "Skipped questions"'), lines.join('\n'));
  assert.ok(lines.includes('      2     0     0     2 (answer-missing 2)  bank/a.md'));
});
