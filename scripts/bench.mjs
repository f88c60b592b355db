// `npm run bench [-- --quick] [-- name…]`: runs every bench/*.ts with tsx, one process each, one after the other
// (so they don't compete for the two cores), with --expose-gc for heap figures. Each benchmark prints its own
// markdown table; this prints a summary at the end: every target a benchmark reported (see bench/lib/report.ts),
// the end-to-end timings if the e2e tests left them, and which benchmarks ran. Exits 1 when a benchmark crashed
// or a deterministic check failed; a missed timing target is reported, never a failure (timings depend on the
// machine). Modules that are not benchmarks live in bench/lib/ or are listed in LIBRARIES. Quick mode reaches a
// benchmark as BENCH_QUICK=1 (bench/lib/report.ts reads it as QUICK).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const LIBRARIES = new Set(['generateBank.ts']);
const E2E_TIMINGS = 'test-results/e2e-timings.json';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const benches = readdirSync('bench')
  .filter((name) => name.endsWith('.ts') && !LIBRARIES.has(name))
  .filter((name) => only.length === 0 || only.includes(name.replace(/\.ts$/, '')))
  .sort();

mkdirSync('.bench', { recursive: true });
const resultFile = join('.bench', 'results.jsonl');
rmSync(resultFile, { force: true });

const ran = [];
for (const name of benches) {
  console.log(`\n## ${name.replace(/\.ts$/, '')}${quick ? ' (quick)' : ''}\n`);
  const start = Date.now();
  // Quick mode goes by environment, not argv: some benchmarks read their own positional arguments.
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join('bench', name)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULT_FILE: resultFile, ...(quick ? { BENCH_QUICK: '1' } : {}) },
  });
  ran.push({ name, ok: result.status === 0, seconds: (Date.now() - start) / 1000 });
}

const targets = existsSync(resultFile)
  ? readFileSync(resultFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  : [];

const row = (cells) => `| ${cells.join(' | ')} |`;
console.log(`\n## Summary${quick ? ' (quick run: smaller inputs, fewer repetitions)' : ''}\n`);
console.log(row(['metric', 'measured', 'target', '']));
console.log(row(['---', '---', '---', '---']));
for (const t of targets) console.log(row([t.metric, t.value, t.target, t.met ? 'met' : t.hard ? '**FAILED**' : 'missed']));
console.log(row(['activation time (end to end)', ...e2eCells('activationMs')]));
console.log(row(['time to first question (end to end)', ...e2eCells('firstQuestionMs')]));
console.log(`\nBenchmarks: ${ran.map((r) => `${r.name.replace(/\.ts$/, '')} ${r.ok ? 'ok' : 'CRASHED'} (${r.seconds.toFixed(1)} s)`).join(', ') || 'none found'}`);

function e2eCells(key) {
  try {
    const value = JSON.parse(readFileSync(E2E_TIMINGS, 'utf8'))[key];
    if (typeof value === 'number') return [`${Math.round(value)} ms`, 'reported only', 'measured'];
  } catch {
    // no file yet, or not JSON: the e2e tests have not run on this machine
  }
  return ['not measured (run npm run test:e2e first)', '', ''];
}

const failed = ran.some((r) => !r.ok) || targets.some((t) => t.hard && !t.met);
process.exit(failed ? 1 : 0);
