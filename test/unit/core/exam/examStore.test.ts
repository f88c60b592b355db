import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExam } from '../../../../src/core/exam/createExam';
import { apply } from '../../../../src/core/exam/examReducer';
import type { ExamState } from '../../../../src/core/exam/examState';
import { ExamStore } from '../../../../src/core/exam/examStore';
import { backupPath } from '../../../../src/core/storage/atomicFile';
import { blueprint, fullBank, T0 } from './fixtures';

const info = blueprint();
const bank = fullBank(info, 3);

function newStore(): ExamStore {
  return new ExamStore(join(mkdtempSync(join(tmpdir(), 'ek-exams-')), 'exams'));
}

function exam(seed: number, now = T0, minutes: number | null = 30): ExamState {
  const { state } = createExam({ info, questions: bank, config: { kind: 'custom', count: 5, minutes }, seed, now });
  assert.ok(state);
  return state;
}

test('an exam saved after every action loads back as it was', async () => {
  const store = newStore();
  let state = exam(1);
  for (const action of [{ type: 'select', option: 2 }, { type: 'toggle-flag' }, { type: 'next' }] as const) {
    state = apply(state, action, T0 + 1000).state;
    void store.save(state);
  }
  await store.flush();
  const loaded = await store.load(state.id, T0 + 2000);
  assert.equal(loaded.kind, 'ok');
  if (loaded.kind !== 'ok') return;
  // Loading leaves the exam suspended until the kiosk shows it again.
  assert.deepEqual(loaded.state, { ...state, viewingSince: null });
  assert.equal(loaded.recovered, false);
  assert.deepEqual(loaded.issues, []);
});

test('rapid saves are written in order and the newest wins', async () => {
  const store = newStore();
  let state = exam(2);
  const saves: Promise<void>[] = [];
  for (let i = 0; i < 20; i++) {
    state = apply(state, { type: 'set-comment', text: `comment ${i}` }, T0 + i).state;
    saves.push(store.save(state));
  }
  await Promise.all(saves);
  const onDisk = JSON.parse(readFileSync(store.fileOf(state.id), 'utf8')) as ExamState;
  assert.equal(onDisk.items[0].comment, 'comment 19');
});

test('list shows past exams newest first with their score, and finds the active one', async () => {
  const store = newStore();
  const old = apply(exam(3, T0), { type: 'submit' }, T0 + 1000).state;
  const running = exam(4, T0 + 86_400_000);
  await store.save(old);
  await store.save(running);
  const { entries, problems } = await store.list();
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => e.id), [running.id, old.id]);
  assert.equal(entries[1].status, 'submitted');
  assert.deepEqual(entries[1].result, old.result);
  assert.equal(entries[1].kind, 'custom');
  assert.equal(entries[1].bankId, 'test-bank');
  assert.equal(entries[1].questionCount, 5);
  assert.equal((await store.findActive())?.id, running.id);
});

test('the list cache follows changes to the exam files', async () => {
  const store = newStore();
  const state = exam(5);
  await store.save(state);
  assert.equal((await store.list()).entries[0].status, 'in-progress');
  assert.ok(readdirSync(store.dir).includes('.index.json'));
  await store.save(apply(state, { type: 'submit' }, T0 + 10).state);
  assert.equal((await store.list()).entries[0].status, 'submitted');
  assert.equal(await store.findActive(), undefined);
  writeFileSync(join(store.dir, '.index.json'), '{ broken');
  assert.equal((await store.list()).entries.length, 1);
  assert.equal(await store.delete(state.id), true);
  assert.deepEqual((await store.list()).entries, []);
  assert.deepEqual(readdirSync(store.dir).filter((n) => n.startsWith(state.id)), []);
});

