/**
 * A test-runner extension for code-server, where `@vscode/test-electron` can't run (it downloads desktop VS
 * Code): loaded beside Exam Kiosk by scripts/host-tests.mjs, it runs the same mocha suite that `npm run
 * test:vscode` runs in desktop VS Code, inside this extension host, once the window has started, and writes
 * every test's result to `results.json` in its global storage, where the script reads it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import type * as vscode from 'vscode';

/** What the script reads; `done` is written last. */
export interface HostTestResults {
  readonly tests: { title: string; state: 'passed' | 'failed' | 'pending'; durationMs: number; error?: string }[];
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  readonly done: true;
}

/** This file is `<repo>/test/vscode/runner/out/extension.js` (Node resolves the extension folder's link). */
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const suiteDir = path.join(repoRoot, 'out', 'host-tests', 'suite');

export function activate(context: vscode.ExtensionContext): void {
  const resultFile = path.join(context.globalStorageUri.fsPath, 'results.json');
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });
  fs.rmSync(resultFile, { force: true });
  void run().then(
    (results) => fs.writeFileSync(resultFile, JSON.stringify(results, null, 2)),
    (error: unknown) => {
      const results: HostTestResults = {
        tests: [{ title: 'loading the suite', state: 'failed', durationMs: 0, error: error instanceof Error ? error.stack ?? error.message : String(error) }],
        passed: 0,
        failed: 1,
        pending: 0,
        done: true,
      };
      fs.writeFileSync(resultFile, JSON.stringify(results, null, 2));
    },
  );
}

function run(): Promise<HostTestResults> {
  const grep = process.env.EXAM_KIOSK_HOST_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: Mocha.reporters.Base, ...(grep ? { grep } : {}) });
  for (const file of fs.readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort()) mocha.addFile(path.join(suiteDir, file));
  return new Promise((resolve) => {
    const tests: HostTestResults['tests'][number][] = [];
    const runner = mocha.run(() => {
      resolve({
        tests,
        passed: tests.filter((t) => t.state === 'passed').length,
        failed: tests.filter((t) => t.state === 'failed').length,
        pending: tests.filter((t) => t.state === 'pending').length,
        done: true,
      });
    });
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending', durationMs: 0 }));
    runner.on('fail', (test, error: Error) => tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? error.message }));
  });
}
