import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExamOutcome } from '../../../../src/core/progress/outcomes';
import { ProgressStore, LOG_FILE } from '../../../../src/core/progress/store';
import { EXPORT_FORMAT, exportProgress, parseImport } from '../../../../src/core/progress/transfer';
import { answer, bankQuestions, DAY, T0 } from './fixtures';

const questions = bankQuestions(2);
const exam: ExamOutcome = {
  examId: 'e1', bankId: 'clf-c02', finishedAt: T0 + DAY, scaled: 712, passed: true, percent: 74,
  perDomain: { '1': { correct: 9, total: 12 } },
};

async function storeIn(dir: string): Promise<ProgressStore> {
  const opened = await ProgressStore.open(dir, { now: () => T0, durable: false });
  if (opened.kind !== 'ok') throw new Error(opened.message);
  return opened.store;
}

test('export then import on another machine reproduces the progress, and a second import adds nothing', async () => {
  const a = await storeIn(mkdtempSync(join(tmpdir(), 'ek-a-')));
  for (let i = 0; i < 10; i++) {
    await a.record(questions[i % questions.length], { correct: i % 2 === 0, timeMs: 1000, answeredAt: T0 + i * DAY, mode: 'quiz' });
  }
  const exported = await a.exportJson([exam]);
  assert.deepEqual(exported.issues, []);

  const dirB = mkdtempSync(join(tmpdir(), 'ek-b-'));
  const b = await storeIn(dirB);
  await b.record(questions[0], { correct: true, timeMs: 1000, answeredAt: T0 + 20 * DAY, mode: 'sidebar' });
  const first = await b.importJson(exported.value, new Set());
  assert.equal(first.value.records.length, 10);
  assert.deepEqual(first.value.exams, [exam]);
  assert.equal(first.value.duplicateRecords, 0);
  assert.equal(b.state.records, 11);
  // Imported answers are older than B's own: the state is replayed in answering order.
  const bankA = a.state.banks.get('clf-c02')!;
  const bankB = b.state.banks.get('clf-c02')!;
  assert.deepEqual(bankB.questions.get(questions[5].id), bankA.questions.get(questions[5].id));

  const again = await b.importJson(exported.value, new Set(['e1']));
  assert.equal(again.value.records.length, 0);
  assert.equal(again.value.duplicateRecords, 10);
  assert.equal(again.value.duplicateExams, 1);
  assert.equal(readFileSync(join(dirB, LOG_FILE), 'utf8').trim().split('\n').length, 12, 'header + 11 answers');
});

test('import validates each entry and reports what it skipped', () => {
  const good = answer(questions[0], true, T0, { id: 'ok-1' });
  const text = JSON.stringify({
    format: EXPORT_FORMAT, version: 1, exportedAt: T0,
    records: [good, { ...good, id: 'bad-1', correct: 'yes' }, good, 42],
    exams: [exam, { ...exam, examId: 'e2', scaled: 5 }],
  });
  const report = parseImport(text, new Set(), new Set());
  assert.deepEqual(report.records, [good]);
  assert.equal(report.duplicateRecords, 1);
  assert.deepEqual(report.skipped.map((s) => [s.code, s.index]), [['invalid-record', 1], ['invalid-record', 3], ['invalid-outcome', 1]]);
  assert.match(report.skipped[0].message, /"correct"/);
  assert.deepEqual(report.exams, [exam]);
});

test('import refuses files that are not exports, or from a newer version, whole', () => {
  assert.match(parseImport('nope', new Set(), new Set()).refused ?? '', /not JSON/);
  assert.match(parseImport('{"format":"other"}', new Set(), new Set()).refused ?? '', /not an Exam Kiosk/);
  const future = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 3, records: [] }), new Set(), new Set());
  assert.match(future.refused ?? '', /newer version/);
  assert.equal(future.records.length, 0);
});

test('an answer log can be imported too', () => {
  const records = [answer(questions[0], true, T0, { id: 'l1' }), answer(questions[1], false, T0 + 1, { id: 'l2' })];
  const exported = exportProgress(records, [], T0);
  const log = '{"format":"exam-kiosk-answers","version":1,"logId":"x","createdAt":0}\n'
    + JSON.parse(exported).records.map((r: unknown) => JSON.stringify(r)).join('\n') + '\ngarbage';
  const report = parseImport(log, new Set(['l1']), new Set());
  assert.deepEqual(report.records, [records[1]]);
  assert.equal(report.duplicateRecords, 1);
  assert.deepEqual(report.skipped.map((s) => s.line), [4]);
});
