import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupPath, readWithBackup, writeFileAtomic } from '../../../../src/core/storage/atomicFile';

const decodeJson = (text: string): unknown => JSON.parse(text);

test('a write replaces the file, keeps the previous version as backup and leaves no temp file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-atomic-'));
  const file = join(dir, 'exam.json');
  await writeFileAtomic(file, '{"v":1}');
  await writeFileAtomic(file, '{"v":2}');
  assert.equal(readFileSync(file, 'utf8'), '{"v":2}');
  assert.equal(readFileSync(backupPath(file), 'utf8'), '{"v":1}');
  assert.deepEqual(readdirSync(dir).sort(), ['exam.json', 'exam.json.bak']);
});

test('a truncated file is recovered from the backup, said so, and set aside rather than overwritten', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-atomic-'));
  const file = join(dir, 'exam.json');
  await writeFileAtomic(file, '{"v":1}');
  await writeFileAtomic(file, '{"v":2}');
  writeFileSync(file, '{"v":');
  const read = await readWithBackup(file, decodeJson);
  assert.equal(read.kind, 'ok');
  if (read.kind !== 'ok') return;
  assert.deepEqual(read.value, { v: 1 });
  assert.equal(read.origin, 'backup');
  assert.match(read.mainError ?? '', /JSON/);
  assert.ok(readdirSync(dir).some((name) => name.startsWith('exam.json.corrupt-')));
});

test('missing and unreadable files are told apart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-atomic-'));
  assert.deepEqual(await readWithBackup(join(dir, 'none.json'), decodeJson), { kind: 'missing' });
  const file = join(dir, 'bad.json');
  writeFileSync(file, 'not json');
  const read = await readWithBackup(file, decodeJson);
  assert.equal(read.kind, 'unreadable');
});

test('a decoder can refuse content with an error value, such as a future schema version', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-atomic-'));
  const file = join(dir, 'future.json');
  writeFileSync(file, '{"schema":99}');
  const read = await readWithBackup(file, (text) => {
    const value = JSON.parse(text) as { schema: number };
    return value.schema > 1 ? { error: `schema ${value.schema} is newer than this version understands` } : value;
  });
  assert.equal(read.kind, 'unreadable');
  if (read.kind === 'unreadable') assert.match(read.error, /schema 99/);
});
