import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadBank } from '../../../../src/core/bank/loadBank';
import type { BankInfo, Question } from '../../../../src/core/bank/model';
import { allocate } from '../../../../src/core/exam/apportion';
import { createExam } from '../../../../src/core/exam/createExam';
import type { ExamConfig, MetBefore } from '../../../../src/core/exam/examConfig';
import { apply } from '../../../../src/core/exam/examReducer';
import type { ExamState } from '../../../../src/core/exam/examState';
import { ExamStore } from '../../../../src/core/exam/examStore';
import { metInMocks, mockHistory, type ExamSource } from '../../../../src/core/exam/mockHistory';
import { submittedExamRecords } from '../../../../src/core/progress/examAnswers';
import type { AnswerRecord } from '../../../../src/core/progress/records';
import { buildState } from '../../../../src/core/progress/state';
import { mockExamWeights } from '../../../../src/core/progress/weakAreas';
import { blueprint, countBy, fullBank, T0 } from './fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MOCKS = 6;
const CLF_C02 = path.resolve(__dirname, '../../../../question-banks/clf-c02');

/** An exam store in a fresh folder, read the way the extension's exam service reads it. */
function storeSource(): { store: ExamStore; source: ExamSource } {
  const store = new ExamStore(mkdtempSync(path.join(tmpdir(), 'ek-mocks-')));
  const source: ExamSource = {
    list: () => store.list(),
    peek: async (id) => {
      const load = await store.load(id, Date.now());
      return load.kind === 'ok' ? load.state : undefined;
    },
  };
  return { store, source };
}

/** `state` with its first option chosen in every item (as many as each asks for), then submitted at `at`. */
function answerAndSubmit(state: ExamState, at: number): ExamState {
  let current = state;
  current.items.forEach((item, index) => {
    for (let option = 0; option < item.selectCount; option++) current = apply(current, { type: 'select', option, index }, at).state;
  });
  const submitted = apply(current, { type: 'submit' }, at).state;
  assert.equal(submitted.status, 'submitted');
  return submitted;
}

function start(info: BankInfo, questions: readonly Question[], config: ExamConfig, seed: number, now: number, extra: { metBefore?: MetBefore; weights?: Record<string, number> } = {}): ExamState {
  const { state, issues } = createExam({ info, questions, config, seed, now, weights: extra.weights ? new Map(Object.entries(extra.weights)) : undefined, metBefore: extra.metBefore });
  assert.ok(state, JSON.stringify(issues));
  return state;
}

test('a question counts as met once it was in a submitted full mock of the bank, at the time of its latest one', async () => {
  const info = blueprint();
  const bank = fullBank(info, 10);
  const { store, source } = storeSource();
  const first = answerAndSubmit(start(info, bank, { kind: 'full' }, 1, T0), T0 + HOUR);
  const second = answerAndSubmit(start(info, bank, { kind: 'full' }, 2, T0 + DAY), T0 + DAY + HOUR);
  // None of these count: a mock still in progress, a custom exam and a practice exam of the same bank, and a
  // mock of another bank.
  const running = start(info, bank, { kind: 'full' }, 3, T0 + 2 * DAY);
  const custom = answerAndSubmit(start(info, bank, { kind: 'custom', count: 10, minutes: null }, 4, T0 + 2 * DAY), T0 + 2 * DAY + HOUR);
  const practice = answerAndSubmit(start(info, bank, { kind: 'practice', count: 10, minutes: null }, 5, T0 + 2 * DAY), T0 + 2 * DAY + HOUR);
  const otherInfo = { ...info, id: 'other-bank' };
  const other = answerAndSubmit(start(otherInfo, bank, { kind: 'full' }, 6, T0 + 2 * DAY), T0 + 2 * DAY + HOUR);
  for (const state of [first, second, running, custom, practice, other]) await store.save(state);

  const met = await mockHistory(source, info.id);
  const expected = new Map<string, number>();
  for (const item of first.items) expected.set(item.questionId, T0 + HOUR);
  for (const item of second.items) expected.set(item.questionId, T0 + DAY + HOUR);
  assert.deepEqual(met, expected);
  assert.deepEqual(metInMocks([first, second, running, custom, practice, other], info.id), expected);
  assert.equal((await mockHistory(source, 'other-bank')).size, other.items.length);
  assert.equal((await mockHistory({ list: () => Promise.reject(new Error('gone')), peek: () => Promise.resolve(undefined) }, info.id)).size, 0);
});

