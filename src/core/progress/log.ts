/**
 * The answer log file: append-only JSON lines (format in `logFormat.ts`), each record appended
 * with a single write so that concurrent windows (O_APPEND) never interleave and a crash can at worst cut off
 * the last line. Reading never fails on content: a damaged or truncated line is skipped and reported with
 * its line number. A log from a newer format version is refused, never written to.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { errorMessage } from '../storage/atomicFile';
import type { ProgressIssue } from './issues';
import { headerProblem, isHeaderLike, newLogHeader, parseLogText, toHeader, tryParse, type LogHeader, type ParseOptions } from './logFormat';
import { encodeRecord, type AnswerRecord } from './records';

export type LogRead =
  | {
      readonly kind: 'ok';
      readonly header: LogHeader | undefined;
      readonly records: AnswerRecord[];
      readonly issues: ProgressIssue[];
      /** Byte offset just after the last complete line read: where a later tail read starts. */
      readonly bytes: number;
      /** Complete lines up to `bytes`. */
      readonly lines: number;
    }
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'unreadable'; readonly error: string };

/** Reads the log, or its tail from byte `fromByte` (which must be a line start, e.g. a previous `bytes`). */
export async function readLog(file: string, fromByte = 0, options: ParseOptions = {}): Promise<LogRead> {
  let buffer: Buffer;
  try {
    buffer = await readFrom(file, fromByte);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', error: errorMessage(error) };
  }
  // 0x0A never occurs inside a multi-byte UTF-8 sequence, so cutting at the last one keeps whole characters.
  const end = buffer.lastIndexOf(0x0a) + 1;
  const parsed = parseLogText(buffer.subarray(0, end).toString('utf8'), options);
  if (parsed.refused !== undefined) return { kind: 'refused', message: parsed.refused };
  let lines = 0;
  for (let i = buffer.indexOf(0x0a); i >= 0 && i < end; i = buffer.indexOf(0x0a, i + 1)) lines++;
  const issues = parsed.issues;
  if (end < buffer.length) {
    const line = (options.firstLine ?? 1) + lines;
    issues.push({
      code: 'incomplete-line',
      line,
      message: `Line ${line} of the answer log is incomplete (a write was cut off, or is still in progress) and was skipped.`,
    });
  }
  return { kind: 'ok', header: parsed.header, records: parsed.records, issues, bytes: fromByte + end, lines };
}

export type AppendResult =
  | { readonly kind: 'ok'; readonly header: LogHeader | undefined }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'error'; readonly error: string };

/**
 * Appends `records` in one write (one record: one line). A new log gets its header in the same write. When
 * the file does not end with a line end (a crash cut the last line), a line end is written first so the new
 * record does not merge with the damaged line.
 */
export async function appendRecords(file: string, records: readonly AnswerRecord[], now: number, sync = true): Promise<AppendResult> {
  if (records.length === 0) return { kind: 'ok', header: undefined };
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const handle = await fs.open(file, 'a+');
    try {
      const { size } = await handle.stat();
      let prefix = '';
      let header: LogHeader | undefined;
      if (size === 0) {
        header = newLogHeader(now);
        prefix = JSON.stringify(header) + '\n';
      } else {
        const first = await readFirstLine(handle, size);
        const value = tryParse(first);
        if (isHeaderLike(value)) {
          const problem = headerProblem(value);
          if (problem !== undefined) return { kind: 'refused', message: problem };
          header = toHeader(value);
        }
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      const data = Buffer.from(prefix + records.map(encodeRecord).join('\n') + '\n', 'utf8');
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await handle.write(data, written, data.length - written);
        written += bytesWritten;
      }
      if (sync) await handle.datasync();
      return { kind: 'ok', header };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { kind: 'error', error: errorMessage(error) };
  }
}

/** The header of the log, without reading the rest. */
export async function readLogHeader(
  file: string,
): Promise<{ kind: 'ok'; header: LogHeader | undefined } | { kind: 'missing' } | { kind: 'refused'; message: string } | { kind: 'unreadable'; error: string }> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const { size } = await handle.stat();
      const value = tryParse(await readFirstLine(handle, size));
      if (!isHeaderLike(value)) return { kind: 'ok', header: undefined };
      const problem = headerProblem(value);
      return problem === undefined ? { kind: 'ok', header: toHeader(value) } : { kind: 'refused', message: problem };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', error: errorMessage(error) };
  }
}

async function readFirstLine(handle: fs.FileHandle, size: number): Promise<string> {
  const buffer = Buffer.alloc(Math.min(size, 4096));
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
  const end = buffer.subarray(0, bytesRead).indexOf(0x0a);
  return buffer.subarray(0, end < 0 ? bytesRead : end).toString('utf8');
}

async function readFrom(file: string, fromByte: number): Promise<Buffer> {
  if (fromByte <= 0) return fs.readFile(file);
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.max(0, size - fromByte));
    let read = 0;
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, fromByte + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}
