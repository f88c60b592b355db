/**
 * Durable JSON-ish files for exams and progress: a write never leaves a half-written file behind, and the
 * previous good version is kept as a backup to recover from when the main file is damaged anyway (a disk
 * full, a crash of the whole machine, a user editing it by hand).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The backup kept beside `file`. */
export function backupPath(file: string): string {
  return `${file}.bak`;
}

let tempCounter = 0;

/**
 * Writes `data` to `file` atomically: a temp file in the same folder is written and fsynced, the current file
 * becomes the backup, and the temp file is renamed over the target. A reader sees the old or the new content,
 * never a mix.
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.${tempCounter++}.tmp`;
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.copyFile(file, backupPath(file));
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  await fs.rename(temp, file);
}

/** Where a value was read from, so callers can tell the user when a backup had to be used. */
export type ReadOrigin = 'main' | 'backup';

export type RecoveredRead<T> =
  | { readonly kind: 'ok'; readonly value: T; readonly origin: ReadOrigin; readonly mainError?: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly error: string };

/**
 * Reads `file` and decodes it with `decode` (which throws or returns an error string on bad content). When the
 * main file is damaged, the backup is tried; the result says which one was used and why the main one failed.
 * A damaged main file is renamed aside (`.corrupt-<time>`) rather than overwritten, so nothing is lost.
 */
export async function readWithBackup<T>(
  file: string,
  decode: (text: string) => T | { readonly error: string },
): Promise<RecoveredRead<T>> {
  const main = await tryRead(file, decode);
  if (main.kind === 'ok') return { kind: 'ok', value: main.value, origin: 'main' };
  const backup = await tryRead(backupPath(file), decode);
  if (main.kind === 'missing' && backup.kind === 'missing') return { kind: 'missing' };
  if (main.kind === 'error') await setAside(file);
  if (backup.kind === 'ok') {
    return {
      kind: 'ok',
      value: backup.value,
      origin: 'backup',
      mainError: main.kind === 'error' ? main.error : 'the file was missing',
    };
  }
  const reasons = [main.kind === 'error' ? `file: ${main.error}` : 'file: missing'];
  reasons.push(backup.kind === 'error' ? `backup: ${backup.error}` : 'backup: missing');
  return { kind: 'unreadable', error: reasons.join('; ') };
}

type TryRead<T> = { kind: 'ok'; value: T } | { kind: 'missing' } | { kind: 'error'; error: string };

async function tryRead<T>(file: string, decode: (text: string) => T | { readonly error: string }): Promise<TryRead<T>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    return { kind: 'error', error: errorMessage(error) };
  }
  try {
    const value = decode(text);
    if (isDecodeError(value)) return { kind: 'error', error: value.error };
    return { kind: 'ok', value };
  } catch (error) {
    return { kind: 'error', error: errorMessage(error) };
  }
}

function isDecodeError(value: unknown): value is { readonly error: string } {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && 'error' in value;
}

async function setAside(file: string): Promise<void> {
  try {
    await fs.rename(file, `${file}.corrupt-${Date.now()}`);
  } catch {
    // Setting aside is a courtesy for later inspection; recovery goes on without it.
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
