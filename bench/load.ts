/**
 * Bank load against two baselines measured in the same run, on generated banks:
 * - floor: list and read the same files from disk, nothing else;
 * - naive: read, then gray-matter and `marked.parse` of every body, eagerly (what a first version would do);
 * - loadBank: everything a session needs (front matter, blueprint checks, body split into stem / options /
 *   explanation with positions, every rule, cross-file checks), nothing rendered.
 * Then the heap the loaded bank retains after GC (needs `node --expose-gc`, which `npm run bench` passes).
 *
 * `npx tsx bench/load.ts [--quick]`
 */
import * as fsCallbacks from 'node:fs';
import { promisify } from 'node:util';
import * as path from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import { listQuestionFiles, loadBank } from '../src/core/bank/loadBank';
import { generateTempBank } from './generateBank';
import { markdownTable, mb, measureRuns, median, ms, QUICK, ratio, reportTargets, type TargetResult } from './lib/report';

const SIZES = QUICK ? [200, 1_000] : [1_000, 10_000];
const RUNS = QUICK ? 3 : 7;
const WARMUPS = QUICK ? 1 : 2;
const NOW = new Date('2026-11-25T00:00:00Z');
const TARGET_FLOOR_RATIO = 2;
const TARGET_NAIVE_SPEEDUP = 3;
const TARGET_HEAP_MB = 60;

const readFile = promisify(fsCallbacks.readFile);

/**
 * Reads every file, the fastest plain way found on Node 20: callback `fs.readFile` (twice as fast as the promise
 * API for small files), 64 at a time.
 */
async function readAll(files: readonly string[], concurrency = 64): Promise<string[]> {
  const out = new Array<string>(files.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, async () => {
    while (next < files.length) {
      const index = next++;
      out[index] = await readFile(files[index], 'utf8');
    }
  }));
  return out;
}

async function floor(root: string): Promise<number> {
  const files = [path.join(root, 'bank.md'), ...(await listQuestionFiles(path.join(root, 'questions')))];
  return (await readAll(files)).length;
}

/** gray-matter caches every text parsed without options; cleared so each run parses for real. */
const clearMatterCache = (): void => (matter as unknown as { clearCache(): void }).clearCache();

async function naive(root: string): Promise<number> {
  clearMatterCache();
  const files = [path.join(root, 'bank.md'), ...(await listQuestionFiles(path.join(root, 'questions')))];
  const html = (await readAll(files)).map((text) => {
    const parsed = matter(text);
    return { data: parsed.data, html: marked.parse(parsed.content, { async: false }) };
  });
  clearMatterCache();
  return html.length;
}

async function load(root: string): Promise<number> {
  const bank = await loadBank(root, { now: NOW });
  return bank.questions.length;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) {
    collect();
    collect();
  }
}

async function heapRetained(root: string): Promise<number | undefined> {
  if (!(globalThis as { gc?: unknown }).gc) return undefined;
  gc();
  const before = process.memoryUsage().heapUsed;
  const bank = await loadBank(root, { now: NOW });
  gc();
  const after = process.memoryUsage().heapUsed;
  if (bank.questions.length === 0) throw new Error('unreachable: keeps the bank alive until measured');
  return after - before;
}

async function main(): Promise<void> {
  const rows: (string | number)[][] = [];
  const cpuRows: (string | number)[][] = [];
  const targets: TargetResult[] = [];
  let heap: number | undefined;
  const largest = SIZES[SIZES.length - 1];
  for (const size of SIZES) {
    const bank = await generateTempBank({ questions: size });
    try {
      const loaded = await loadBank(bank.root, { now: NOW });
      const errors = loaded.issues.filter((i) => i.severity === 'error');
      if (loaded.questions.length !== size || errors.length > 0) {
        throw new Error(`the generated bank did not load cleanly: ${loaded.questions.length}/${size} questions, ${JSON.stringify(errors.slice(0, 3))}`);
      }
      const floorRuns = await measureRuns(() => floor(bank.root), RUNS, WARMUPS);
      const loadRuns = await measureRuns(() => load(bank.root), RUNS, WARMUPS);
      const naiveRuns = await measureRuns(() => naive(bank.root), RUNS, WARMUPS);
      const [floorMs, loadMs, naiveMs] = [floorRuns, loadRuns, naiveRuns].map((r) => median(r.wall));
      const [floorCpu, loadCpu, naiveCpu] = [floorRuns, loadRuns, naiveRuns].map((r) => median(r.cpu));
      const vsFloor = loadMs / floorMs;
      const speedup = naiveMs / loadMs;
      rows.push([size.toLocaleString('en'), mb(bank.bytes), ms(floorMs), ms(loadMs), ms(naiveMs), ratio(vsFloor), ratio(speedup),
        `${((loadMs * 1000) / size).toFixed(0)} µs`]);
      cpuRows.push([size.toLocaleString('en'), ms(floorCpu), ms(loadCpu), ms(naiveCpu), ratio(loadCpu / floorCpu), ratio(naiveCpu / loadCpu)]);
      if (size === largest) {
        const at = `at ${size.toLocaleString('en')}`;
        targets.push({ metric: `bank load vs read floor ${at}`, value: ratio(vsFloor), target: `≤ ${TARGET_FLOOR_RATIO}×`, met: vsFloor <= TARGET_FLOOR_RATIO });
        targets.push({ metric: `bank load speed-up over naive ${at}`, value: ratio(speedup), target: `≥ ${TARGET_NAIVE_SPEEDUP}×`, met: speedup >= TARGET_NAIVE_SPEEDUP });
        heap = await heapRetained(bank.root);
      }
    } finally {
      await bank.dispose();
    }
  }
  console.log(`### Bank load (median of ${RUNS} runs after ${WARMUPS} warm-up${WARMUPS > 1 ? 's' : ''})\n`);
  console.log(markdownTable(['questions', 'on disk', 'read floor ms', 'loadBank ms', 'naive ms', 'load / floor', 'naive / load', 'per question'], rows));
  console.log(`\nTargets at ${largest.toLocaleString('en')}: load within ${TARGET_FLOOR_RATIO}× the read floor, at least ${TARGET_NAIVE_SPEEDUP}× faster than naive (wall clock).`);
  console.log(`\n### The same runs in CPU time (all threads; steadier than wall clock on a shared machine)\n`);
  console.log(markdownTable(['questions', 'read floor cpu ms', 'loadBank cpu ms', 'naive cpu ms', 'load / floor', 'naive / load'], cpuRows));
  console.log(`\n### Heap retained by a loaded bank of ${largest.toLocaleString('en')} questions (after GC)\n`);
  if (heap === undefined) {
    console.log('not measured: run with `node --expose-gc` (npm run bench does)');
  } else {
    console.log(markdownTable(['questions', 'retained heap', 'target'], [[largest.toLocaleString('en'), mb(heap), `< ${TARGET_HEAP_MB} MB`]]));
    targets.push({ metric: `heap retained after loading ${largest.toLocaleString('en')} questions`, value: mb(heap), target: `< ${TARGET_HEAP_MB} MB`, met: heap < TARGET_HEAP_MB * 1024 * 1024 });
  }
  reportTargets('load', targets);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
