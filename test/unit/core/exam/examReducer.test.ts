import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply, MAX_COMMENT_LENGTH, type ExamAction } from '../../../../src/core/exam/examReducer';
import type { ExamState } from '../../../../src/core/exam/examState';
import { scaledScore } from '../../../../src/core/exam/scaledScore';
import { listExam, question, T0 } from './fixtures';

const single = question({ id: 'single', correct: [2] });
const multi = question({ id: 'multi', correct: [0, 3] });
const third = question({ id: 'third', domain: '2', task: '2.1' });

function run(state: ExamState, actions: readonly ExamAction[], now = T0 + 1000): ExamState {
  return actions.reduce((s, action) => {
    const result = apply(s, action, now);
    assert.deepEqual(result.issues, [], `${action.type} was refused`);
    return result.state;
  }, state);
}

test('multiple choice: choosing another option replaces the first', () => {
  const state = run(listExam([single]), [{ type: 'select', option: 1 }, { type: 'select', option: 3 }]);
  assert.deepEqual(state.items[0].selected, [3]);
});

test('multiple response: up to selectCount options, one more is refused and reported', () => {
  const start = listExam([multi]);
  const two = run(start, [{ type: 'select', option: 4 }, { type: 'select', option: 1 }]);
  assert.deepEqual(two.items[0].selected, [1, 4]);
  const third = apply(two, { type: 'select', option: 2 }, T0 + 2000);
  assert.equal(third.changed, false);
  assert.equal(third.state, two);
  assert.equal(third.issues[0].code, 'select-limit');
  assert.match(third.issues[0].message, /2 options/);
  const swapped = run(two, [{ type: 'deselect', option: 4 }, { type: 'select', option: 2 }]);
  assert.deepEqual(swapped.items[0].selected, [1, 2]);
  assert.deepEqual(run(swapped, [{ type: 'clear' }]).items[0].selected, []);
});

test('options that the question does not have are refused', () => {
  const result = apply(listExam([single]), { type: 'select', option: 4 }, T0);
  assert.equal(result.issues[0].code, 'option-invalid');
  assert.equal(result.changed, false);
});

test('striking out an option un-chooses it, choosing a struck option lifts the strike', () => {
  let state = run(listExam([multi]), [{ type: 'select', option: 0 }, { type: 'toggle-strike', option: 0 }, { type: 'toggle-strike', option: 2 }]);
  assert.deepEqual(state.items[0].selected, []);
  assert.deepEqual(state.items[0].struck, [0, 2]);
  state = run(state, [{ type: 'select', option: 2 }]);
  assert.deepEqual(state.items[0].selected, [2]);
  assert.deepEqual(state.items[0].struck, [0]);
  state = run(state, [{ type: 'toggle-strike', option: 0 }]);
  assert.deepEqual(state.items[0].struck, []);
});

test('flags and comments, on the current question or on a named one', () => {
  let state = run(listExam([single, multi]), [{ type: 'toggle-flag' }, { type: 'set-comment', text: 'Option text has a typo', index: 1 }]);
  assert.equal(state.items[0].flagged, true);
  assert.equal(state.items[1].comment, 'Option text has a typo');
  assert.equal(state.current, 0);
  state = run(state, [{ type: 'toggle-flag' }]);
  assert.equal(state.items[0].flagged, false);
  const same = apply(state, { type: 'set-comment', text: 'Option text has a typo', index: 1 }, T0);
  assert.equal(same.changed, false);
});

test('overlong comments are cut and the cut is reported', () => {
  const result = apply(listExam([single]), { type: 'set-comment', text: 'x'.repeat(MAX_COMMENT_LENGTH + 10) }, T0);
  assert.equal(result.state.items[0].comment.length, MAX_COMMENT_LENGTH);
  assert.equal(result.issues[0].code, 'comment-truncated');
});

test('navigation moves between questions and refuses to leave the exam', () => {
  const start = listExam([single, multi, third]);
  assert.equal(run(start, [{ type: 'next' }, { type: 'next' }]).current, 2);
  assert.equal(run(start, [{ type: 'go-to', index: 2 }, { type: 'previous' }]).current, 1);
  assert.equal(apply(start, { type: 'previous' }, T0).issues[0].code, 'no-previous');
  assert.equal(apply(run(start, [{ type: 'go-to', index: 2 }]), { type: 'next' }, T0).issues[0].code, 'no-next');
  assert.equal(apply(start, { type: 'go-to', index: 3 }, T0).issues[0].code, 'index-out-of-range');
  assert.equal(apply(start, { type: 'go-to', index: 0.5 }, T0).issues[0].code, 'index-out-of-range');
  assert.equal(apply(start, { type: 'toggle-flag', index: -1 }, T0).issues[0].code, 'index-out-of-range');
});

test('time spent per question adds up over visits, and stops while suspended', () => {
  let state = listExam([single, multi]);
  const step = (action: ExamAction, at: number) => (state = apply(state, action, T0 + at).state);
  step({ type: 'next' }, 10_000); // 10 s on question 1
  step({ type: 'select', option: 0 }, 15_000);
  step({ type: 'previous' }, 40_000); // 30 s on question 2
  step({ type: 'suspend' }, 45_000); // 5 s more on question 1, then the panel closes
  step({ type: 'resume' }, 500_000);
  step({ type: 'next' }, 502_000); // 2 s more on question 1
  assert.deepEqual(state.items.map((i) => i.timeSpentMs), [17_000, 30_000]);
  step({ type: 'submit' }, 503_000); // 1 s more on question 2
  assert.deepEqual(state.items.map((i) => i.timeSpentMs), [17_000, 31_000]);
});

