import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Question } from '../../../../src/core/bank/model';
import { apply, type ExamAction } from '../../../../src/core/exam/examReducer';
import type { ExamState } from '../../../../src/core/exam/examState';
import { lookupIn, reconcileWithBank } from '../../../../src/core/exam/reconcile';
import { scoreExam } from '../../../../src/core/exam/scoring';
import { listExam, question, T0 } from './fixtures';

const qs = [question({ id: 'a', correct: [1] }), question({ id: 'b' }), question({ id: 'c' })];

function act(state: ExamState, actions: readonly ExamAction[]): ExamState {
  return actions.reduce((s, a) => apply(s, a, T0 + 1000).state, state);
}

const answered = act(listExam(qs), [
  { type: 'select', option: 1 }, { type: 'toggle-flag' }, { type: 'select', option: 0, index: 1 }, { type: 'toggle-strike', option: 2, index: 1 },
  { type: 'select', option: 0, index: 2 },
]);

test('an unchanged bank changes nothing', () => {
  const result = reconcileWithBank(answered, lookupIn(qs));
  assert.equal(result.changed, false);
  assert.equal(result.state, answered);
});

test('a question that left the bank is marked, not answerable, and not scored', () => {
  const result = reconcileWithBank(answered, lookupIn([qs[0], qs[2]]));
  assert.equal(result.state.items[1].availability, 'missing');
  assert.equal(result.issues[0].code, 'question-missing');
  assert.equal(apply(result.state, { type: 'select', option: 1, index: 1 }, T0).issues[0].code, 'question-missing');
  const report = scoreExam(apply(result.state, { type: 'submit' }, T0 + 2000).state);
  assert.equal(report.total, 2);
  assert.equal(report.excluded, 1);
  const back = reconcileWithBank(result.state, lookupIn(qs));
  assert.equal(back.state.items[1].availability, 'ok');
  assert.equal(back.issues[0].code, 'question-restored');
});

test('an edited question with the same options keeps the answer and follows the new answer key', () => {
  // The pull fixes the key of question a: option 2 is the right one, not option 1.
  const fixed: Question = { ...question({ id: 'a', correct: [2] }), contentHash: 'fixed' };
  const result = reconcileWithBank(answered, lookupIn([fixed, qs[1], qs[2]]));
  const item = result.state.items[0];
  assert.equal(item.availability, 'changed');
  assert.equal(item.contentHash, 'fixed');
  assert.deepEqual(item.selected, [1]);
  assert.deepEqual(item.answerKey, [2]);
  assert.deepEqual(item.optionOrder, answered.items[0].optionOrder);
  assert.equal(item.flagged, true);
  assert.equal(result.issues[0].code, 'question-changed');
});

test('an edited question with other options loses its answer and strikes, with a fresh option order', () => {
  const reshaped: Question = { ...question({ id: 'b', options: 5 }), contentHash: 'five' };
  const result = reconcileWithBank(answered, lookupIn([qs[0], reshaped, qs[2]]));
  const item = result.state.items[1];
  assert.deepEqual(item.selected, []);
  assert.deepEqual(item.struck, []);
  assert.deepEqual([...item.optionOrder].sort(), [0, 1, 2, 3, 4]);
  assert.equal(result.issues[0].code, 'question-changed-answer-cleared');
  assert.deepEqual(apply(result.state, { type: 'select', option: 4, index: 1 }, T0).issues, []);
});

test('a submitted exam is left alone so its score never moves', () => {
  const done = apply(answered, { type: 'submit' }, T0 + 5000).state;
  const result = reconcileWithBank(done, lookupIn([]));
  assert.equal(result.state, done);
  assert.equal(result.changed, false);
});