/**
 * The blueprint's apportionment of a full exam, computed from the bank as the sampler does it (the full count over
 * the domains by weight, then each domain's share evenly over its task statements, none beyond what it has), and
 * the repeats six such mocks must make: in a task statement drawn c times a mock out of n questions, 6c − n.
 */
function apportionment(info: BankInfo, questions: readonly Question[]): { domains: number[]; tasks: Map<string, number>; forced: number } {
  const pools = info.domains.map((d) => d.tasks.map((t) => questions.filter((q) => q.domain === d.id && q.task === t.id).length));
  const domains = allocate(info.questionCount, info.domains.map((d, i) => ({ weight: d.weight, capacity: pools[i].reduce((a, b) => a + b, 0) })));
  const tasks = new Map<string, number>();
  let forced = 0;
  info.domains.forEach((d, i) => {
    const split = allocate(domains[i], pools[i].map((n) => ({ weight: n > 0 ? 1 : 0, capacity: n })));
    d.tasks.forEach((t, j) => {
      tasks.set(t.id, split[j]);
      forced += Math.max(0, MOCKS * split[j] - pools[i][j]);
    });
  });
  return { domains, tasks, forced };
}

/**
 * Six full mocks a day apart, each started as the extension starts one: with the weights of the answers so far
 * (all within the last week, so drawn less often) and, `withHistory`, the mocks before it read from the store.
 */
async function sixMocks(info: BankInfo, questions: readonly Question[], withHistory: boolean): Promise<ExamState[]> {
  const { store, source } = storeSource();
  const records: AnswerRecord[] = [];
  const mocks: ExamState[] = [];
  for (let m = 0; m < MOCKS; m++) {
    const now = T0 + m * DAY;
    const weights = mockExamWeights(questions, buildState(records).banks.get(info.id), now);
    const metBefore = withHistory ? await mockHistory(source, info.id) : undefined;
    const state = answerAndSubmit(start(info, questions, { kind: 'full' }, 1000 + m, now, { weights, metBefore }), now + 2 * HOUR);
    await store.save(state);
    records.push(...submittedExamRecords(state));
    mocks.push(state);
  }
  return mocks;
}

/** Questions of each mock that were in an earlier one, added up. */
function repeatsOf(mocks: readonly ExamState[]): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const mock of mocks) {
    for (const item of mock.items) if (seen.has(item.questionId)) repeats++;
    for (const item of mock.items) seen.add(item.questionId);
  }
  return repeats;
}

function assertBlueprint(mocks: readonly ExamState[], info: BankInfo, expected: ReturnType<typeof apportionment>): void {
  for (const mock of mocks) {
    assert.equal(mock.items.length, info.questionCount);
    assert.equal(new Set(mock.items.map((i) => i.questionId)).size, info.questionCount, 'no question twice in one mock');
    const byDomain = countBy(mock.items, (i) => i.domain);
    assert.deepEqual(info.domains.map((d) => byDomain[d.id] ?? 0), expected.domains);
    const byTask = countBy(mock.items, (i) => i.task);
    for (const [task, count] of expected.tasks) assert.equal(byTask[task] ?? 0, count, `task ${task}`);
  }
}

test('six full CLF-C02 mocks in a row repeat no more questions than the bank forces, each to the blueprint', async () => {
  // Read as of a date after every question's `updated` (a date in the future makes a question invalid).
  const bank = await loadBank(CLF_C02, { now: new Date('2030-01-01T00:00:00Z') });
  assert.ok(bank.info, 'the bundled bank has a blueprint');
  const expected = apportionment(bank.info, bank.questions);
  const mocks = await sixMocks(bank.info, bank.questions, true);
  assertBlueprint(mocks, bank.info, expected);
  const repeats = repeatsOf(mocks);
  assert.ok(repeats <= expected.forced, `${repeats} repeats in six mocks of ${bank.questions.length} questions; the bank forces ${expected.forced}`);
});

test('a bank with room for six mocks gives six without a repeat; without the history they repeat', async () => {
  // 30 questions a task statement: at most 5 of a task in a mock of 65, so six mocks fit.
  const info = blueprint();
  const questions = fullBank(info, 30);
  const expected = apportionment(info, questions);
  assert.equal(expected.forced, 0);
  const mocks = await sixMocks(info, questions, true);
  assertBlueprint(mocks, info, expected);
  assert.equal(repeatsOf(mocks), 0);
  // Drawing last week's questions less often is not enough on its own.
  assert.ok(repeatsOf(await sixMocks(info, questions, false)) > 0);
});
