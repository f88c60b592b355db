import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { findBankRoots, loadBank } from '../core/bank/loadBank';
import type { Bank } from '../core/bank/model';

/** Default paths: `./question-banks` when it exists, else the current folder. */
export function defaultPaths(cwd: string): string[] {
  const banks = path.join(cwd, 'question-banks');
  return [existsSync(banks) ? banks : cwd];
}

/** Loads every bank at or under `paths`, in a stable order. */
export async function loadBanksAt(paths: readonly string[], options: { staleAfterMonths?: number; now?: Date } = {}): Promise<Bank[]> {
  const roots = await findBankRoots(paths);
  return Promise.all(roots.map((root) => loadBank(root, options)));
}
