/**
 * Each kind of damaged progress file, for both the answer log and its summary: corrupt, truncated, empty and
 * from a newer version. Each is recovered or refused with a message, and none is silently overwritten.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOG_FILE, ProgressStore, SUMMARY_FILE } from '../../../../src/core/progress/store';
import { bankQuestions, DAY, T0 } from './fixtures';

const questions = bankQuestions(3);

/** A store folder with five answers, a written summary, and the texts of both files. */
async function storeWithAnswers(): Promise<{ dir: string; log: string; summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ek-damaged-'));
  const opened = await ProgressStore.open(dir, { now: () => T0, durable: false });
  assert.equal(opened.kind, 'ok');
  if (opened.kind !== 'ok') throw new Error('refused');
  for (let i = 0; i < 5; i++) {
    await opened.store.record(questions[i % 3], { correct: i % 2 === 0, timeMs: 10_000, answeredAt: T0 + i * DAY, mode: 'quiz' });
  }
  await opened.store.flush();
  return { dir, log: readFileSync(join(dir, LOG_FILE), 'utf8'), summary: readFileSync(join(dir, SUMMARY_FILE), 'utf8') };
}

async function reopen(dir: string) {
  return ProgressStore.open(dir, { now: () => T0 + 10 * DAY, durable: false });
}

test('a corrupt log line is skipped with its line number; the rest is kept and the file is not rewritten', async () => {
  const { dir, log } = await storeWithAnswers();
  const lines = log.split('\n');
  lines[2] = '{"this is": not json';
  writeFileSync(join(dir, LOG_FILE), lines.join('\n'));
  writeFileSync(join(dir, SUMMARY_FILE), '');
  const opened = await reopen(dir);
  assert.equal(opened.kind, 'ok');
  if (opened.kind !== 'ok') return;
  assert.equal(opened.store.state.records, 4);
  assert.ok(opened.issues.some((i) => i.line === 3 && /skipped|damaged|not/.test(i.message)), JSON.stringify(opened.issues));
  assert.equal(readFileSync(join(dir, LOG_FILE), 'utf8'), lines.join('\n'), 'the damaged log is left as it is');
});

test('a truncated log keeps every complete line and reports the cut one', async () => {
  const { dir, log } = await storeWithAnswers();
  const cut = log.slice(0, log.length - 25);
  writeFileSync(join(dir, LOG_FILE), cut);
  writeFileSync(join(dir, SUMMARY_FILE), '{"trunc');
  const opened = await reopen(dir);
  assert.equal(opened.kind, 'ok');
  if (opened.kind !== 'ok') return;
  assert.equal(opened.store.state.records, 4);
  assert.ok(opened.issues.length > 0, 'the cut line is reported');
  assert.equal(readFileSync(join(dir, LOG_FILE), 'utf8'), cut);
});

test('an empty log and an empty summary open as no progress, with nothing thrown away', async () => {
  const { dir } = await storeWithAnswers();
  writeFileSync(join(dir, LOG_FILE), '');
  writeFileSync(join(dir, SUMMARY_FILE), '');
  const opened = await reopen(dir);
  assert.equal(opened.kind, 'ok');
  if (opened.kind !== 'ok') return;
  assert.equal(opened.store.state.records, 0);
});

test('a summary that is corrupt, truncated, empty or stale is rebuilt from the log, never trusted', async () => {
  for (const damage of ['not json at all', '{"format":"exam-kiosk-progress-summary","vers', '']) {
    const { dir } = await storeWithAnswers();
    writeFileSync(join(dir, SUMMARY_FILE), damage);
    const opened = await reopen(dir);
    assert.equal(opened.kind, 'ok');
    if (opened.kind !== 'ok') continue;
    assert.equal(opened.store.state.records, 5, `summary ${JSON.stringify(damage.slice(0, 20))}`);
  }
});

test('a log from a newer version is refused with a message and left byte for byte', async () => {
  const { dir, log } = await storeWithAnswers();
  const header = JSON.parse(log.split('\n')[0]) as Record<string, unknown>;
  const future = [JSON.stringify({ ...header, version: 99 }), ...log.split('\n').slice(1)].join('\n');
  writeFileSync(join(dir, LOG_FILE), future);
  const opened = await reopen(dir);
  assert.equal(opened.kind, 'refused');
  if (opened.kind === 'refused') assert.match(opened.message, /newer/);
  assert.equal(readFileSync(join(dir, LOG_FILE), 'utf8'), future);
  assert.ok(readdirSync(dir).includes(LOG_FILE));
});
