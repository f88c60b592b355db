import { test } from 'node:test';
import assert from 'node:assert/strict';
import { masteryOf } from '../../../../src/core/progress/mastery';
import { buildState } from '../../../../src/core/progress/state';
import { buildSyncSummary, emptySync, mergeSync, syncCardSource, withSync } from '../../../../src/core/progress/sync';
import { decodeSync, encodeSync } from '../../../../src/core/progress/syncCodec';
import { answer, DAY, question, T0, taskHistory } from './fixtures';

const NOW = T0 + 50 * DAY;
const shared = question('shared', '2.1');

const laptop = buildState([...taskHistory('1.1', 10, 0, NOW - 5 * DAY), answer(shared, true, NOW - 10 * DAY)]);
const desktop = buildState([...taskHistory('1.1', 0, 10, NOW - 2 * DAY).map((r) => ({ ...r, questionId: `d-${r.questionId}` })), answer(shared, false, NOW - DAY)]);

test('each machine counts its own answers once and adds the other\'s', () => {
  const fromLaptop = buildSyncSummary(laptop, 'laptop', NOW);
  const fromDesktop = buildSyncSummary(desktop, 'desktop', NOW, fromLaptop);
  const onLaptop = withSync(laptop, fromDesktop, 'laptop');
  const task = onLaptop.banks.get('clf-c02')!.tasks.get('1.1')!;
  assert.equal(task.answers, 20);
  assert.equal(task.right, 10);
  const both = buildState([...taskHistory('1.1', 10, 0, NOW - 5 * DAY), ...taskHistory('1.1', 0, 10, NOW - 2 * DAY)]);
  const expected = masteryOf(both.banks.get('clf-c02')!.tasks.get('1.1'), NOW);
  const merged = masteryOf(task, NOW);
  assert.ok(Math.abs(merged.mean - expected.mean) < 1e-3, `${merged.mean} vs ${expected.mean}`);
  assert.ok(Math.abs(merged.evidence - expected.evidence) < 1e-2);
  // The laptop's own entry in the summary is ignored in favour of its live log.
  const again = withSync(laptop, fromDesktop, 'laptop').banks.get('clf-c02')!.tasks.get('1.1')!;
  assert.equal(again.answers, 20);
});

test('per question the later review wins, with its last outcome', () => {
  const summary = buildSyncSummary(desktop, 'desktop', NOW, buildSyncSummary(laptop, 'laptop', NOW));
  const card = withSync(laptop, summary, 'laptop').banks.get('clf-c02')!.questions.get('shared')!;
  assert.equal(card.lastCorrect, false);
  assert.equal(card.lastAnsweredAt, Math.round((NOW - DAY) / 60_000) * 60_000);
  assert.equal(card.card.due, card.lastAnsweredAt + card.card.scheduledDays * DAY);
});

test('merging is commutative, associative and idempotent', () => {
  const a = buildSyncSummary(laptop, 'laptop', NOW);
  const b = buildSyncSummary(desktop, 'desktop', NOW + 1);
  const c = buildSyncSummary(buildState(taskHistory('4.1', 3, 3, NOW)), 'tablet', NOW + 2);
  assert.deepEqual(mergeSync(a, b, NOW), mergeSync(b, a, NOW));
  assert.deepEqual(mergeSync(mergeSync(a, b, NOW), c, NOW), mergeSync(a, mergeSync(b, c, NOW), NOW));
  const ab = mergeSync(a, b, NOW);
  assert.deepEqual(mergeSync(ab, ab, NOW), ab);
  // A newer entry of the same machine replaces the older one.
  const later = buildSyncSummary(buildState([]), 'laptop', NOW + 5);
  assert.equal(mergeSync(ab, later, NOW).machines.laptop.updatedAt, NOW + 5);
});

test('the encoded summary round-trips; damaged or newer ones are ignored with an issue', () => {
  const summary = buildSyncSummary(desktop, 'desktop', NOW, buildSyncSummary(laptop, 'laptop', NOW));
  const encoded = encodeSync(summary);
  assert.ok(encoded.length < JSON.stringify(summary).length);
  assert.deepEqual(decodeSync(encoded), { value: summary, issues: [] });
  assert.deepEqual(decodeSync(summary).value, summary);
  assert.deepEqual(decodeSync(undefined), { value: emptySync(), issues: [] });
  for (const bad of ['ek1:!!!', 'plain', { format: 'exam-kiosk-progress-sync', version: 99, machines: {}, cards: {} }]) {
    const decoded = decodeSync(bad);
    assert.deepEqual(decoded.value, emptySync());
    assert.equal(decoded.issues[0].code, 'invalid-sync');
  }
  const partly = JSON.parse(JSON.stringify(summary));
  partly.cards['clf-c02'].shared[3] = 'x';
  const decoded = decodeSync(partly);
  assert.equal(decoded.value.cards['clf-c02'].shared, undefined);
  assert.equal(Object.keys(decoded.value.machines).length, 2);
  assert.match(decoded.issues[0].message, /1 synced review schedules/);
});

test('an answer here after a newer review elsewhere continues that review\'s schedule', () => {
  const q = question('moving', '3.1');
  const onLaptop = buildState([answer(q, true, T0), answer(q, true, T0 + 5 * DAY)]);
  const synced = buildSyncSummary(onLaptop, 'laptop', T0 + 6 * DAY);
  const later = answer(q, true, T0 + 20 * DAY);
  const onDesktop = buildState([answer(q, false, T0 - DAY), later], syncCardSource(synced)).banks.get('clf-c02')!.questions.get('moving')!;
  const everywhere = buildState([answer(q, true, T0), answer(q, true, T0 + 5 * DAY), later]).banks.get('clf-c02')!.questions.get('moving')!;
  assert.equal(onDesktop.card.reps, 3);
  assert.equal(onDesktop.card.scheduledDays, everywhere.card.scheduledDays);
  assert.ok(Math.abs(onDesktop.card.stability - everywhere.card.stability) < 0.01);
  assert.equal(onDesktop.attempts, 2, 'this machine\'s own history is unchanged');
  const alone = buildState([answer(q, false, T0 - DAY), later]).banks.get('clf-c02')!.questions.get('moving')!;
  assert.equal(alone.card.reps, 2);
});