test('an exam whose time ran out while VS Code was closed is submitted on load, and saved so', async () => {
  const store = newStore();
  const state = apply(exam(6, T0, 10), { type: 'select', option: 0 }, T0 + 1000).state;
  await store.save(state);
  const loaded = await store.load(state.id, T0 + 3_600_000);
  assert.equal(loaded.kind, 'ok');
  if (loaded.kind !== 'ok') return;
  assert.equal(loaded.submittedWhileClosed, true);
  assert.equal(loaded.state.submitReason, 'time-up-while-closed');
  assert.equal(loaded.issues[0].code, 'time-up-while-closed');
  const again = await store.load(state.id, T0 + 7_200_000);
  assert.ok(again.kind === 'ok' && again.state.status === 'submitted' && !again.submittedWhileClosed);
});

test('a truncated exam file is recovered from the backup, with a message, and repaired on disk', async () => {
  const store = newStore();
  const first = exam(7);
  const second = apply(first, { type: 'toggle-flag' }, T0 + 1000).state;
  await store.save(first);
  await store.save(second);
  const text = readFileSync(store.fileOf(first.id), 'utf8');
  writeFileSync(store.fileOf(first.id), text.slice(0, text.length / 2));
  const listed = await store.list();
  assert.equal(listed.entries[0].damaged, true);
  const loaded = await store.load(first.id, T0 + 2000);
  assert.equal(loaded.kind, 'ok');
  if (loaded.kind !== 'ok') return;
  assert.equal(loaded.recovered, true);
  assert.equal(loaded.issues[0].code, 'exam-recovered');
  assert.equal(loaded.state.items[0].flagged, false, 'the backup is the version before the last save');
  assert.ok(readdirSync(store.dir).some((n) => n.startsWith(`${first.id}.json.corrupt-`)), 'the damaged file is kept aside');
  assert.equal(JSON.parse(readFileSync(store.fileOf(first.id), 'utf8')).id, first.id, 'the main file is whole again');
});

test('a damaged file with a corrupt backup is reported as unreadable, never thrown, and nothing is deleted', async () => {
  const store = newStore();
  const state = exam(8);
  await store.save(state);
  await store.save(state);
  writeFileSync(store.fileOf(state.id), '{"schema":1,"id":');
  writeFileSync(backupPath(store.fileOf(state.id)), 'garbage');
  const loaded = await store.load(state.id, T0);
  assert.equal(loaded.kind, 'unreadable');
  assert.ok(loaded.kind === 'unreadable' && /could not be read/.test(loaded.message));
  assert.ok(readdirSync(store.dir).some((n) => n.startsWith(`${state.id}.json.corrupt-`)));
  assert.ok(readdirSync(store.dir).includes(`${state.id}.json.bak`));
});

test('a corrupt backup does not matter while the main file is good', async () => {
  const store = newStore();
  const state = exam(9);
  await store.save(state);
  await store.save(state);
  writeFileSync(backupPath(store.fileOf(state.id)), '{');
  const loaded = await store.load(state.id, T0);
  assert.ok(loaded.kind === 'ok' && !loaded.recovered);
});

test('an exam from a newer Exam Kiosk is refused with a clear message and left untouched', async () => {
  const store = newStore();
  const state = exam(10);
  await store.save(state);
  const future = JSON.stringify({ ...state, schema: 2, newField: [1, 2, 3] });
  writeFileSync(store.fileOf(state.id), future);
  const loaded = await store.load(state.id, T0 + 1e9);
  assert.equal(loaded.kind, 'refused');
  assert.ok(loaded.kind === 'refused' && /newer version of Exam Kiosk/.test(loaded.message) && /format 2/.test(loaded.message));
  assert.equal(readFileSync(store.fileOf(state.id), 'utf8'), future);
  assert.ok(!readdirSync(store.dir).some((n) => n.includes('corrupt')));
  const listed = await store.list();
  assert.deepEqual(listed.entries, []);
  assert.match(listed.problems[0].message, /newer version/);
});

test('missing exams and unusable ids are answered, not thrown', async () => {
  const store = newStore();
  assert.deepEqual(await store.load('exam-none', T0), { kind: 'missing' });
  assert.equal((await store.load('../../x', T0)).kind, 'unreadable');
  assert.equal(await store.delete('../x'), false);
  assert.deepEqual(await store.list(), { entries: [], problems: [] });
  await assert.rejects(store.save({ ...exam(11), id: '../escape' }));
});
