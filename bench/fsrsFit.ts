// When are a learner's own FSRS weights worth fitting? Simulated candidates (src/core/progress/simulation/, seed
// 3) answer the bundled CLF-C02 bank; for each, the FSRS optimizer (@open-spaced-repetition/binding) is fitted to
// the start of their history, up to a number of long-term reviews, and both the fitted and the default weights
// predict the recall of every later long-term review (log loss, lower is better). The table shows from how many
// reviews the fitted weights predict better, which is where MIN_REVIEWS_TO_FIT (src/core/progress/fsrsFit.ts)
// comes from. Without the optimizer on this platform the benchmark says so and measures nothing.
// Run: npm run bench -- fsrsFit (quick: fewer candidates and sizes).
import { join } from 'node:path';
import { loadBank } from '../src/core/bank/loadBank';
import { fitWeights, loadFsrsOptimizer, MIN_REVIEWS_TO_FIT, recallLogLoss } from '../src/core/progress/fsrsFit';
import type { AnswerRecord } from '../src/core/progress/records';
import { simulate } from '../src/core/progress/simulation/simulate';
import { DAY_MS } from '../src/core/progress/evidence';
import { markdownTable, QUICK, reportTargets } from './lib/report';

const SEED = 3;
const CANDIDATES = QUICK ? 12 : 40;
const SIZES = QUICK ? [100, MIN_REVIEWS_TO_FIT] : [50, 100, 200, MIN_REVIEWS_TO_FIT, 800];
/** Later reviews needed to judge a fit. */
const MIN_TEST_REVIEWS = 30;

async function main(): Promise<void> {
  const loaded = loadFsrsOptimizer();
  if (!('optimizer' in loaded)) {
    console.log(`No FSRS optimizer on this platform: ${loaded.unavailable}. Scheduling uses the default weights.`);
    reportTargets('fsrsFit', [{ metric: 'FSRS optimizer available', value: 'no', target: 'reported only', met: true }]);
    return;
  }
  const bank = await loadBank(join('question-banks', 'clf-c02'));
  if (bank.info === undefined) throw new Error('question-banks/clf-c02 has no usable bank.md');
  const histories: AnswerRecord[][] = [];
  simulate({ info: bank.info, questions: bank.questions, candidates: CANDIDATES, seed: SEED, predictors: {}, onRecords: (_c, records) => histories.push(records.slice()) });
  const rows: (string | number)[][] = [];
  let atThreshold: { better: number; judged: number; diff: number } | undefined;
  const start = performance.now();
  for (const size of SIZES) {
    let judged = 0;
    let better = 0;
    let diff = 0;
    for (const records of histories) {
      const cut = prefixWithReviews(records, size);
      if (cut === undefined) continue;
      const fit = await fitWeights(records.slice(0, cut), loaded.optimizer, 0, size);
      if (fit.kind !== 'fitted') continue;
      const defaults = recallLogLoss(records, cut);
      const fitted = recallLogLoss(records, cut, fit.fitted.weights);
      if (fitted.reviews < MIN_TEST_REVIEWS) continue;
      judged++;
      diff += fitted.loss - defaults.loss;
      if (fitted.loss < defaults.loss) better++;
    }
    if (size === MIN_REVIEWS_TO_FIT) atThreshold = { better, judged, diff: diff / Math.max(1, judged) };
    rows.push([size, judged, judged === 0 ? '–' : (diff / judged).toFixed(4), judged === 0 ? '–' : `${better} (${Math.round((100 * better) / judged)} %)`]);
  }
  console.log(`${CANDIDATES} simulated candidates, seed ${SEED}; fits took ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  console.log(markdownTable(['long-term reviews fitted', 'candidates judged', 'log loss, fitted − default (mean)', 'fitted better'], rows));
  if (atThreshold !== undefined) {
    reportTargets('fsrsFit', [{
      metric: `learners whose own FSRS weights (fitted at ${MIN_REVIEWS_TO_FIT} reviews) predict later recall better than the defaults`,
      value: `${atThreshold.better} of ${atThreshold.judged}, mean log loss ${atThreshold.diff >= 0 ? '+' : ''}${atThreshold.diff.toFixed(4)}`,
      target: 'most, on average better',
      met: atThreshold.better * 2 > atThreshold.judged && atThreshold.diff < 0,
    }]);
  }
}

/** The length of the shortest start of `records` with `size` long-term reviews, if the rest is worth judging. */
function prefixWithReviews(records: readonly AnswerRecord[], size: number): number | undefined {
  const lastDay = new Map<string, number>();
  let reviews = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const key = `${r.questionId}\n${r.contentHash}`;
    const day = Math.floor(r.answeredAt / DAY_MS);
    const previous = lastDay.get(key);
    if (previous !== undefined && day > previous) reviews++;
    lastDay.set(key, day);
    if (reviews >= size) return records.length - (i + 1) >= MIN_TEST_REVIEWS ? i + 1 : undefined;
  }
  return undefined;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
