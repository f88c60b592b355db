import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOG_FORMAT } from '../../../../src/core/progress/logFormat';
import { buildState } from '../../../../src/core/progress/state';
import { LOG_FILE, ProgressStore, SUMMARY_FILE } from '../../../../src/core/progress/store';
import { decodeSummary, encodeSummary } from '../../../../src/core/progress/summary';
import { certificationProgress } from '../../../../src/core/progress/views';
import { bankQuestions, DAY, INFO, T0 } from './fixtures';

const questions = bankQuestions(3);

async function openStore(dir: string, clock = { now: T0 }): Promise<ProgressStore> {
  const opened = await ProgressStore.open(dir, { now: () => clock.now, durable: false });
  assert.equal(opened.kind, 'ok');
  if (opened.kind !== 'ok') throw new Error('refused');
  return opened.store;
}

async function answerSome(store: ProgressStore, count: number, start: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const result = await store.record(questions[i % questions.length], { correct: i % 3 !== 0, timeMs: 20_000, answeredAt: start + i * DAY, mode: 'practice' });
    assert.deepEqual(result.issues, []);
    assert.ok(result.value);
  }
}

test('answers survive a restart: the summary plus the log\'s tail equal a replay of the whole log', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-store-'));
  const store = await openStore(dir);
  await answerSome(store, 20, T0);
  await store.flush();
  await answerSome(store, 5, T0 + 30 * DAY); // in the log, not in the summary yet
  const reopened = await openStore(dir);
  const now = T0 + 40 * DAY;
  const fromStore = certificationProgress(INFO, questions, reopened.state, now);
  assert.equal(fromStore.totalAnswers, 25);
  const lines = readFileSync(join(dir, LOG_FILE), 'utf8').trim().split('\n').slice(1).map((l) => JSON.parse(l));
  const replayed = certificationProgress(INFO, questions, buildState(lines), now);
  assert.deepEqual(fromStore, replayed);
});

test('the summary encodes the state losslessly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-store-'));
  const store = await openStore(dir);
  await answerSome(store, 12, T0);
  const position = { logId: 'x', bytes: 10, lines: 2 };
  const decoded = decodeSummary(encodeSummary(store.state, position));
  assert.ok(!('error' in decoded) && decoded.kind === 'ok');
  if ('error' in decoded || decoded.kind !== 'ok') return;
  assert.deepEqual(decoded.state, store.state);
  assert.deepEqual(decoded.position, position);
});

test('a damaged summary, or one from before a reset, is rebuilt from the log', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-store-'));
  const store = await openStore(dir);
  await answerSome(store, 6, T0);
  await store.flush();
  writeFileSync(join(dir, SUMMARY_FILE), '{"format":"exam-kiosk-progress-summary","version":1,"log":');
  writeFileSync(join(dir, SUMMARY_FILE + '.bak'), 'garbage');
  const opened = await ProgressStore.open(dir, { now: () => T0, durable: false });
  assert.equal(opened.kind, 'ok');
  if (opened.kind !== 'ok') return;
  assert.equal(opened.store.state.records, 6);
  assert.ok(opened.issues.some((i) => i.code === 'summary-unreadable'));
});

test('two windows appending to the same log see each other\'s answers after a refresh', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-store-'));
  const one = await openStore(dir);
  await answerSome(one, 1, T0);
  const two = await openStore(dir);
  await answerSome(two, 3, T0 + DAY);
  await answerSome(one, 2, T0 + 10 * DAY);
  assert.equal(one.state.records, 6, 'appending reads the tail first');
  await two.refresh();
  assert.equal(two.state.records, 6);
  assert.deepEqual(one.state, two.state);
});

test('a log from a newer version is refused at open and left untouched', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-store-'));
  const text = JSON.stringify({ format: LOG_FORMAT, version: 9, logId: 'z', createdAt: T0 }) + '\n';
  writeFileSync(join(dir, LOG_FILE), text);
  const opened = await ProgressStore.open(dir, { durable: false });
  assert.equal(opened.kind, 'refused');
  if (opened.kind === 'refused') assert.match(opened.message, /newer version of Exam Kiosk \(format version 9/);
  assert.equal(readFileSync(join(dir, LOG_FILE), 'utf8'), text);
  assert.ok(!existsSync(join(dir, SUMMARY_FILE)));
});

test('reset keeps the old log as a backup and starts empty', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-store-'));
  const store = await openStore(dir);
  await answerSome(store, 4, T0);
  await store.flush();
  const oldLog = readFileSync(join(dir, LOG_FILE), 'utf8');
  const reset = await store.reset();
  assert.deepEqual(reset.issues, []);
  assert.ok(reset.value.backup);
  assert.equal(readFileSync(reset.value.backup!, 'utf8'), oldLog);
  assert.equal(store.state.records, 0);
  assert.ok(!existsSync(join(dir, SUMMARY_FILE)));
  await answerSome(store, 1, T0 + DAY);
  const reopened = await openStore(dir);
  assert.equal(reopened.state.records, 1);
});
