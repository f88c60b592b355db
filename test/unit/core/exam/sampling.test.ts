import { test } from 'node:test';
import assert from 'node:assert/strict';
import { largestRemainder } from '../../../../src/core/exam/apportion';
import { selectQuestions } from '../../../../src/core/exam/sampling';
import { seededRandom, shuffled } from '../../../../src/core/random';
import { blueprint, countBy, fullBank, question } from './fixtures';

const info = blueprint();
const weights = info.domains.map((d) => d.weight);

test('a full exam draws the official count, split over domains by blueprint weight', () => {
  const bank = fullBank(info, 10);
  const { questions, requested, issues } = selectQuestions(info, bank, { kind: 'full' }, seededRandom(1));
  assert.equal(requested, 65);
  assert.equal(questions.length, 65);
  assert.deepEqual(issues, []);
  const byDomain = countBy(questions, (q) => q.domain);
  assert.deepEqual(info.domains.map((d) => byDomain[d.id]), largestRemainder(65, weights));
  assert.equal(new Set(questions.map((q) => q.id)).size, 65);
});

test('within a domain the questions are spread evenly over its task statements', () => {
  const bank = fullBank(info, 10);
  const { questions } = selectQuestions(info, bank, { kind: 'custom', count: 40, minutes: null, domains: ['3'] }, seededRandom(2));
  assert.equal(questions.length, 40);
  const byTask = countBy(questions, (q) => q.task);
  for (const task of info.domains[2].tasks) assert.equal(byTask[task.id], 5);
});

test('a domain with too few questions is filled from the others in proportion, without repeats', () => {
  const bank = fullBank(info, 10).filter((q) => q.domain !== '2' || q.task === '2.1');
  const domain2 = bank.filter((q) => q.domain === '2').length;
  const { questions, issues } = selectQuestions(info, bank, { kind: 'full' }, seededRandom(3));
  assert.equal(questions.length, 65);
  assert.equal(new Set(questions.map((q) => q.id)).size, 65);
  const byDomain = countBy(questions, (q) => q.domain);
  assert.equal(byDomain['2'], domain2);
  // Each other domain keeps its own share and takes part of domain 2's shortfall in proportion to 24 : 34 : 12.
  const shares = largestRemainder(65, weights);
  const extra = largestRemainder(shares[1] - domain2, [24, 34, 12]);
  assert.deepEqual([byDomain['1'], byDomain['3'], byDomain['4']], [shares[0] + extra[0], shares[2] + extra[1], shares[3] + extra[2]]);
  assert.ok(issues.some((i) => i.code === 'domain-short' && i.message.includes('Domain 2')));
});

test('a task with too few questions is filled from the other tasks of its domain', () => {
  const bank = fullBank(info, 6).filter((q) => q.task !== '1.1' || q.id.endsWith('-0'));
  const { questions } = selectQuestions(info, bank, { kind: 'custom', count: 12, minutes: null, domains: ['1'] }, seededRandom(4));
  const byTask = countBy(questions, (q) => q.task);
  assert.equal(byTask['1.1'], 1);
  assert.equal(byTask['1.2'] + byTask['1.3'] + byTask['1.4'], 11);
  assert.ok(Math.max(byTask['1.2'], byTask['1.3'], byTask['1.4']) - Math.min(byTask['1.2'], byTask['1.3'], byTask['1.4']) <= 1);
});

test('asking for more questions than the bank has takes them all and says so', () => {
  const bank = fullBank(info, 1);
  const { questions, requested, issues } = selectQuestions(info, bank, { kind: 'full' }, seededRandom(5));
  assert.equal(requested, 65);
  assert.equal(questions.length, bank.length);
  assert.ok(issues.some((i) => i.code === 'fewer-questions' && i.message.includes(String(bank.length))));
});

test('a custom exam over tasks and domains draws only from them; unknown ids are reported', () => {
  const bank = fullBank(info, 5);
  const config = { kind: 'custom', count: 12, minutes: 20, domains: ['4'], tasks: ['1.2', '9.9'] } as const;
  const { questions, issues } = selectQuestions(info, bank, config, seededRandom(6));
  assert.equal(questions.length, 12);
  assert.ok(questions.every((q) => q.domain === '4' || q.task === '1.2'));
  // Domain 4 (weight 12, all 3 tasks) against one of domain 1's four tasks (24 / 4 = 6): 2 : 1.
  assert.deepEqual(countBy(questions, (q) => q.domain), { '1': 4, '4': 8 });
  assert.ok(issues.some((i) => i.code === 'filter-unknown' && i.message.includes('9.9')));
});

test('the same seed gives the same exam whatever order the bank was read in; another seed another exam', () => {
  const bank = fullBank(info, 10);
  const ids = (seed: number, questions = bank) => selectQuestions(info, questions, { kind: 'full' }, seededRandom(seed)).questions.map((q) => q.id);
  assert.deepEqual(ids(42), ids(42, shuffled(bank, seededRandom(9))));
  assert.notDeepEqual(ids(42), ids(43));
});

test('question weights steer the draw within a task', () => {
  const bank = fullBank(info, 10);
  const favoured = new Set(bank.filter((q) => q.id.endsWith('-0') || q.id.endsWith('-1')).map((q) => q.id));
  const weight = (q: { id: string }) => (favoured.has(q.id) ? 50 : 1);
  let hits = 0;
  let plain = 0;
  for (let seed = 0; seed < 20; seed++) {
    const config = { kind: 'custom', count: 19, minutes: null } as const;
    hits += selectQuestions(info, bank, config, seededRandom(seed), weight).questions.filter((q) => favoured.has(q.id)).length;
    plain += selectQuestions(info, bank, config, seededRandom(seed)).questions.filter((q) => favoured.has(q.id)).length;
  }
  // Unweighted, a fifth of the draw is favoured; weighted 50:1, nearly all of it.
  assert.ok(hits > 2 * plain, `weighted ${hits} vs plain ${plain}`);
});

