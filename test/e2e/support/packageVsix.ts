/**
 * Packages Exam Kiosk as `npm run package` does (production bundles, then `vsce package --no-dependencies`), but
 * in a scratch copy of the project, so that the `dist/` of the tests running beside it is never rebuilt.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './paths';

/** What `vsce` reads besides the bundles: the manifest, the docs it shows, and what `.vscodeignore` ships. */
const PACKAGED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'media', 'question-banks'];

/** Builds and packages into a new temp folder; returns the `.vsix` path. Throws with vsce's output on failure. */
export function packageVsix(): string {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'exam-kiosk-vsix-'));
  for (const entry of PACKAGED) fs.cpSync(path.join(repoRoot, entry), path.join(stage, entry), { recursive: true });
  run(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), '--production', '--outdir', path.join(stage, 'dist')], repoRoot);
  const vsix = path.join(stage, 'exam-kiosk.vsix');
  run(process.execPath, [path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix], stage);
  return vsix;
}

function run(command: string, args: readonly string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(args[0])} ${args.slice(1).join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}
