import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExam } from '../../../../src/core/exam/createExam';
import type { ExamConfig } from '../../../../src/core/exam/examConfig';
import { apply, type ExamAction } from '../../../../src/core/exam/examReducer';
import type { ExamState } from '../../../../src/core/exam/examState';
import { decodeExamOutcome } from '../../../../src/core/progress/outcomes';
import { examOutcome, examRecordId, itemTimeMs, revealedRecord, submittedExamRecords } from '../../../../src/core/progress/examAnswers';
import { ProgressStore } from '../../../../src/core/progress/store';
import { blueprint, fullBank, listExam, question, T0 } from '../exam/fixtures';

const a = question({ id: 'a', correct: [1] });
const b = question({ id: 'b', domain: '2', task: '2.1', correct: [0, 2] });
const c = question({ id: 'c', domain: '3', task: '3.1' });

function run(state: ExamState, actions: readonly ExamAction[], now: number): ExamState {
  return actions.reduce((s, action) => apply(s, action, now).state, state);
}

test('a submitted exam records each answered item once, dated at submission; unanswered items are not answers', () => {
  let state = listExam([a, b, c], 30);
  state = run(state, [{ type: 'select', option: 1 }], T0 + 10_000);
  state = run(state, [{ type: 'next' }, { type: 'select', option: 0 }, { type: 'select', option: 1 }], T0 + 40_000);
  state = run(state, [{ type: 'submit' }], T0 + 60_000);
  const records = submittedExamRecords(state);
  assert.deepEqual(records.map((r) => [r.questionId, r.correct, r.domain, r.task, r.mode, r.examId]), [
    ['a', true, '1', '1.1', 'exam', state.id],
    ['b', false, '2', '2.1', 'exam', state.id],
  ]);
  assert.ok(records.every((r) => r.answeredAt === T0 + 60_000));
  assert.equal(records[0].timeMs, 40_000);
  assert.equal(records[1].timeMs, 20_000);
  assert.deepEqual(submittedExamRecords(state), records, 'the same exam gives the same records, ids included');
});

test('an exam in progress gives no records', () => {
  const state = run(listExam([a]), [{ type: 'select', option: 1 }], T0 + 1000);
  assert.deepEqual(submittedExamRecords(state), []);
});

test('practice: a revealed item is recorded at its reveal and left out at submission; answered unrevealed ones are recorded then', () => {
  let state = listExam([a, b], null, { practice: true, revealWhen: 'manual' } as Partial<ExamConfig>);
  state = run(state, [{ type: 'select', option: 0 }, { type: 'reveal' }], T0 + 5_000);
  const revealed = revealedRecord(state, 0);
  assert.ok(revealed);
  assert.equal(revealed.mode, 'practice');
  assert.equal(revealed.correct, false);
  assert.equal(revealed.timeMs, 5_000, 'the visit still running counts');
  assert.equal(revealed.answeredAt, T0 + 5_000);
  assert.equal(revealedRecord(state, 1), undefined, 'not revealed yet');
  state = run(state, [{ type: 'next' }, { type: 'select', option: 0 }, { type: 'select', option: 2 }, { type: 'submit' }], T0 + 9_000);
  assert.deepEqual(submittedExamRecords(state).map((r) => [r.questionId, r.correct]), [['b', true]]);
});

test('questions that left the bank are not recorded; guessed classification is carried', () => {
  let state = listExam([a, b], 30);
  state = run(state, [{ type: 'select', option: 1 }, { type: 'next' }, { type: 'select', option: 0 }], T0 + 1000);
  state = { ...state, items: state.items.map((item, i) => (i === 1 ? { ...item, availability: 'missing' as const } : item)) };
  state = run(state, [{ type: 'submit' }], T0 + 2000);
  const records = submittedExamRecords(state, (id) => (id === 'a' ? 'guess' : 'authored'));
  assert.deepEqual(records.map((r) => [r.questionId, r.guessed]), [['a', true]]);
});

test('record ids are stable, distinct per question and sortable by time', () => {
  assert.equal(examRecordId('exam-1', 'q1', T0), examRecordId('exam-1', 'q1', T0));
  assert.notEqual(examRecordId('exam-1', 'q1', T0), examRecordId('exam-1', 'q2', T0));
  assert.notEqual(examRecordId('exam-1', 'q1', T0), examRecordId('exam-2', 'q1', T0));
  assert.ok(examRecordId('exam-1', 'q1', T0) < examRecordId('exam-1', 'q1', T0 + 86_400_000));
});

test('itemTimeMs adds the running visit only for the current question', () => {
  const state = run(listExam([a, b], 30), [{ type: 'next' }], T0 + 7_000);
  const later = { ...state, updatedAt: T0 + 10_000 };
  assert.equal(itemTimeMs(later, 0), 7_000);
  assert.equal(itemTimeMs(later, 1), 3_000);
  assert.equal(itemTimeMs(later, 5), 0);
});

test('a full mock exam gives an outcome the import decoder accepts; other kinds give none', () => {
  const info = blueprint({ questionCount: 12 });
  const questions = fullBank(info, 2);
  const { state } = createExam({ info, questions, config: { kind: 'full' }, seed: 7, now: T0 });
  assert.ok(state);
  const answered = state.items.reduce((s, item, index) => apply(s, { type: 'select', option: item.answerKey[0], index }, T0 + 1000).state, state);
  const submitted = apply(answered, { type: 'submit' }, T0 + 2000).state;
  const outcome = examOutcome(submitted);
  assert.ok(outcome);
  assert.equal(outcome.scaled, 1000);
  assert.equal(outcome.passed, true);
  assert.equal(outcome.finishedAt, T0 + 2000);
  assert.equal(Object.values(outcome.perDomain).reduce((n, d) => n + d.total, 0), 12);
  assert.deepEqual(decodeExamOutcome(JSON.parse(JSON.stringify(outcome))), outcome);
  assert.equal(examOutcome(answered), undefined, 'not submitted');
  const practice = run(listExam([a], null), [{ type: 'submit' }], T0 + 5);
  assert.equal(examOutcome(practice), undefined, 'a list exam is not a mock');
});

test('recordMany with skipKnown stores an exam\'s answers once however often it is recorded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-exam-answers-'));
  const opened = await ProgressStore.open(dir, { now: () => T0, durable: false });
  assert.equal(opened.kind, 'ok');
  if (opened.kind !== 'ok') return;
  let state = listExam([a, b], 30);
  state = run(state, [{ type: 'select', option: 1 }, { type: 'next' }, { type: 'select', option: 0 }, { type: 'select', option: 2 }, { type: 'submit' }], T0 + 1000);
  const records = submittedExamRecords(state);
  const first = await opened.store.recordMany(records, { skipKnown: true });
  assert.equal(first.value.length, 2);
  const again = await opened.store.recordMany(records, { skipKnown: true });
  assert.equal(again.value.length, 0);
  assert.equal(opened.store.state.records, 2);
  assert.equal(opened.store.state.banks.get('test-bank')?.right, 2);
});
