/**
 * Loads banks from disk: `bank.md` plus every `questions/**.md`. Files are only read and parsed here;
 * nothing is rendered. A broken file becomes issues and the rest of the bank still loads.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { bankIdOf } from './bankId';
import { walkFiles } from '../storage/walkFiles';
import { BankIndex } from './bankIndex';
import { readBankText, readBankTexts } from './bankFileReader';
import type { Bank, BankIssue } from './model';

export const BANK_FILE = 'bank.md';
export const QUESTIONS_DIR = 'questions';

export interface LoadOptions {
  readonly now?: Date;
  readonly staleAfterMonths?: number;
}

export const DEFAULT_STALE_AFTER_MONTHS = 18;
/**
 * Files read at once. Reading small files is CPU work too (system calls in libuv's four threads), so all files
 * are read first and then parsed: parsing each file as its read completed measured 10–20% slower on two cores
 * (and, again with the fast parser, took 40% more CPU).
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
  for (const { file, issues, text } of await readBankTexts(files, READ_CONCURRENCY)) {
    if (text === undefined) index.setQuestionUnreadable(file, issues);
    else index.setQuestionText(file, text);
  }
  return index;
}

export { bankIdOf, readBankText };

/** Every `.md` file under `dir`, sorted; symbolic links and hidden folders are skipped. */
export async function listQuestionFiles(dir: string): Promise<string[]> {
  const files = await walkFiles(dir, {
    enter: (entry) => !entry.name.startsWith('.'),
    keep: (entry) => !entry.name.startsWith('.') && entry.name.toLowerCase().endsWith('.md'),
  });
  return files.sort();
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
