/**
 * Gathers the markdown files to import from the paths a user gives (files or folders), with a label for each
 * (the path from the given folder's name down, e.g. `kananinirav/practice-exam/practice-exam-1.md`), its
 * licence, and the git remote of the repository it was cloned from when there is one.
 */
import { existsSync, promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { SourceDocument } from './importQuestions';
import { findLicense, LICENSE_FILE, type FoundLicense } from './license';
import { walkFiles } from '../storage/walkFiles';

export interface CollectedSources {
  readonly documents: SourceDocument[];
  /** Licence files found, as labels. */
  readonly licenseFiles: string[];
  /** The origins of the sources: git remote URLs, else the given folder or file names. */
  readonly origins: string[];
  /** Paths that could not be read, with why. */
  readonly problems: string[];
}

/** Files larger than this are not question banks (the biggest community banks are a few hundred kilobytes). */
const MAX_SOURCE_BYTES = 8 * 1024 * 1024;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.github']);

/** Collects the `.md` files at or under `paths`, sorted naturally (`exam-2` before `exam-10`). Never throws. */
export async function collectSources(paths: readonly string[], cwd: string): Promise<CollectedSources> {
  const documents: SourceDocument[] = [];
  const licenseFiles = new Set<string>();
  const origins = new Set<string>();
  const problems: string[] = [];
  const licenses = new Map<string, FoundLicense>();
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch {
      problems.push(`${given}: no such file or folder`);
      continue;
    }
    const base = stat.isDirectory() ? full : path.dirname(full);
    const files = stat.isDirectory() ? await markdownFiles(full) : [full];
    origins.add(gitOrigin(base) ?? path.basename(full));
    for (const file of files) {
      let text: string;
      try {
        const size = (await fs.stat(file)).size;
        if (size > MAX_SOURCE_BYTES) {
          problems.push(`${file}: ${size} bytes is too large for a question bank file`);
          continue;
        }
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const dir = path.dirname(file);
      const found = licenses.get(dir) ?? findLicense(dir);
      licenses.set(dir, found);
      if (found.file) licenseFiles.add(labelOf(base, found.file));
      documents.push({ label: labelOf(base, file), text, license: found.license });
    }
  }
  return { documents, licenseFiles: [...licenseFiles], origins: [...origins], problems };
}

/** `<name of the given folder>/<path below it>`, with forward slashes; `..` when the file lies above it. */
function labelOf(base: string, file: string): string {
  return [path.basename(base), path.relative(base, file)].join('/').split(path.sep).join('/');
}

async function markdownFiles(dir: string): Promise<string[]> {
  const files = await walkFiles(dir, {
    enter: (entry) => !SKIPPED_DIRS.has(entry.name),
    keep: (entry) => !SKIPPED_DIRS.has(entry.name) && /\.(md|markdown)$/i.test(entry.name) && !LICENSE_FILE.test(entry.name),
  });
  return files.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * The `origin` remote URL of the git repository holding `dir`, without credentials; undefined when there is no
 * repository or no origin. The nearest `.git` decides, as git does: a folder, or a file pointing to the git
 * folder of a worktree or submodule.
 */
export function gitOrigin(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (let level = 0; level < 32; level++) {
    const dotGit = path.join(current, '.git');
    if (existsSync(dotGit)) {
      const config = readGitConfig(dotGit);
      const section = /\[remote "origin"\]([^[]*)/.exec(config ?? '')?.[1] ?? '';
      const url = /^\s*url\s*=\s*(.+)$/m.exec(section)?.[1]?.trim();
      return url ? url.replace(/\/\/[^/@]*@/, '//') : undefined;
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

function readGitConfig(dotGit: string): string | undefined {
  try {
    if (statSync(dotGit).isDirectory()) return readFileSync(path.join(dotGit, 'config'), 'utf8');
    const gitDir = path.resolve(path.dirname(dotGit), /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim() ?? '');
    const common = path.join(gitDir, 'commondir');
    const configDir = existsSync(common) ? path.resolve(gitDir, readFileSync(common, 'utf8').trim()) : gitDir;
    return readFileSync(path.join(configDir, 'config'), 'utf8');
  } catch {
    return undefined;
  }
}
