/**
 * Small helpers shared by the benchmarks: timing with warm-up and medians, markdown tables, and the targets a
 * benchmark reports to `npm run bench`'s summary. A benchmark stays a plain script: it prints its own table and
 * may also call {@link reportTargets}, which writes JSON to the file named by `BENCH_RESULT_FILE` (set by the
 * runner; nothing is written when a benchmark is run on its own).
 */
import { appendFileSync } from 'node:fs';

/** True when run as `npm run bench -- --quick` (smaller inputs, fewer repetitions, for CI smoke runs). */
export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `warmups` times unmeasured, then `runs` times; returns each measured run's milliseconds. */
export async function timeRuns(fn: () => Promise<unknown> | unknown, runs: number, warmups: number): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** Wall-clock and CPU milliseconds (all threads of the process: libuv's file reads count) of each measured run. */
export interface RunTimes {
  readonly wall: number[];
  readonly cpu: number[];
}

/**
 * Like {@link timeRuns}, also recording CPU time. On a shared machine wall time swings with other processes;
 * CPU time mostly doesn't, so a ratio of CPU times is the steadier comparison. `beforeEach` runs unmeasured
 * before every measured run (a garbage collection, say).
 */
export async function measureRuns(fn: () => Promise<unknown> | unknown, runs: number, warmups: number, beforeEach?: () => void): Promise<RunTimes> {
  for (let i = 0; i < warmups; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    beforeEach?.();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/**
 * Like {@link measureRuns} for several functions compared with each other: their runs take turns (a, b, c, a,
 * b, c, …), so a busy spell on a shared machine slows all of them rather than whichever ran during it.
 */
export async function measureInterleaved(fns: readonly (() => Promise<unknown> | unknown)[], runs: number, warmups: number): Promise<RunTimes[]> {
  for (let i = 0; i < warmups; i++) for (const fn of fns) await fn();
  const results = fns.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    for (const [index, fn] of fns.entries()) {
      const startCpu = process.cpuUsage();
      const start = performance.now();
      await fn();
      results[index].wall.push(performance.now() - start);
      const used = process.cpuUsage(startCpu);
      results[index].cpu.push((used.user + used.system) / 1000);
    }
  }
  return results;
}

/** A markdown table; numbers are printed as they are, so format them first. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One figure measured against its target, for the runner's summary. */
export interface TargetResult {
  readonly metric: string;
  /** The figure as printed, e.g. `1.43× the read floor`. */
  readonly value: string;
  /** The target as printed, e.g. `≤ 2×`. */
  readonly target: string;
  readonly met: boolean;
  /**
   * Deterministic checks (a bundle that contains `eval(`, a refusal that didn't happen) make the run fail;
   * timing targets never do, since they depend on the machine.
   */
  readonly hard?: boolean;
}

/** Hands targets to the runner's summary (no-op when run outside `npm run bench`). */
export function reportTargets(bench: string, results: readonly TargetResult[]): void {
  const file = process.env.BENCH_RESULT_FILE;
  if (!file) return;
  for (const result of results) appendFileSync(file, `${JSON.stringify({ bench, ...result })}\n`);
}
