/**
 * The acceptance figures on the kananinirav bank (MIT; 23 files, 1,142 questions, two sub-formats). An
 * independent oracle written for this fixture alone (split at `N. ` lines, read "Correct answer:") checks that
 * every imported question carries exactly the source's answer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importQuestions } from '../../../../src/core/import/importQuestions';
import { readDocument, type ReadQuestion } from '../../../../src/core/import/readDocument';
import { blueprint, kananiniravDocuments } from '../../helpers/importFixtures';

const documents = kananiniravDocuments();
const { files, report } = importQuestions(documents, { bank: blueprint('clf-c02'), date: '2026-11-25' });

/** file:line of each question → the letters its "Correct answer:" line gives, upper-cased, commas dropped. */
function oracle(): Map<string, string> {
  const answers = new Map<string, string>();
  for (const doc of documents) {
    const lines = doc.text.split('\n');
    let start = -1;
    lines.forEach((line, i) => {
      if (/^\d+\. /.test(line)) start = i + 1;
      const m = /correct answer:\s*([A-Za-z ,]+)$/i.exec(line.trim());
      if (m && start > 0) answers.set(`${doc.label}:${start}`, m[1].replace(/[ ,]/g, '').toUpperCase());
    });
  }
  return answers;
}

function letters(q: ReadQuestion): string {
  return q.correct.map((i) => String.fromCharCode(65 + i)).join('');
}

test('all 1,142 questions of the 23 files are found, and at least 99% import', () => {
  assert.equal(report.files, 23);
  assert.equal(report.found, 1142);
  assert.equal(report.imported, 1139);
  assert.equal(report.skipped.length, 3);
  assert.ok(report.imported / report.found >= 0.99);
  assert.equal(report.found, report.imported + report.skipped.length);
});

test('every question read carries exactly the answer its source gives', () => {
  const expected = oracle();
  assert.equal(expected.size, 1142);
  let compared = 0;
  for (const doc of documents) {
    for (const q of readDocument(doc.text, doc.label).questions) {
      assert.equal(letters(q), expected.get(`${q.file}:${q.line}`), `${q.file}:${q.line}`);
      compared++;
    }
  }
  assert.equal(compared, 1141);
});

test('the skipped questions are listed with file, line and reason', () => {
  const skipped = report.skipped.map((s) => `${s.file.replace('kananinirav/practice-exam/', '')}:${s.line} ${s.code}`).sort();
  assert.deepEqual(skipped, [
    'practice-exam-14.md:280 answer-conflict',
    'practice-exam-22.md:299 select-count-mismatch',
    'practice-exam-9.md:77 answer-conflict',
  ]);
  const mismatch = report.skipped.find((s) => s.code === 'select-count-mismatch')!;
  assert.match(mismatch.reason, /does not say how many to choose but the answer gives 2 \(B, D\)/);
});

test('repeated stems are merged and the one conflict is reported with both answers', () => {
  assert.equal(report.duplicates.length, 180);
  assert.equal(report.duplicates.reduce((n, d) => n + d.duplicates.length, 0), 185);
  assert.equal(report.written, 1139 - 185);
  assert.equal(files.length, report.written);
  assert.equal(report.conflicts.length, 1);
  const [conflict] = report.conflicts;
  assert.match(conflict.stem, /^Which task is AWS responsible for in the shared responsibility model/);
  const versions = conflict.versions.map((v) => [`${v.question.file}:${v.question.line}`, v.correct.join(' | ')]);
  assert.deepEqual(versions, [
    ['kananinirav/practice-exam/practice-exam-9.md:77', 'Updating Amazon EC2 host firmware.'],
    ['kananinirav/practice-exam/practice-exam-14.md:280', 'Encrypting data in transit'],
  ]);
  assert.equal(report.sharedStems.length, 0);
});

test('duplicates whose options are shuffled or misspelt still merge, and the richer version is kept', () => {
  const byFile = (file: string, line: number) =>
    report.duplicates.find((d) => [d.question, ...d.duplicates].some((q) => q.file.endsWith(file) && q.line === line));
  // Letters differ (C, E vs B, D) because the options are in another order.
  const shuffled = byFile('practice-exam-9.md', 271);
  assert.ok(shuffled);
  // "Amazom CloudFront." is the same option as "Amazon CloudFront".
  const typo = byFile('practice-exam-11.md', 375);
  assert.ok(typo);
  assert.equal(typo.question.file, 'kananinirav/practice-exam/practice-exam-14.md', 'the version with an explanation is kept');
});

test('the formats detected are the two sub-formats: files 1-12 without explanations, 13-23 with', () => {
  assert.deepEqual(
    report.formats.map((f) => [f.format, f.files, f.questions]),
    [
      ['`- A.` options · answer in <details>', 12, 592],
      ['`- A.` options · answer in <details> · explanations', 11, 549],
    ],
  );
  assert.deepEqual(report.structures, [{ structure: '`- A.` options · answer in <details>', questions: 1141 }]);
});

test('the quirks: answer runs, a six-option question, inline first option, a file numbered 1. throughout', () => {
  const read = (name: string) => readDocument(documents.find((d) => d.label.endsWith(`/${name}`))!.text, name);
  const at = (name: string, line: number) => read(name).questions.find((q) => q.line === line)!;
  const six = at('practice-exam-16.md', 870);
  assert.equal(six.options.length, 6);
  assert.equal(letters(six), 'ACD');
  assert.equal(six.selectHint?.count, 3);
  assert.equal(letters(at('practice-exam-20.md', 139)), 'AC', '"Correct Answer: Ac"');
  const inline = at('practice-exam-15.md', 520);
  assert.equal(inline.options[0].text, 'Amazon RDS');
  assert.equal(inline.stem.endsWith('networking?'), true);
  const ones = read('practice-exam-13.md').questions;
  assert.equal(ones.length, 50);
  assert.ok(ones.every((q) => q.number === 1));
  const selectInSentence = at('practice-exam-1.md', 384);
  assert.equal(letters(selectInSentence), 'AD');
  assert.equal(selectInSentence.selectHint?.removable, false);
  const multiLine = at('practice-exam-20.md', 664);
  assert.match(multiLine.stem, /must include:\n\n\(The status of Amazon S3 bucket permissions.*\)\n\nWhere can all this information/s);
});