test('question weights steer how a domain is spread over its tasks, but not the split over domains', () => {
  const bank = fullBank(info, 10);
  const weights = new Map(bank.filter((q) => q.task === '1.1').map((q) => [q.id, 5]));
  const { questions } = selectQuestions(info, bank, { kind: 'practice', count: 65, minutes: null }, seededRandom(7), weights);
  const byTask = countBy(questions.filter((q) => q.domain === '1'), (q) => q.task);
  // Domain 1 keeps its 16; task 1.1 weighs 5 against 1 for the other three: 10 of 16.
  assert.equal(Object.values(byTask).reduce((a, b) => a + b, 0), 16);
  assert.equal(byTask['1.1'], 10);
});

test('in a full mock exam weights choose questions within a task but never move the split over tasks', () => {
  const bank = fullBank(info, 10);
  const weights = new Map(bank.filter((q) => q.task === '1.1').map((q) => [q.id, 5]));
  const split = (w?: Map<string, number>) => countBy(selectQuestions(info, bank, { kind: 'full' }, seededRandom(7), w).questions, (q) => q.task);
  assert.deepEqual(split(weights), split());
  // Domain 1's 16 over its four tasks, evenly.
  assert.deepEqual(info.domains[0].tasks.map((t) => split(weights)[t.id]), [4, 4, 4, 4]);
});

test('questions met before are drawn only when their task has no other left, the least recently met first', () => {
  const bank = fullBank(info, 10);
  const task = (id: string) => bank.filter((q) => q.task === id);
  // Task 1.1 gets 4 of domain 1's 16. Met: 8 of its 10, at times 1 to 8; the two never met come first, then
  // the two met longest ago (times 1 and 2), whatever the seed.
  const met = new Map(task('1.1').slice(0, 8).map((q, i) => [q.id, i + 1]));
  const unmet = task('1.1').slice(8).map((q) => q.id);
  for (let seed = 0; seed < 10; seed++) {
    const drawn = selectQuestions(info, bank, { kind: 'full' }, seededRandom(seed), undefined, met).questions.filter((q) => q.task === '1.1').map((q) => q.id);
    assert.deepEqual([...drawn].sort(), [...unmet, task('1.1')[0].id, task('1.1')[1].id].sort(), `seed ${seed}`);
  }
  // Weights still choose among the questions not met, and the history leaves the rest of the exam alone.
  const favoured = task('1.2')[0].id;
  const heavy = (q: { id: string }) => (q.id === favoured ? 1e6 : 1);
  const plain = selectQuestions(info, bank, { kind: 'full' }, seededRandom(3), heavy);
  const withHistory = selectQuestions(info, bank, { kind: 'full' }, seededRandom(3), heavy, met);
  assert.ok(withHistory.questions.some((q) => q.id === favoured));
  const outside = (s: typeof plain) => s.questions.filter((q) => q.task !== '1.1').map((q) => q.id).sort();
  assert.deepEqual(outside(withHistory), outside(plain));
});

test('questions outside the blueprint are drawn only when nothing else is left', () => {
  const stray = [question({ id: 'stray-1', domain: '9', task: '9.1' })];
  const bank = [...fullBank(info, 1), ...stray];
  assert.ok(!selectQuestions(info, bank, { kind: 'custom', count: 10, minutes: null }, seededRandom(8)).questions.some((q) => q.id === 'stray-1'));
  assert.ok(selectQuestions(info, bank, { kind: 'full' }, seededRandom(8)).questions.some((q) => q.id === 'stray-1'));
});

test('a list keeps its order, skips duplicates, reports ids no longer in the bank, or shuffles by seed', () => {
  const bank = fullBank(info, 2);
  const ids = ['q-3.2-1', 'q-1.1-0', 'gone-1', 'q-3.2-1', 'q-4.3-0'];
  const kept = selectQuestions(info, bank, { kind: 'list', questionIds: ids, order: 'keep', minutes: null }, seededRandom(1));
  assert.deepEqual(kept.questions.map((q) => q.id), ['q-3.2-1', 'q-1.1-0', 'q-4.3-0']);
  assert.ok(kept.issues.some((i) => i.code === 'question-not-found' && i.message.includes('gone-1')));
  const many = bank.map((q) => q.id);
  const a = selectQuestions(info, bank, { kind: 'list', questionIds: many, order: 'shuffle', minutes: null }, seededRandom(1));
  const b = selectQuestions(info, bank, { kind: 'list', questionIds: many, order: 'shuffle', minutes: null }, seededRandom(1));
  assert.deepEqual(a.questions.map((q) => q.id), b.questions.map((q) => q.id));
  assert.notDeepEqual(a.questions.map((q) => q.id), many);
  assert.deepEqual(a.questions.map((q) => q.id).sort(), [...many].sort());
});

test('impossible requests give no questions and an error, never a throw', () => {
  const bank = fullBank(info, 2);
  assert.equal(selectQuestions(info, bank, { kind: 'custom', count: 0, minutes: null }, seededRandom(1)).issues[0].code, 'count-invalid');
  assert.equal(selectQuestions(info, [], { kind: 'full' }, seededRandom(1)).issues.at(-1)?.code, 'no-questions');
  assert.equal(selectQuestions(info, bank, { kind: 'list', questionIds: ['x'], order: 'keep', minutes: null }, seededRandom(1)).issues.at(-1)?.code, 'no-questions');
});
