/**
 * The git commit a bank is at, read from `.git` files directly. Running `git` inside a folder cloned from
 * anywhere could run that repository's configured hooks or fsmonitor commands; reading HEAD and refs cannot.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The commit checked out in the repository containing `folder`, or undefined when it is not in one. */
export async function gitCommitOf(folder: string): Promise<string | undefined> {
  const gitDir = await findGitDir(path.resolve(folder));
  if (!gitDir) return undefined;
  const head = (await readText(path.join(gitDir, 'HEAD')))?.trim();
  if (!head) return undefined;
  if (SHA.test(head)) return head;
  const ref = /^ref:\s*(refs\/[^\s]+)$/.exec(head)?.[1];
  if (!ref || ref.includes('..')) return undefined;
  const loose = (await readText(path.join(gitDir, ref)))?.trim();
  if (loose && SHA.test(loose)) return loose;
  const commonDir = (await readText(path.join(gitDir, 'commondir')))?.trim();
  const dirs = commonDir ? [gitDir, path.resolve(gitDir, commonDir)] : [gitDir];
  for (const dir of dirs) {
    if (dir !== gitDir) {
      const shared = (await readText(path.join(dir, ref)))?.trim();
      if (shared && SHA.test(shared)) return shared;
    }
    const packed = await readText(path.join(dir, 'packed-refs'));
    const line = packed?.split('\n').find((l) => l.endsWith(` ${ref}`));
    const sha = line?.split(' ')[0];
    if (sha && SHA.test(sha)) return sha;
  }
  return undefined;
}

async function findGitDir(start: string): Promise<string | undefined> {
  let dir = start;
  for (let i = 0; i < 40; i++) {
    const candidate = path.join(dir, '.git');
    try {
      const stat = await fs.stat(candidate);
      if (stat.isDirectory()) return candidate;
      // A worktree or submodule: `.git` is a file naming the real folder.
      const pointer = /^gitdir:\s*(.+)$/m.exec((await fs.readFile(candidate, 'utf8')).trim())?.[1];
      if (pointer) return path.resolve(dir, pointer.trim());
    } catch {
      // Not here; look further up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
