/** Figures measured by end-to-end tests, kept in `test-results/e2e-timings.json` for `npm run bench` to report. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { testResultsDir } from './paths';

export const TIMINGS_FILE = path.join(testResultsDir, 'e2e-timings.json');

export function recordTiming(figures: Record<string, number>): void {
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(fs.readFileSync(TIMINGS_FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    // First figure of the run.
  }
  fs.mkdirSync(testResultsDir, { recursive: true });
  fs.writeFileSync(TIMINGS_FILE, `${JSON.stringify({ ...current, ...figures, measuredAt: new Date().toISOString() }, null, 2)}\n`);
}
