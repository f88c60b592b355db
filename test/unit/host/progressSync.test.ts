import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildState } from '../../../src/core/progress/state';
import { withSync } from '../../../src/core/progress/sync';
import { certificationProgress } from '../../../src/core/progress/views';
import { MACHINE_KEY, ProgressSync, SYNC_KEY } from '../../../src/host/progress/progressSync';
import { answer, bankQuestions, DAY, INFO, T0 } from '../core/progress/fixtures';

/** A machine's global state: its own values, plus the synced key shared through `cloud` as Settings Sync would. */
class FakeGlobalState {
  readonly values = new Map<string, unknown>();
  syncedKeys: readonly string[] = [];
  writes = 0;
  constructor(private readonly cloud: Map<string, unknown>) {}
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    if (this.syncedKeys.includes(key) && this.cloud.has(key)) return this.cloud.get(key) as T;
    return (this.values.has(key) ? this.values.get(key) : fallback) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    this.writes++;
    if (this.syncedKeys.includes(key)) this.cloud.set(key, value);
    else this.values.set(key, value);
    return Promise.resolve();
  }
  setKeysForSync(keys: readonly string[]): void {
    this.syncedKeys = keys;
  }
}

const questions = bankQuestions(2);

test('two machines: each keeps its own id, publishes its own answers, and sees the other\'s', async () => {
  const cloud = new Map<string, unknown>();
  const stateA = new FakeGlobalState(cloud);
  const stateB = new FakeGlobalState(cloud);
  const a = new ProgressSync(stateA, () => T0 + DAY);
  const b = new ProgressSync(stateB, () => T0 + DAY);
  assert.deepEqual(stateA.syncedKeys, [SYNC_KEY]);
  assert.notEqual(a.machineId, b.machineId);
  assert.equal(a.machineId, a.machineId, 'the id is stable');
  assert.equal(stateA.values.get(MACHINE_KEY), a.machineId, 'kept in this machine\'s own state');
  assert.equal(cloud.has(MACHINE_KEY), false, 'and never synced');

  const localA = buildState(questions.slice(0, 6).map((q, i) => answer(q, i % 2 === 0, T0 + i * 60_000)));
  const localB = buildState(questions.slice(6, 10).map((q) => answer(q, true, T0 + 3_600_000)));
  await a.publish(localA);
  await b.publish(localB);
  assert.match(String(cloud.get(SYNC_KEY)), /^ek1:/);

  const seenByA = withSync(localA, a.current().summary, a.machineId);
  const view = certificationProgress(INFO, questions, seenByA, T0 + DAY);
  assert.equal(view.totalAnswers, 10, 'six here and four from the other machine, each counted once');
  assert.equal(view.answeredQuestions, 10);
  const seenByB = withSync(localB, b.current().summary, b.machineId);
  assert.equal(certificationProgress(INFO, questions, seenByB, T0 + DAY).totalAnswers, 10);
});

test('publishing writes only when this machine has new answers; clear starts the summary afresh', async () => {
  const cloud = new Map<string, unknown>();
  const state = new FakeGlobalState(cloud);
  const sync = new ProgressSync(state, () => T0);
  await sync.publish(buildState([]));
  assert.equal(cloud.has(SYNC_KEY), false, 'nothing to publish yet');
  const local = buildState([answer(questions[0], true, T0)]);
  await sync.publish(local);
  const first = cloud.get(SYNC_KEY);
  const writes = state.writes;
  await sync.publish(local);
  assert.equal(state.writes, writes, 'unchanged: no write (opening a window writes nothing)');
  assert.equal(cloud.get(SYNC_KEY), first);
  await sync.publish(buildState([answer(questions[0], true, T0), answer(questions[1], false, T0 + 1)]));
  assert.notEqual(cloud.get(SYNC_KEY), first);
  await sync.clear();
  assert.deepEqual(sync.current().summary.machines, {});
});

test('a damaged synced value is ignored with an issue, and reported as changed only once', () => {
  const cloud = new Map<string, unknown>([[SYNC_KEY, 'ek1:not-deflate']]);
  const sync = new ProgressSync(new FakeGlobalState(cloud));
  const first = sync.current();
  assert.equal(first.changed, true);
  assert.equal(first.issues[0]?.code, 'invalid-sync');
  assert.deepEqual(first.summary.machines, {});
  const again = sync.current();
  assert.equal(again.changed, false);
  assert.deepEqual(again.issues, []);
});
