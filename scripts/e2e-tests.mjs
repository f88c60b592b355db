// Runs the end-to-end tests: installs code-server and Chromium on first use, builds the extension, then runs
// each test/e2e/*.e2e.ts in its own `node --test` process, one after the other (one code-server at a time).
//
//   node scripts/e2e-tests.mjs                                   all files
//   node scripts/e2e-tests.mjs test/e2e/activation.e2e.ts        one file
//   node scripts/e2e-tests.mjs --test-name-pattern="Problems"    matching tests of every file
//   node scripts/e2e-tests.mjs --no-build                        skip `npm run build` (already built)
//
// Other arguments are passed to `node --test`. Ends with "e2e: N passed, N failed" and exit code 1 on failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { require as tsxRequire } from 'tsx/cjs/api';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const files = args.filter((a) => a.endsWith('.ts'));
const passThrough = args.filter((a) => !a.endsWith('.ts') && a !== '--no-build');
const testFiles = files.length > 0 ? files : readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.ts')).sort().map((f) => join('test/e2e', f));

const support = (name) => tsxRequire(`../test/e2e/support/${name}.ts`, import.meta.url);
const { ensureE2eInstalled } = support('install');
const { killGroupNow } = support('processGroup');

const started = Date.now();
await ensureE2eInstalled();
if (build) {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  if (!manifest.scripts?.build) {
    console.error('[e2e] package.json has no "build" script to produce the extension\'s dist/extension.js');
    process.exit(1);
  }
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (testFiles.length === 0) {
  console.error('[e2e] no test/e2e/*.e2e.ts files found');
  process.exit(1);
}

// Test processes record the process groups they start here; whatever is left after a file ended (a crash, a
// kill) is killed by this runner.
const pidDir = mkdtempSync(join(tmpdir(), 'exam-kiosk-e2e-pids-'));
let interrupted = false;
let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

const totals = { pass: 0, fail: 0, skipped: 0 };
const timings = [];
for (const file of testFiles) {
  if (interrupted) break;
  const tapFile = join(pidDir, 'report.tap');
  const fileStarted = Date.now();
  const code = await new Promise((resolve) => {
    current = spawn(
      process.execPath,
      [
        '--import', 'tsx',
        '--test',
        '--test-reporter=spec', '--test-reporter-destination=stdout',
        '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
        ...passThrough,
        file,
      ],
      { stdio: 'inherit', env: { ...process.env, E2E_PID_DIR: pidDir } },
    );
    current.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  current = undefined;
  const counts = readCounts(tapFile, code);
  totals.pass += counts.pass;
  totals.fail += counts.fail;
  totals.skipped += counts.skipped;
  timings.push(`${relative('.', file)}: ${seconds(fileStarted)} (${counts.pass} passed, ${counts.fail} failed)`);
  for (const leftover of readdirSync(pidDir).filter((f) => f.endsWith('.pid'))) {
    const killed = killGroupNow(Number(leftover.replace('.pid', '')));
    rmSync(join(pidDir, leftover), { force: true });
    if (killed.length > 0) {
      console.error(`[e2e] ${file} left processes running (${killed.join(', ')}); killed them`);
      totals.fail += 1;
    }
  }
}
rmSync(pidDir, { recursive: true, force: true });

console.log(`\n[e2e] time per file:\n  ${timings.join('\n  ')}\n[e2e] total ${seconds(started)}`);
console.log(`e2e: ${totals.pass} passed, ${totals.fail} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(interrupted ? 130 : totals.fail > 0 ? 1 : 0);

/** Counts from the TAP report's closing comments; a file that crashed before reporting counts as one failure. */
function readCounts(tapFile, exitCode) {
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  rmSync(tapFile, { force: true });
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const counts = { pass: count('pass'), fail: count('fail') + count('cancelled'), skipped: count('skipped') };
  if (exitCode !== 0 && counts.fail === 0) counts.fail = 1;
  return counts;
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