test('a tick after the deadline submits with time-up, as of the deadline', () => {
  const start = listExam([single, multi], 10);
  const before = apply(start, { type: 'tick' }, T0 + 10 * 60_000 - 1);
  assert.equal(before.changed, false);
  const after = apply(start, { type: 'tick' }, T0 + 10 * 60_000 + 5_000);
  assert.equal(after.changed, true);
  assert.equal(after.state.status, 'submitted');
  assert.equal(after.state.submitReason, 'time-up');
  assert.equal(after.state.submittedAt, T0 + 10 * 60_000);
  assert.deepEqual(after.effects.map((e) => e.type), ['submitted']);
  assert.equal(after.state.items[0].timeSpentMs, 10 * 60_000);
});

test('an answer that arrives after the deadline is not applied: the exam is submitted instead', () => {
  const start = listExam([single], 1);
  const late = apply(start, { type: 'select', option: 2 }, T0 + 61_000);
  assert.equal(late.state.status, 'submitted');
  assert.deepEqual(late.state.items[0].selected, []);
  assert.equal(late.issues[0].code, 'time-up');
});

test('an untimed exam never runs out', () => {
  const start = listExam([single], null);
  assert.equal(apply(start, { type: 'tick' }, T0 + 1e10).changed, false);
});

test('submitting stores the score summary and reports it', () => {
  const answered = run(listExam([single, multi]), [{ type: 'select', option: 2 }, { type: 'next' }, { type: 'select', option: 0 }]);
  const result = apply(answered, { type: 'submit' }, T0 + 5000);
  assert.equal(result.state.status, 'submitted');
  assert.equal(result.state.submitReason, 'user');
  assert.equal(result.state.submittedAt, T0 + 5000);
  assert.deepEqual(result.state.result, { correct: 1, total: 2, percent: 50, scaledScore: scaledScore(0.5, 700), passed: false });
  const effect = result.effects[0];
  assert.ok(effect.type === 'submitted');
  assert.equal(effect.summary.correct, 1);
});

test('a submitted exam refuses every action without crashing, and ignores the clock', () => {
  const done = apply(listExam([single]), { type: 'submit' }, T0 + 10).state;
  const actions: ExamAction[] = [
    { type: 'select', option: 0 }, { type: 'deselect', option: 0 }, { type: 'clear' }, { type: 'toggle-flag' },
    { type: 'set-comment', text: 'x' }, { type: 'toggle-strike', option: 1 }, { type: 'reveal' }, { type: 'go-to', index: 0 },
    { type: 'next' }, { type: 'previous' }, { type: 'submit' },
  ];
  for (const action of actions) {
    const result = apply(done, action, T0 + 20);
    assert.equal(result.state, done);
    assert.equal(result.changed, false);
    assert.equal(result.issues[0]?.code, 'exam-submitted', action.type);
  }
  for (const type of ['tick', 'suspend', 'resume'] as const) assert.deepEqual(apply(done, { type }, T0 + 1e9).issues, []);
});

test('practice reveals a question once it is fully answered, locks it, and says whether it was right', () => {
  const start = listExam([single, multi], null, { practice: true });
  const first = apply(start, { type: 'select', option: 2 }, T0);
  assert.equal(first.state.items[0].revealed, true);
  assert.deepEqual(first.effects, [{ type: 'revealed', index: 0, questionId: 'single', correct: true }]);
  assert.equal(apply(first.state, { type: 'select', option: 1 }, T0).issues[0].code, 'answer-locked');
  assert.equal(apply(first.state, { type: 'clear' }, T0).issues[0].code, 'answer-locked');
  const second = run(first.state, [{ type: 'next' }, { type: 'select', option: 0 }]);
  assert.equal(second.items[1].revealed, false, 'one of two chosen: not yet');
  const done = apply(second, { type: 'select', option: 1 }, T0);
  assert.deepEqual(done.effects, [{ type: 'revealed', index: 1, questionId: 'multi', correct: false }]);
});

test('practice with manual reveal waits for the reveal action; exams refuse it', () => {
  const start = listExam([single], null, { practice: true, revealWhen: 'manual' });
  const chosen = run(start, [{ type: 'select', option: 1 }]);
  assert.equal(chosen.items[0].revealed, false);
  const shown = apply(chosen, { type: 'reveal' }, T0);
  assert.equal(shown.state.items[0].revealed, true);
  assert.equal(apply(shown.state, { type: 'reveal' }, T0).changed, false);
  assert.equal(apply(listExam([single]), { type: 'reveal' }, T0).issues[0].code, 'not-practice');
});

test('actions never mutate the state they are given', () => {
  const start = listExam([single, multi]);
  const frozen = JSON.stringify(start);
  run(start, [{ type: 'select', option: 1 }, { type: 'toggle-flag' }, { type: 'toggle-strike', option: 3 }, { type: 'next' }, { type: 'submit' }]);
  assert.equal(JSON.stringify(start), frozen);
});
