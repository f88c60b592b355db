import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildState } from '../../../../src/core/progress/state';
import { mockExamWeights, MOCK_RECENT_WEIGHT, weakAreaPlan } from '../../../../src/core/progress/weakAreas';
import { answer, bankQuestions, DAY, HOUR, INFO, question, T0, taskHistory } from './fixtures';

const questions = bankQuestions(4);

test('with no answers the weak area is the whole blueprint', () => {
  const plan = weakAreaPlan(INFO, questions, undefined, T0);
  assert.equal(plan.wholeBlueprint, true);
  assert.deepEqual(plan.domains, ['1', '2', '3', '4']);
  assert.deepEqual(plan.tasks, []);
  assert.equal(plan.available, questions.length);
  assert.equal(plan.due, 0);
  assert.equal(Object.keys(plan.weights).length, questions.length);
});

test('a domain that needs improvement is practised whole; a weak task elsewhere on its own; strong areas are left out', () => {
  const now = T0 + 30 * DAY;
  const records = [
    ...taskHistory('2.1', 2, 8, now - DAY), // domain 2 weak
    ...taskHistory('1.1', 10, 0, now - DAY), // task 1.1 strong
    ...taskHistory('3.2', 2, 6, now - DAY), // task 3.2 weak
    ...taskHistory('3.1', 30, 0, now - DAY), // domain 3 as a whole meets competencies
  ];
  const bank = buildState(records).banks.get(INFO.id);
  const plan = weakAreaPlan(INFO, questions, bank, now);
  assert.equal(plan.wholeBlueprint, false);
  assert.deepEqual(plan.domains, ['2']);
  assert.deepEqual(plan.tasks, ['3.2']);
  assert.equal(plan.available, 4 * 3 + 4);
});

test('tasks with reviews due are included, and due questions weigh more', () => {
  const q = questions.find((x) => x.task === '4.1')!;
  const wrongLongAgo = answer(q, false, T0);
  const bank = buildState([wrongLongAgo]).banks.get(INFO.id);
  const now = T0 + 5 * DAY;
  const plan = weakAreaPlan(INFO, questions, bank, now);
  assert.deepEqual(plan.domains, []);
  assert.deepEqual(plan.tasks, ['4.1']);
  assert.equal(plan.due, 1);
  assert.equal(plan.available, 4);
  const others = questions.filter((x) => x.task === '4.1' && x.id !== q.id);
  assert.ok(others.every((x) => plan.weights[q.id] > plan.weights[x.id]));
});

test('a task without questions in the bank is never part of the plan', () => {
  const only = questions.filter((x) => x.task !== '3.2');
  const now = T0 + 30 * DAY;
  const bank = buildState(taskHistory('3.2', 0, 10, now - DAY)).banks.get(INFO.id);
  const plan = weakAreaPlan(INFO, only, bank, now);
  assert.ok(!plan.tasks.includes('3.2'));
});

test('mock exams draw questions answered in the last week less often, and nothing else changes', () => {
  const [recent, old, never] = [question('r', '1.1'), question('o', '1.1'), question('n', '1.1')];
  const bank = buildState([answer(recent, true, T0 - 2 * DAY), answer(old, false, T0 - 20 * DAY)]).banks.get(INFO.id);
  assert.deepEqual(mockExamWeights([recent, old, never], bank, T0 + HOUR), { r: MOCK_RECENT_WEIGHT, o: 1, n: 1 });
  assert.deepEqual(mockExamWeights([recent], undefined, T0), { r: 1 });
});
