import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, type ExamAction } from '../../../../src/core/exam/examReducer';
import type { ExamState } from '../../../../src/core/exam/examState';
import { DEFAULT_CUT, scaledScore } from '../../../../src/core/exam/scaledScore';
import { isItemCorrect, scoreExam } from '../../../../src/core/exam/scoring';
import { listExam, question, T0 } from './fixtures';

function answer(state: ExamState, answers: readonly (readonly number[])[], at = T0 + 60_000): ExamState {
  let s = state;
  answers.forEach((options, index) => {
    for (const option of options) s = apply(s, { type: 'select', option, index } satisfies ExamAction, at).state;
  });
  return apply(s, { type: 'submit' }, at).state;
}

test('multiple response is all or nothing; unanswered is wrong', () => {
  const qs = [question({ id: 'm1', correct: [0, 3] }), question({ id: 'm2', correct: [0, 3] }), question({ id: 's1', correct: [1] }), question({ id: 's2', correct: [1] })];
  const done = answer(listExam(qs), [[0, 3], [0, 2], [1], []]);
  assert.deepEqual(done.items.map(isItemCorrect), [true, false, true, false]);
  const report = scoreExam(done);
  assert.equal(report.correct, 2);
  assert.equal(report.total, 4);
  assert.equal(report.unanswered, 1);
  assert.equal(report.percent, 50);
  assert.equal(report.scaledScore, scaledScore(0.5, 700));
  assert.equal(report.passed, false);
});

test('the scaled score and pass come from the estimate at the bank passing score', () => {
  const qs = Array.from({ length: 25 }, (_, i) => question({ id: `q${i}` }));
  const atCut = Math.round(25 * DEFAULT_CUT); // 18 of 25 = 72 %
  const pass = scoreExam(answer(listExam(qs), qs.map((_, i) => (i < atCut ? [0] : [1]))));
  assert.equal(pass.scaledScore, 700);
  assert.equal(pass.passed, true);
  const fail = scoreExam(answer(listExam(qs), qs.map((_, i) => (i < atCut - 1 ? [0] : [1]))));
  assert.equal(fail.scaledScore, scaledScore((atCut - 1) / 25, 700));
  assert.equal(fail.passed, false);
});

test('per domain: correct of total, percent, and the verdict at the same cut, in blueprint order', () => {
  const d1 = Array.from({ length: 4 }, (_, i) => question({ id: `a${i}`, domain: '1', task: '1.1' }));
  const d3 = Array.from({ length: 4 }, (_, i) => question({ id: `c${i}`, domain: '3', task: '3.2' }));
  // Domain 3 first in the exam; the report still lists domain 1 first. Domain 1: 3 of 4 (75 %), domain 3: 2 of 4.
  const done = answer(listExam([...d3, ...d1]), [[0], [0], [1], [1], [0], [0], [0], [1]]);
  const { domains } = scoreExam(done);
  assert.deepEqual(domains, [
    { id: '1', title: 'Domain 1', correct: 3, total: 4, percent: 75, verdict: 'Meets competencies' },
    { id: '3', title: 'Domain 3', correct: 2, total: 4, percent: 50, verdict: 'Needs improvement' },
  ]);
});

test('time used runs from the start to submission and never past the limit', () => {
  const qs = [question({ id: 'q' })];
  const early = scoreExam(answer(listExam(qs, 30), [[0]], T0 + 12 * 60_000));
  assert.equal(early.timeUsedMs, 12 * 60_000);
  assert.equal(early.timeLimitMs, 30 * 60_000);
  assert.equal(early.submitReason, 'user');
  const late = apply(listExam(qs, 30), { type: 'tick' }, T0 + 45 * 60_000).state;
  assert.equal(scoreExam(late).timeUsedMs, 30 * 60_000);
  assert.equal(scoreExam(late).submitReason, 'time-up');
  assert.equal(scoreExam(answer(listExam(qs, null), [[0]])).timeLimitMs, null);
});

test('questions that left the bank are not scored', () => {
  const qs = [question({ id: 'kept' }), question({ id: 'gone' })];
  const state = listExam(qs);
  const withMissing: ExamState = { ...state, items: state.items.map((item) => (item.questionId === 'gone' ? { ...item, availability: 'missing' } : item)) };
  const report = scoreExam(answer(withMissing, [[0], []]));
  assert.equal(report.total, 1);
  assert.equal(report.excluded, 1);
  assert.equal(report.correct, 1);
  assert.equal(report.unanswered, 0);
});
