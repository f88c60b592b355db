import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, type ExamAction } from '../../../../src/core/exam/examReducer';
import type { ExamState } from '../../../../src/core/exam/examState';
import { endSummary, questionView, reviewScreen } from '../../../../src/core/exam/examViews';
import { lookupIn } from '../../../../src/core/exam/reconcile';
import { listExam, question, T0 } from './fixtures';

const qs = [question({ id: 'a', correct: [1] }), question({ id: 'b', correct: [0, 2] }), question({ id: 'c' }), question({ id: 'd' })];
const lookup = lookupIn(qs);

function act(state: ExamState, actions: readonly ExamAction[]): ExamState {
  return actions.reduce((s, a) => apply(s, a, T0 + 1000).state, state);
}

test('the question view shows stem, lettered options, choices, strikes, flag, comment, position and time left', () => {
  const state = act(listExam(qs, 30), [
    { type: 'next' }, { type: 'select', option: 2 }, { type: 'toggle-strike', option: 1 }, { type: 'toggle-flag' }, { type: 'set-comment', text: 'typo' },
  ]);
  const view = questionView(state, lookup, T0 + 5 * 60_000);
  assert.equal(view.number, 2);
  assert.equal(view.total, 4);
  assert.equal(view.questionId, 'b');
  assert.equal(view.stem, 'Stem of b');
  assert.equal(view.selectCount, 2);
  assert.equal(view.multipleResponse, true);
  assert.equal(view.flagged, true);
  assert.equal(view.comment, 'typo');
  assert.equal(view.remainingMs, 25 * 60_000);
  assert.equal(view.isFirst, false);
  assert.equal(view.availability, 'ok');
  const byOption = new Map(view.options.map((o) => [o.option, o]));
  assert.equal(byOption.get(2)?.selected, true);
  assert.equal(byOption.get(1)?.struck, true);
  assert.equal(byOption.get(1)?.markdown, 'b option 1');
  assert.deepEqual(view.options.map((o) => o.letter), ['A', 'B', 'C', 'D', 'E']);
});

test('an exam in progress never shows correct answers or explanations', () => {
  const state = act(listExam(qs), [{ type: 'select', option: 1 }]);
  for (let i = 0; i < qs.length; i++) {
    const view = questionView(state, lookup, T0, i);
    assert.ok(view.options.every((o) => !('correct' in o)));
    assert.equal(view.explanation, undefined);
    assert.equal(JSON.stringify(view).includes('Explanation'), false);
  }
});

test('a revealed practice question shows the correct options and the explanation', () => {
  const state = act(listExam(qs, null, { practice: true }), [{ type: 'select', option: 3 }]);
  const view = questionView(state, lookup, T0);
  assert.equal(view.revealed, true);
  assert.equal(view.locked, true);
  assert.equal(view.remainingMs, null);
  assert.deepEqual(view.options.filter((o) => o.correct).map((o) => o.option), [1]);
  assert.equal(view.explanation, 'Explanation of a');
  assert.deepEqual(view.references, ['https://docs.aws.amazon.com/a']);
  assert.equal(questionView(state, lookup, T0, 1).explanation, undefined);
});

test('a question gone from the bank is shown as missing, not as a crash', () => {
  const state = listExam(qs);
  const view = questionView(state, lookupIn(qs.slice(1)), T0, 0);
  assert.equal(view.availability, 'missing');
  assert.equal(view.stem, '');
  assert.equal(view.locked, true);
  assert.equal(view.options.length, 4);
  assert.equal(questionView(state, lookupIn([{ ...qs[0], contentHash: 'new' }, ...qs.slice(1)]), T0, 0).availability, 'changed');
});

test('review tiles show answered, flagged and commented questions and filter them', () => {
  const state = act(listExam(qs), [
    { type: 'select', option: 0 }, { type: 'toggle-flag' }, { type: 'go-to', index: 2 }, { type: 'toggle-flag' }, { type: 'set-comment', text: ' ' },
    { type: 'set-comment', text: 'unclear', index: 3 },
  ]);
  const all = reviewScreen(state);
  assert.deepEqual(all.tiles.map((t) => [t.answered, t.flagged, t.commented]), [[true, true, false], [false, false, false], [false, true, false], [false, false, true]]);
  assert.equal(all.tiles[2].current, true);
  assert.deepEqual(reviewScreen(state, 'flagged').tiles.map((t) => t.number), [1, 3]);
  assert.deepEqual(reviewScreen(state, 'unanswered').tiles.map((t) => t.number), [2, 3, 4]);
  assert.deepEqual(all.counts, { all: 4, flagged: 2, unanswered: 3 });
});

test('the end-exam summary counts unanswered and flagged questions', () => {
  const state = act(listExam(qs, 30), [{ type: 'select', option: 0 }, { type: 'toggle-flag', index: 1 }, { type: 'toggle-flag', index: 3 }]);
  assert.deepEqual(endSummary(state, T0 + 60_000), { total: 4, answered: 1, unanswered: 3, flagged: 2, commented: 0, missing: 0, remainingMs: 29 * 60_000 });
});
