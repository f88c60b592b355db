import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendRecords, readLog } from '../../../../src/core/progress/log';
import { LOG_FORMAT } from '../../../../src/core/progress/logFormat';
import { encodeRecord } from '../../../../src/core/progress/records';
import { answer, question, T0 } from './fixtures';

const q = question('q1', '1.1');

function tempLog(): string {
  return join(mkdtempSync(join(tmpdir(), 'ek-log-')), 'answers.jsonl');
}

test('records are appended one line each after a header, and read back in order', async () => {
  const file = tempLog();
  const records = [answer(q, true, T0), answer(q, false, T0 + 1000), answer(q, true, T0 + 2000, { mode: 'exam' })];
  for (const record of records) assert.equal((await appendRecords(file, [record], T0, false)).kind, 'ok');
  const lines = readFileSync(file, 'utf8').split('\n');
  assert.equal(lines.length, 5, 'header, three records, final line end');
  assert.equal(JSON.parse(lines[0]).format, LOG_FORMAT);
  const read = await readLog(file);
  assert.equal(read.kind, 'ok');
  if (read.kind !== 'ok') return;
  assert.deepEqual(read.records, records);
  assert.deepEqual(read.issues, []);
  assert.equal(read.lines, 4);
  assert.equal(read.bytes, statSync(file).size);
});

test('a line cut off by a crash is skipped and reported, and the next append starts on a new line', async () => {
  const file = tempLog();
  const first = answer(q, true, T0);
  await appendRecords(file, [first], T0, false);
  const cut = encodeRecord(answer(q, false, T0 + 1000));
  appendFileSync(file, cut.slice(0, 40));
  const afterCrash = await readLog(file);
  assert.equal(afterCrash.kind, 'ok');
  if (afterCrash.kind !== 'ok') return;
  assert.deepEqual(afterCrash.records, [first]);
  assert.deepEqual(afterCrash.issues.map((i) => [i.code, i.line]), [['incomplete-line', 3]]);

  const next = answer(q, true, T0 + 2000);
  await appendRecords(file, [next], T0, false);
  const read = await readLog(file);
  assert.equal(read.kind, 'ok');
  if (read.kind !== 'ok') return;
  assert.deepEqual(read.records, [first, next]);
  assert.deepEqual(read.issues.map((i) => [i.code, i.line]), [['damaged-line', 3]]);
});

test('garbage and invalid lines are skipped with their line numbers; duplicates are dropped', async () => {
  const file = tempLog();
  const a = answer(q, true, T0);
  const b = answer(q, false, T0 + 1000);
  await appendRecords(file, [a], T0, false);
  appendFileSync(file, 'not json at all\n\n{"id":"x","questionId":"q1"}\n' + encodeRecord(a) + '\n');
  await appendRecords(file, [b], T0, false);
  const read = await readLog(file);
  assert.equal(read.kind, 'ok');
  if (read.kind !== 'ok') return;
  assert.deepEqual(read.records, [a, b]);
  assert.deepEqual(read.issues.map((i) => [i.code, i.line]), [
    ['damaged-line', 3],
    ['damaged-line', 4],
    ['invalid-record', 5],
    ['duplicate-record', 6],
  ]);
  assert.match(read.issues[0].message, /Line 3/);
});

test('a tail read from a previous position returns only the new lines, with their real line numbers', async () => {
  const file = tempLog();
  await appendRecords(file, [answer(q, true, T0)], T0, false);
  const first = await readLog(file);
  assert.equal(first.kind, 'ok');
  if (first.kind !== 'ok') return;
  const later = answer(q, false, T0 + 1000);
  appendFileSync(file, 'garbage\n');
  await appendRecords(file, [later], T0, false);
  const tail = await readLog(file, first.bytes, { firstLine: first.lines + 1 });
  assert.equal(tail.kind, 'ok');
  if (tail.kind !== 'ok') return;
  assert.deepEqual(tail.records, [later]);
  assert.deepEqual(tail.issues.map((i) => i.line), [3]);
});

test('a log from a newer format version is refused and never written to', async () => {
  const file = tempLog();
  const future = JSON.stringify({ format: LOG_FORMAT, version: 2, logId: 'abc', createdAt: T0 }) + '\n{"whatever":1}\n';
  writeFileSync(file, future);
  const read = await readLog(file);
  assert.equal(read.kind, 'refused');
  if (read.kind === 'refused') assert.match(read.message, /newer version/);
  const append = await appendRecords(file, [answer(q, true, T0)], T0, false);
  assert.equal(append.kind, 'refused');
  assert.equal(readFileSync(file, 'utf8'), future);
});

test('a log cut off inside its very first write still yields nothing wrong', async () => {
  const file = tempLog();
  await appendRecords(file, [answer(q, true, T0)], T0, false);
  truncateSync(file, 20);
  const read = await readLog(file);
  assert.equal(read.kind, 'ok');
  if (read.kind !== 'ok') return;
  assert.deepEqual(read.records, []);
  assert.equal(read.issues[0].code, 'incomplete-line');
  const next = answer(q, false, T0 + 5);
  await appendRecords(file, [next], T0, false);
  const after = await readLog(file);
  assert.equal(after.kind, 'ok');
  if (after.kind === 'ok') assert.deepEqual(after.records, [next]);
});
