import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExam, examId } from '../../../../src/core/exam/createExam';
import { questionView } from '../../../../src/core/exam/examViews';
import { optionOrder } from '../../../../src/core/exam/optionOrder';
import { lookupIn } from '../../../../src/core/exam/reconcile';
import { blueprint, fullBank, question } from './fixtures';

const info = blueprint();
const bank = fullBank(info, 10);
const NOW = Date.UTC(2026, 4, 1, 14, 25, 30);

test('a full exam has the official count and a deadline the official minutes after the start', () => {
  const { state, requested, issues } = createExam({ info, questions: bank, config: { kind: 'full' }, seed: 7, now: NOW });
  assert.ok(state);
  assert.equal(requested, 65);
  assert.deepEqual(issues, []);
  assert.equal(state.items.length, 65);
  assert.equal(state.deadline, NOW + 90 * 60_000);
  assert.equal(state.startedAt, NOW);
  assert.equal(state.status, 'in-progress');
  assert.equal(state.schema, 1);
  assert.equal(state.id, 'exam-20260501-142530-00000007');
  assert.equal(state.bank.passingScore, 700);
});

test('custom and list exams can be untimed', () => {
  const custom = createExam({ info, questions: bank, config: { kind: 'custom', count: 5, minutes: null }, seed: 1, now: NOW }).state;
  assert.equal(custom?.deadline, null);
  const timed = createExam({ info, questions: bank, config: { kind: 'custom', count: 5, minutes: 7.5 }, seed: 1, now: NOW }).state;
  assert.equal(timed?.deadline, NOW + 450_000);
});

test('the same seed and bank give the same exam, down to the option order', () => {
  const a = createExam({ info, questions: bank, config: { kind: 'full' }, seed: 99, now: NOW }).state;
  const b = createExam({ info, questions: [...bank].reverse(), config: { kind: 'full' }, seed: 99, now: NOW + 5 }).state;
  assert.deepEqual(a?.items, b?.items);
  const c = createExam({ info, questions: bank, config: { kind: 'full' }, seed: 100, now: NOW }).state;
  assert.notDeepEqual(a?.items.map((i) => i.questionId), c?.items.map((i) => i.questionId));
});

test('options are shuffled per question and re-lettered from the shuffled order', () => {
  const { state } = createExam({ info, questions: bank, config: { kind: 'full' }, seed: 5, now: NOW });
  assert.ok(state);
  const orders = state.items.map((item) => item.optionOrder.join(''));
  assert.ok(new Set(orders).size > 1, 'not every question has the same order');
  assert.ok(orders.some((o) => o !== '0123'), 'options are shuffled');
  for (const item of state.items) assert.deepEqual([...item.optionOrder].sort(), [0, 1, 2, 3]);
  const view = questionView(state, lookupIn(bank), NOW, 0);
  const item = state.items[0];
  assert.deepEqual(view.options.map((o) => o.letter), ['A', 'B', 'C', 'D']);
  view.options.forEach((o, position) => {
    assert.equal(o.option, item.optionOrder[position]);
    assert.equal(o.markdown, `${item.questionId} option ${item.optionOrder[position]}`);
  });
});

test('an option order depends only on the seed and the question id', () => {
  assert.deepEqual(optionOrder(3, 'q-a', 5), optionOrder(3, 'q-a', 5));
  const orders = new Set(Array.from({ length: 20 }, (_, seed) => optionOrder(seed, 'q-a', 5).join('')));
  assert.ok(orders.size > 5);
});

test('the answer key is stored as original indices', () => {
  const multi = question({ id: 'multi', correct: [1, 3] });
  const { state } = createExam({ info, questions: [multi], config: { kind: 'custom', count: 1, minutes: null }, seed: 1, now: NOW });
  assert.deepEqual(state?.items[0].answerKey, [1, 3]);
  assert.equal(state?.items[0].selectCount, 2);
  assert.equal(state?.items[0].optionOrder.length, 5);
});

test('no exam is made from nothing or with a nonsense duration, and it says why', () => {
  assert.equal(createExam({ info, questions: [], config: { kind: 'full' }, seed: 1, now: NOW }).state, undefined);
  const zero = createExam({ info, questions: bank, config: { kind: 'custom', count: 5, minutes: 0 }, seed: 1, now: NOW });
  assert.equal(zero.state, undefined);
  assert.equal(zero.issues[0].code, 'minutes-invalid');
  assert.equal(createExam({ info, questions: bank, config: { kind: 'full' }, seed: 1, now: NOW, id: '../x' }).issues[0].code, 'id-invalid');
});

test('exam ids sort by time and carry the seed', () => {
  assert.ok(examId(NOW, 1) < examId(NOW + 1000, 0));
  assert.match(examId(NOW, 0xdeadbeef), /deadbeef$/);
});
