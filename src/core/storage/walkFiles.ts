import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';

export interface WalkFilter {
  /** Whether to go into a folder (by its entry). Symbolic links are never followed. */
  readonly enter: (entry: Dirent) => boolean;
  /** Whether to keep a file (by its entry). */
  readonly keep: (entry: Dirent) => boolean;
}

/**
 * Every file under `dir` that `filter` keeps, unsorted. Symbolic links are skipped, so a bank cloned from anywhere
 * cannot point the loader at files outside it; unreadable folders are skipped too.
 */
export async function walkFiles(dir: string, filter: WalkFilter): Promise<string[]> {
  const out: string[] = [];
  async function walk(current: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isSymbolicLink()) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (filter.enter(entry)) await walk(full);
      } else if (entry.isFile() && filter.keep(entry)) {
        out.push(full);
      }
    }
  }
  await walk(dir);
  return out;
}
