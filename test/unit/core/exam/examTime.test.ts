import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apply } from '../../../../src/core/exam/examReducer';
import { remainingMs } from '../../../../src/core/exam/examState';
import { resumeExam } from '../../../../src/core/exam/examTime';
import { listExam, question, T0 } from './fixtures';

const qs = [question({ id: 'a' }), question({ id: 'b' })];

test('an exam whose deadline passed while VS Code was closed is submitted as of its deadline, and says so', () => {
  const state = apply(listExam(qs, 20), { type: 'select', option: 0 }, T0 + 60_000).state;
  const resumed = resumeExam(state, T0 + 3 * 3600_000);
  assert.equal(resumed.submittedWhileClosed, true);
  assert.equal(resumed.changed, true);
  assert.equal(resumed.state.status, 'submitted');
  assert.equal(resumed.state.submitReason, 'time-up-while-closed');
  assert.equal(resumed.state.submittedAt, T0 + 20 * 60_000);
  assert.equal(resumed.state.result?.correct, 1);
});

test('a running exam resumes suspended, crediting the current question up to the last saved action', () => {
  let state = listExam(qs, 60);
  state = apply(state, { type: 'next' }, T0 + 10_000).state;
  state = apply(state, { type: 'toggle-flag' }, T0 + 25_000).state; // then VS Code crashes
  const resumed = resumeExam(state, T0 + 40 * 60_000);
  assert.equal(resumed.submittedWhileClosed, false);
  assert.equal(resumed.state.viewingSince, null);
  assert.deepEqual(resumed.state.items.map((i) => i.timeSpentMs), [10_000, 15_000]);
  assert.equal(remainingMs(resumed.state, T0 + 40 * 60_000), 20 * 60_000);
  const back = apply(resumed.state, { type: 'resume' }, T0 + 41 * 60_000).state;
  const moved = apply(back, { type: 'previous' }, T0 + 41 * 60_000 + 3_000).state;
  assert.deepEqual(moved.items.map((i) => i.timeSpentMs), [10_000, 18_000]);
});

test('resuming a submitted exam changes nothing', () => {
  const done = apply(listExam(qs), { type: 'submit' }, T0 + 1000).state;
  const resumed = resumeExam(done, T0 + 1e9);
  assert.equal(resumed.state, done);
  assert.equal(resumed.changed, false);
  assert.equal(remainingMs(done, T0 + 1e9), 30 * 60_000 - 1000);
});
