import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextQuestions } from '../../../../src/core/progress/nextQuestions';
import { questionWeights, taskPriorities, taskWeight } from '../../../../src/core/progress/priority';
import { buildState } from '../../../../src/core/progress/state';
import { answer, bankQuestions, DAY, HOUR, INFO, question, T0, taskHistory } from './fixtures';

const NOW = T0 + 30 * DAY;

test('a task\'s weight is its domain\'s weight shared among the domain\'s tasks', () => {
  assert.equal(taskWeight(INFO, '2', '2.1'), 0.3 / 3);
  assert.equal(taskWeight(INFO, '4', '4.1'), 0.12);
  assert.equal(taskWeight(INFO, '9', '9.1'), 0, 'unknown domain');
});

test('priority is weight × (1 − mastery): heavy weak tasks first, mastered ones last', () => {
  const records = [
    ...taskHistory('3.1', 5, 25, NOW), // heaviest task (17%), weak
    ...taskHistory('4.1', 5, 25, NOW), // 12%, equally weak
    ...taskHistory('3.2', 30, 0, NOW), // 17%, mastered
  ];
  const priorities = taskPriorities(INFO, buildState(records).banks.get(INFO.id), NOW);
  const order = priorities.map((p) => p.taskId);
  assert.equal(order[0], '3.1');
  assert.ok(order.indexOf('4.1') < order.indexOf('3.2'));
  assert.equal(order[order.length - 1], '3.2');
  for (const p of priorities) assert.ok(Math.abs(p.priority - p.weight * (1 - p.mastery.mean)) < 1e-12);
});

test('exam sampling weights average 1, favour due and weak, and hold back recent questions', () => {
  const questions = bankQuestions(3);
  const due = questions.find((q) => q.task === '2.2')!;
  const recent = questions.find((q) => q.task === '2.3')!;
  const records = [answer(due, false, NOW - 3 * DAY), answer(recent, true, NOW - 5 * 60_000), ...taskHistory('1.1', 30, 0, NOW)];
  const weights = questionWeights(questions, INFO, buildState(records).banks.get(INFO.id), NOW);
  const values = [...weights.values()];
  assert.equal(weights.size, questions.length);
  assert.ok(Math.abs(values.reduce((a, b) => a + b, 0) / values.length - 1) < 1e-12);
  assert.ok(values.every((w) => w > 0));
  const plain = weights.get(questions.find((q) => q.task === '2.1')!.id)!;
  assert.ok(weights.get(due.id)! > plain);
  assert.ok(weights.get(recent.id)! < plain);
  assert.ok(weights.get('q1.1-0')! < plain, 'mastered task weighs less');
});

test('next questions: due reviews first (most forgotten first), changed questions too', () => {
  const questions = bankQuestions(4);
  const [a, b] = questions.filter((q) => q.task === '1.2');
  const changed = question('q3.1-0', '3.1', { hash: 'new' });
  const bank = questions.map((q) => (q.id === changed.id ? changed : q));
  const records = [
    answer(a, false, NOW - 10 * DAY), // due 9 days ago
    answer(b, false, NOW - 2 * DAY), // due 1 day ago
    answer(questions.find((q) => q.id === changed.id)!, true, NOW - 2 * DAY), // old hash
  ];
  const picks = nextQuestions(bank, buildState(records).banks.get(INFO.id), NOW, 5, { info: INFO, seed: 1 });
  assert.deepEqual(picks.slice(0, 3).map((p) => [p.questionId, p.reason]), [[changed.id, 'changed'], [a.id, 'due'], [b.id, 'due']]);
  assert.ok(picks.slice(3).every((p) => p.reason === 'priority'));
});

test('next questions then follow task priority, spread in proportion, skipping recent ones', () => {
  const questions = bankQuestions(10);
  const records = [
    ...INFO.domains.flatMap((d) => d.tasks.filter((t) => t.id !== '3.1').flatMap((t) => taskHistory(t.id, 30, 0, NOW - HOUR * 2))),
    answer(questions.find((q) => q.id === 'q3.1-0')!, false, NOW - 10 * 60_000),
  ];
  const picks = nextQuestions(questions, buildState(records).banks.get(INFO.id), NOW, 6, { info: INFO, seed: 3 });
  assert.equal(picks.length, 6);
  assert.ok(picks.every((p) => p.reason === 'priority'));
  assert.ok(picks.filter((p) => p.task === '3.1').length >= 3, JSON.stringify(picks));
  assert.ok(!picks.some((p) => p.questionId === 'q3.1-0'), 'answered ten minutes ago');
  assert.equal(new Set(picks.map((p) => p.questionId)).size, 6);
});

test('next questions are the same for the same seed and fall back to recent ones only when nothing else is left', () => {
  const questions = bankQuestions(5);
  const bank = buildState([]).banks.get(INFO.id);
  const one = nextQuestions(questions, bank, NOW, 8, { info: INFO, seed: 42 });
  const two = nextQuestions(questions, bank, NOW, 8, { info: INFO, seed: 42 });
  assert.deepEqual(one, two);
  const seeds = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(nextQuestions(questions, bank, NOW, 8, { info: INFO, seed }))));
  assert.ok(seeds.size > 1, 'the seed chooses among equally good questions');

  const few = [question('x1', '1.1'), question('x2', '1.1')];
  const state = buildState([answer(few[0], true, NOW - 20 * 60_000), answer(few[1], true, NOW - 5 * 60_000)]);
  const picks = nextQuestions(few, state.banks.get(INFO.id), NOW, 3, { info: INFO, seed: 1 });
  assert.deepEqual(picks.map((p) => [p.questionId, p.reason]), [['x1', 'repeat'], ['x2', 'repeat']]);
});
