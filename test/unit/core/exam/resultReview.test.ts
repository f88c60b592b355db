import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, type ExamAction } from '../../../../src/core/exam/examReducer';
import type { ExamState } from '../../../../src/core/exam/examState';
import { lookupIn } from '../../../../src/core/exam/reconcile';
import { resultReview } from '../../../../src/core/exam/resultReview';
import { listExam, question, T0 } from './fixtures';

const qs = [question({ id: 'a', correct: [1] }), question({ id: 'b', correct: [0, 2] }), question({ id: 'c' }), question({ id: 'd' })];
const lookup = lookupIn(qs);

function act(state: ExamState, actions: readonly ExamAction[]): ExamState {
  return actions.reduce((s, a) => apply(s, a, T0 + 1000).state, state);
}

const taken = act(listExam(qs), [
  { type: 'select', option: 1 }, // a: right
  { type: 'select', option: 0, index: 1 }, { type: 'select', option: 3, index: 1 }, { type: 'toggle-flag', index: 1 }, // b: wrong, flagged
  { type: 'set-comment', text: 'two answers fit', index: 2 }, // c: unanswered, commented
  { type: 'select', option: 0, index: 3 }, // d: right
  { type: 'submit' },
]);

test('the review gives your letters against the correct letters, in the order shown during the exam', () => {
  const { items } = resultReview(taken, lookup);
  const b = items[1];
  const letterOf = (option: number) => b.options.find((o) => o.option === option)?.letter;
  assert.equal(b.outcome, 'incorrect');
  assert.deepEqual(b.yourLetters, [letterOf(0), letterOf(3)].sort());
  assert.deepEqual(b.correctLetters, [letterOf(0), letterOf(2)].sort());
  assert.equal(b.explanation, 'Explanation of b');
  assert.deepEqual(b.references, ['https://docs.aws.amazon.com/b']);
  assert.equal(b.flagged, true);
  assert.deepEqual(items.map((i) => i.outcome), ['correct', 'incorrect', 'unanswered', 'correct']);
  assert.deepEqual(items[2].yourLetters, []);
});

test('review filters: incorrect (unanswered included), flagged, commented', () => {
  assert.deepEqual(resultReview(taken, lookup, 'incorrect').items.map((i) => i.questionId), ['b', 'c']);
  assert.deepEqual(resultReview(taken, lookup, 'flagged').items.map((i) => i.questionId), ['b']);
  assert.deepEqual(resultReview(taken, lookup, 'commented').items.map((i) => i.questionId), ['c']);
  assert.deepEqual(resultReview(taken, lookup).counts, { all: 4, incorrect: 2, flagged: 1, commented: 1 });
});

test('no review before the exam is submitted', () => {
  assert.deepEqual(resultReview(listExam(qs), lookup).items, []);
});

test('a question changed or removed since the exam keeps its verdict and says so', () => {
  const later = lookupIn([{ ...qs[0], contentHash: 'edited' }, ...qs.slice(2)]);
  const { items } = resultReview(taken, later);
  assert.equal(items[0].availability, 'changed');
  assert.equal(items[0].outcome, 'correct');
  assert.equal(items[1].availability, 'missing');
  assert.equal(items[1].outcome, 'incorrect');
  assert.equal(items[1].stem, '');
  assert.equal(items[1].correctLetters.length, 2);
});
