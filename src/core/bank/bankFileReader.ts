/**
 * Reads bank files as UTF-8 text, refusing one too large to be a bank file before reading all of it. A bank load
 * reads thousands of small files, and each file-system call costs a trip through libuv's thread pool plus work on
 * the main thread (most of a large load's time), so files are read with as few calls as possible: open, one read
 * into a buffer the reader keeps, close. Only a file that fills the buffer costs an fstat and a second read.
 * Node's callback API is used because the promise one costs twice as much per small file.
 */
import * as fs from 'node:fs';
import type { BankIssue } from './model';
import { MAX_QUESTION_CHARS } from './parseQuestion';

/** Bank files larger than this many bytes are refused unread (a character is at most four UTF-8 bytes). */
const MAX_BANK_FILE_BYTES = MAX_QUESTION_CHARS * 4;
/** Real question files are 1–5 KB; larger ones take the fstat path. */
const BUFFER_BYTES = 16 * 1024;

export interface BankFileText {
  readonly file: string;
  /** The file's text; undefined when it could not be read or is too large (`issues` say why). */
  readonly text: string | undefined;
  readonly issues: BankIssue[];
}

/** Reads one file as UTF-8; an unreadable or oversized file becomes an issue instead of text. Never throws. */
export async function readBankText(file: string, issues: BankIssue[]): Promise<string | undefined> {
  const read = await readWith(Buffer.allocUnsafe(BUFFER_BYTES), file);
  issues.push(...read.issues);
  return read.text;
}

/** Reads `files`, `concurrency` at a time, each worker with its own buffer. Never throws. */
export async function readBankTexts(files: readonly string[], concurrency: number): Promise<BankFileText[]> {
  const results = new Array<BankFileText>(files.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, async () => {
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    while (next < files.length) {
      const index = next++;
      results[index] = await readWith(buffer, files[index]);
    }
  }));
  return results;
}

function readWith(buffer: Buffer, file: string): Promise<BankFileText> {
  return new Promise((resolve) => {
    readSmallFile(file, buffer, (error, size, text) => {
      if (error) {
        const reason = error.message;
        resolve({ file, text: undefined, issues: [{ file, line: 1, column: 1, severity: 'error', code: 'file-unreadable', message: `The file could not be read: ${reason}` }] });
      } else if (text === undefined) {
        resolve({ file, text, issues: [{ file, line: 1, column: 1, severity: 'error', code: 'file-too-large', message: `This file is ${size} bytes; bank files are limited to ${MAX_QUESTION_CHARS} characters.` }] });
      } else {
        resolve({ file, text, issues: [] });
      }
    });
  });
}

type Done = (error: Error | null, size: number, text: string | undefined) => void;

/** Reads the file's text, or gives no text when it is larger than {@link MAX_BANK_FILE_BYTES} (then it is not read whole). */
function readSmallFile(file: string, buffer: Buffer, done: Done): void {
  fs.open(file, 'r', (openError, fd) => {
    if (openError) return done(openError, 0, undefined);
    fs.read(fd, buffer, 0, buffer.length, 0, (readError, bytesRead) => {
      if (readError) return closeThen(fd, done, readError, 0, undefined);
      // A read that stops short of the buffer reached the end of the file.
      if (bytesRead < buffer.length) return closeThen(fd, done, null, bytesRead, buffer.toString('utf8', 0, bytesRead));
      fs.fstat(fd, (statError, stat) => {
        if (statError) return closeThen(fd, done, statError, 0, undefined);
        if (stat.size > MAX_BANK_FILE_BYTES) return closeThen(fd, done, null, stat.size, undefined);
        // A file that grows while it is read is cut at the size it had; the watcher reads it again.
        const whole = Buffer.allocUnsafe(stat.size);
        fs.read(fd, whole, 0, stat.size, 0, (wholeError, wholeRead) => closeThen(fd, done, wholeError, stat.size, whole.toString('utf8', 0, wholeRead)));
      });
    });
  });
}

function closeThen(fd: number, done: Done, error: Error | null, size: number, text: string | undefined): void {
  fs.close(fd, () => done(error, size, text));
}
