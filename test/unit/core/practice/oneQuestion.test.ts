import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerOneQuestion, countWord, oneQuestionExam, quizChoices, selectionProblem, verdictOf } from '../../../../src/core/practice/oneQuestion';
import { apply } from '../../../../src/core/exam/examReducer';
import { blueprint, question, T0 } from '../exam/fixtures';

const info = blueprint();
const single = question({ id: 'single', correct: [2] });
const multi = question({ id: 'multi', correct: [1, 3] });

test('the options are shuffled by the seed, and every option appears once with its letter', () => {
  const a = quizChoices(oneQuestionExam(single, info, T0, 1, 'manual'), single);
  const b = quizChoices(oneQuestionExam(single, info, T0, 1, 'manual'), single);
  assert.deepEqual(a, b);
  assert.deepEqual(a.map((c) => c.letter), ['A', 'B', 'C', 'D']);
  assert.deepEqual(a.map((c) => c.option).sort(), [0, 1, 2, 3]);
  assert.ok(a.every((c) => c.text === `single option ${c.option}`));
  const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => oneQuestionExam(single, info, T0, seed, 'manual').items[0].optionOrder.join()));
  assert.ok(orders.size > 1, 'different seeds give different orders');
});

test('answering with the right option is correct, with letters as displayed and the time taken', () => {
  const state = oneQuestionExam(single, info, T0, 3, 'manual');
  const choices = quizChoices(state, single);
  const verdict = answerOneQuestion(state, [2], T0 + 12_000);
  assert.ok('correct' in verdict);
  assert.equal(verdict.correct, true);
  const letter = choices.find((c) => c.option === 2)!.letter;
  assert.deepEqual(verdict.yourLetters, [letter]);
  assert.deepEqual(verdict.correctLetters, [letter]);
  assert.equal(verdict.timeMs, 12_000);
  assert.equal(verdict.state.items[0].revealed, true);
});

test('multiple response enforces the count and is all-or-nothing', () => {
  const state = oneQuestionExam(multi, info, T0, 5, 'manual');
  assert.deepEqual(answerOneQuestion(state, [1], T0), { problem: 'Choose exactly TWO (you chose 1).' });
  assert.deepEqual(answerOneQuestion(state, [], T0), { problem: 'Choose TWO options.' });
  assert.deepEqual(answerOneQuestion(state, [0, 1, 3], T0), { problem: 'Choose exactly TWO (you chose 3).' });
  const half = answerOneQuestion(state, [1, 2], T0);
  assert.ok('correct' in half && !half.correct);
  assert.equal(half.correctLetters.length, 2);
  const right = answerOneQuestion(state, [3, 1, 1], T0);
  assert.ok('correct' in right && right.correct, 'repeats are ignored');
});

test('an option the question does not have is refused', () => {
  const verdict = answerOneQuestion(oneQuestionExam(single, info, T0, 1, 'manual'), [9], T0);
  assert.ok('problem' in verdict);
});

test('revealWhen complete reveals as soon as the answer is complete, and verdictOf reads it', () => {
  const state = oneQuestionExam(single, info, T0, 1, 'complete');
  const chosen = apply(state, { type: 'select', option: 0 }, T0 + 4000).state;
  assert.equal(chosen.items[0].revealed, true);
  const verdict = verdictOf(chosen);
  assert.equal(verdict.correct, false);
  assert.equal(verdict.timeMs, 4000);
});

test('selection problems and count words', () => {
  assert.equal(selectionProblem(1, 1), undefined);
  assert.equal(selectionProblem(0, 1), 'Choose an option.');
  assert.equal(countWord(1), 'one');
  assert.equal(countWord(3), 'THREE');
  assert.equal(countWord(12), '12');
});
