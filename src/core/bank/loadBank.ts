/**
 * Loads banks from disk: `bank.md` plus every `questions/**.md`. Files are only read and parsed to tokens
 * here; nothing is rendered. A broken file becomes issues and the rest of the bank still loads.
 */
import * as fsCallbacks from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { bankIdOf } from './bankId';
import { BankIndex } from './bankIndex';
import type { Bank, BankIssue } from './model';
import { MAX_QUESTION_CHARS } from './parseQuestion';

export const BANK_FILE = 'bank.md';
export const QUESTIONS_DIR = 'questions';

export interface LoadOptions {
  readonly now?: Date;
  readonly staleAfterMonths?: number;
}

export const DEFAULT_STALE_AFTER_MONTHS = 18;
/**
 * Files read at once. Reading small files is CPU work too (system calls in libuv's four threads), so all files
 * are read first and then parsed: parsing each file as its read completed measured 10–20% slower on two cores.
 */
const READ_CONCURRENCY = 64;

/** Loads the bank whose folder is `root` (the folder holding `bank.md`). Never throws. */
export async function loadBank(root: string, options: LoadOptions = {}): Promise<Bank> {
  return (await loadBankIndex(root, options)).bank();
}

/** Loads a bank into a {@link BankIndex} that can then be updated file by file. */
export async function loadBankIndex(root: string, options: LoadOptions = {}): Promise<BankIndex> {
  const bankFile = path.join(root, BANK_FILE);
  const now = options.now;
  const index = new BankIndex(root, bankFile, {
    now: () => now ?? new Date(),
    staleAfterMonths: options.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS,
  });
  const bankIssues: BankIssue[] = [];
  index.setBankText(await readBankText(bankFile, bankIssues), bankIssues);
  const files = await listQuestionFiles(path.join(root, QUESTIONS_DIR));
  const texts = await mapLimited(files, READ_CONCURRENCY, async (file) => {
    const issues: BankIssue[] = [];
    return { file, issues, text: await readBankText(file, issues) };
  });
  for (const { file, issues, text } of texts) {
    if (text === undefined) index.setQuestionUnreadable(file, issues);
    else index.setQuestionText(file, text);
  }
  return index;
}

export { bankIdOf };

/** Every `.md` file under `dir`, sorted; symbolic links and hidden folders are skipped. */
export async function listQuestionFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(current: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(full);
    }
  }
  await walk(dir);
  return out.sort();
}

/**
 * Bank folders at or under each path: a folder with `bank.md` is a bank; otherwise its sub-folders are searched
 * a few levels deep. A path inside a bank (a question file) resolves to that bank.
 */
export async function findBankRoots(paths: readonly string[], maxDepth = 4): Promise<string[]> {
  const roots = new Set<string>();
  async function search(dir: string, depth: number): Promise<void> {
    if (await isFile(path.join(dir, BANK_FILE))) {
      roots.add(path.resolve(dir));
      return;
    }
    if (depth >= maxDepth) return;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
        await search(path.join(dir, entry.name), depth + 1);
      }
    }
  }
  for (const given of paths) {
    const resolved = path.resolve(given);
    const owner = await bankRootOf(resolved);
    if (owner) roots.add(owner);
    else await search(resolved, 0);
  }
  return [...roots].sort();
}

/** The bank folder that contains `file` (a question file or `bank.md`), if any. */
export async function bankRootOf(file: string): Promise<string | undefined> {
  let dir = (await isFile(file)) ? path.dirname(file) : file;
  for (let i = 0; i < 12; i++) {
    if (await isFile(path.join(dir, BANK_FILE))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads a bank file as UTF-8, refusing one too large to be a bank file before reading it: one open, one fstat,
 * one read and one close, as few file-system calls as `fs.readFile`, with the size check included. Node's
 * callback API is used because the promise one costs twice as much per small file (FileHandle objects and
 * chunked reads), which is most of the time a large bank spends reading.
 */
export async function readBankText(file: string, issues: BankIssue[]): Promise<string | undefined> {
  try {
    const { size, text } = await readSmallFile(file, MAX_QUESTION_CHARS * 4);
    if (text === undefined) {
      issues.push({ file, line: 1, column: 1, severity: 'error', code: 'file-too-large', message: `This file is ${size} bytes; bank files are limited to ${MAX_QUESTION_CHARS} characters.` });
    }
    return text;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({ file, line: 1, column: 1, severity: 'error', code: 'file-unreadable', message: `The file could not be read: ${reason}` });
    return undefined;
  }
}

/** The file's text, or no text when it is larger than `maxBytes` (then it is not read at all). */
function readSmallFile(file: string, maxBytes: number): Promise<{ size: number; text: string | undefined }> {
  return new Promise((resolve, reject) => {
    fsCallbacks.open(file, 'r', (openError, fd) => {
      if (openError) return reject(openError);
      const finish = (error: Error | null, result?: { size: number; text: string | undefined }): void => {
        fsCallbacks.close(fd, () => (error ? reject(error) : resolve(result!)));
      };
      fsCallbacks.fstat(fd, (statError, stat) => {
        if (statError) return finish(statError);
        if (stat.size > maxBytes) return finish(null, { size: stat.size, text: undefined });
        // A file that grows while it is read is cut at the size it had; the watcher reads it again.
        const buffer = Buffer.allocUnsafe(stat.size);
        fsCallbacks.read(fd, buffer, 0, stat.size, 0, (readError, bytesRead) => {
          finish(readError, { size: stat.size, text: buffer.toString('utf8', 0, bytesRead) });
        });
      });
    });
  });
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  });
  await Promise.all(workers);
  return results;
}
