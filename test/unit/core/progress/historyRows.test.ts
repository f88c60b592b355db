import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExamListEntry } from '../../../../src/core/exam/examIndex';
import { emptyLedger, withImported, withRecorded } from '../../../../src/core/progress/examLedger';
import { historyRows, historyText } from '../../../../src/core/progress/historyRows';
import { T0 } from './fixtures';

function entry(id: string, extra: Partial<ExamListEntry>): ExamListEntry {
  return {
    id, bankId: 'clf-c02', exam: 'CLF-C02', title: 'Cloud Practitioner', kind: 'full', practice: false, questionCount: 65,
    createdAt: T0, updatedAt: T0, deadline: null, status: 'submitted', submittedAt: T0, submitReason: 'user', result: null, ...extra,
  };
}

const date = (at: number): string => new Date(at).toISOString().slice(0, 10);

test('running exams first, then newest first; imported outcomes join without an exam file', () => {
  const entries = [
    entry('full-old', { submittedAt: T0 + 1, result: { correct: 50, total: 65, percent: 77, scaledScore: 742, passed: true } }),
    entry('running', { status: 'in-progress', submittedAt: null, createdAt: T0 + 5 }),
    entry('practice-new', { kind: 'practice', practice: true, submittedAt: T0 + 9, result: { correct: 8, total: 10, percent: 80, scaledScore: 800, passed: true } }),
  ];
  const imported = { examId: 'imported', bankId: 'ans-c01', finishedAt: T0 + 3, scaled: 610, passed: false, percent: 55, perDomain: {} };
  const ledger = withImported(withRecorded(emptyLedger(), 'full-old', T0, 65), [imported]);
  const rows = historyRows(entries, ledger);
  assert.deepEqual(rows.map((r) => r.examId), ['running', 'practice-new', 'imported', 'full-old']);
  assert.deepEqual(rows.map((r) => r.openable), [true, true, false, true]);
  assert.deepEqual(rows.map((r) => historyText(r, date).label), [
    'CLF-C02 Full mock exam',
    'CLF-C02 Practice · 8/10 right',
    'ANS-C01 Full mock exam (imported) · 610 Fail',
    'CLF-C02 Full mock exam · 742 Pass',
  ]);
  assert.match(historyText(rows[0], date).description, /^in progress · started /);
  assert.equal(historyRows(entries, ledger, (id) => (id === 'ans-c01' ? 'ANS-C01 (here)' : undefined))[2].exam, 'ANS-C01 (here)');
  assert.equal(historyText(rows[3], date).description, date(T0 + 1));
});

test('an imported outcome whose exam is also on this machine is listed once', () => {
  const entries = [entry('same', { result: { correct: 1, total: 1, percent: 100, scaledScore: 1000, passed: true } })];
  const ledger = withImported(emptyLedger(), [{ examId: 'same', bankId: 'clf-c02', finishedAt: T0, scaled: 1000, passed: true, percent: 100, perDomain: {} }]);
  assert.equal(historyRows(entries, ledger).length, 1);
});
