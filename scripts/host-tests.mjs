// Runs the in-host test suite (test/vscode/suite/) inside code-server's extension host: builds the extension
// and the suite, starts code-server with Exam Kiosk and the test-runner extension (test/vscode/runner/) in a
// fresh profile, opens the workbench in Chromium (code-server starts an extension host only for a connected
// window), waits for the runner's results and prints them. Ends with "host: N passed, N failed".
//
//   node scripts/host-tests.mjs                     build, then run every test
//   node scripts/host-tests.mjs --no-build          skip the builds
//   node scripts/host-tests.mjs --grep "progress"   only the tests whose full title matches
//
// The same suite runs in desktop VS Code with `npm run test:vscode` (@vscode/test-cli, .vscode-test.mjs).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { require as tsxRequire } from 'tsx/cjs/api';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const grepAt = args.indexOf('--grep');
if (grepAt >= 0) process.env.EXAM_KIOSK_HOST_TEST_GREP = args[grepAt + 1];
const TIMEOUT_MS = 10 * 60_000;

const support = (name) => tsxRequire(`../test/e2e/support/${name}.ts`, import.meta.url);
const { ensureE2eInstalled } = support('install');
const { CodeServer } = support('codeServer');
const { launchChromium } = support('browser');
const { Workbench } = support('workbench');

const started = Date.now();
await ensureE2eInstalled();
if (build) {
  for (const command of [['npm', ['run', 'build', '--silent']], [process.execPath, ['scripts/build-host-tests.mjs']]]) {
    const result = spawnSync(command[0], command[1], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const server = await CodeServer.start({ extraExtensions: ['test/vscode/runner'] });
const resultFile = join(server.userDataDir, 'User', 'globalStorage', 'exam-kiosk.host-test-runner', 'results.json');
let browser;
let results;
try {
  browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await Workbench.open(page, server.workbenchUrl());
  const deadline = Date.now() + TIMEOUT_MS;
  while (!results) {
    if (existsSync(resultFile)) {
      try {
        results = JSON.parse(readFileSync(resultFile, 'utf8'));
      } catch {
        // Being written: read it again.
      }
    }
    if (!results && Date.now() > deadline) throw new Error(`no results from the test runner after ${TIMEOUT_MS / 60_000} minutes (see the saved logs)`);
    if (!results) await new Promise((resolve) => setTimeout(resolve, 250));
  }
} catch (error) {
  console.error(`[host] ${error instanceof Error ? error.message : error}`);
} finally {
  await browser?.close();
  if (!results || results.failed > 0) saveLogs(server);
  await server.dispose();
}

for (const test of results?.tests ?? []) {
  const mark = test.state === 'passed' ? '✔' : test.state === 'failed' ? '✖' : '-';
  console.log(`${mark} ${test.title}${test.state === 'passed' ? ` (${test.durationMs} ms)` : ''}`);
  if (test.error) console.log(test.error.split('\n').map((line) => `    ${line}`).join('\n'));
}
const passed = results?.passed ?? 0;
const failed = results ? results.failed : 1;
console.log(`[host] total ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`host: ${passed} passed, ${failed} failed${results?.pending ? `, ${results.pending} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

/** code-server's output and VS Code's own logs (the extension hosts' included) for a failed run. */
function saveLogs(server) {
  const dir = join('test-results', 'host-tests');
  mkdirSync(dir, { recursive: true });
  if (existsSync(server.logFile)) cpSync(server.logFile, join(dir, 'code-server.log'));
  const logs = join(server.userDataDir, 'logs');
  if (existsSync(logs)) cpSync(logs, join(dir, 'vscode-logs'), { recursive: true });
  console.error(`[host] logs saved under ${dir}/`);
}
