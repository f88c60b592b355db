import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeFittedWeights, fitWeights, FSRS_WEIGHTS_FILE, loadFsrsOptimizer, longTermReviews, MIN_REVIEWS_TO_FIT, readFittedWeights,
  recallLogLoss, reviewHistories, trainingItems, writeFittedWeights, type FsrsOptimizer,
} from '../../../../src/core/progress/fsrsFit';
import type { AnswerRecord } from '../../../../src/core/progress/records';
import { seededRandom } from '../../../../src/core/random';
import { DEFAULT_WEIGHTS, reviewCard, reviewModel } from '../../../../src/core/progress/scheduler';
import { ProgressStore } from '../../../../src/core/progress/store';
import { answer, bankQuestions, DAY, HOUR, INFO, question, T0 } from './fixtures';

/** Weights that differ from the defaults in every interval: initial stabilities four times as long. */
const LONGER = DEFAULT_WEIGHTS.map((w, i) => (i < 4 ? w * 4 : w));

/**
 * A learner with a far better memory than FSRS's defaults expect: each of `count` questions is answered on
 * days 0, 3, 10, 25 and 50 (from `start`), right 97 % of the time.
 */
function strongMemory(count: number, start: number, seed = 1): AnswerRecord[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => question(`m-${i}`, '1.1')).flatMap((q, i) =>
    [0, 3, 10, 25, 50].map((day, k) => answer(q, random() < 0.97, start + (day + (i % 7)) * DAY + k * HOUR)));
}

test('reviews are each question version\'s answers in order, right = Good and wrong = Again, in whole days', () => {
  const q = question('a', '1.1');
  const records = [
    answer(q, true, T0 + 2 * DAY + HOUR),
    answer(q, false, T0),
    answer(q, true, T0 + 2 * DAY), // same day as the one above: not a long-term review
    answer(q, true, T0 + 9 * DAY, { hash: 'changed' }), // the question changed: a new history
  ];
  const histories = reviewHistories(records);
  assert.deepEqual(histories, [
    [{ rating: 1, deltaDays: 0 }, { rating: 3, deltaDays: 2 }, { rating: 3, deltaDays: 0 }],
    [{ rating: 3, deltaDays: 0 }],
  ]);
  assert.equal(longTermReviews(histories), 1);
  assert.deepEqual(trainingItems(histories), [[{ rating: 1, deltaDays: 0 }, { rating: 3, deltaDays: 2 }]]);
});

test('too few reviews are not fitted, and a failing or wayward optimizer never gives weights', async () => {
  const few = strongMemory(10, T0);
  const never: FsrsOptimizer = { computeWeights: () => assert.fail('not called below the threshold') };
  assert.deepEqual(await fitWeights(few, never, T0), { kind: 'not-enough', reviews: 40, needed: MIN_REVIEWS_TO_FIT });
  const enough = strongMemory(110, T0);
  const throwing: FsrsOptimizer = { computeWeights: () => Promise.reject(new Error('boom')) };
  assert.deepEqual(await fitWeights(enough, throwing, T0), { kind: 'failed', reviews: 440, reason: 'boom' });
  const short: FsrsOptimizer = { computeWeights: () => Promise.resolve([1, 2, 3]) };
  assert.equal((await fitWeights(enough, short, T0)).kind, 'failed');
  const decayOut: FsrsOptimizer = { computeWeights: () => Promise.resolve(DEFAULT_WEIGHTS.map((w, i) => (i === 20 ? 2 : w))) };
  assert.equal((await fitWeights(enough, decayOut, T0)).kind, 'failed');
  let items = 0;
  const fake: FsrsOptimizer = { computeWeights: (given) => ((items = given.length), Promise.resolve([...LONGER])) };
  const fitted = await fitWeights(enough, fake, T0 + 99 * DAY);
  assert.deepEqual(fitted, { kind: 'fitted', fitted: { weights: LONGER, fittedAt: T0 + 99 * DAY, reviews: 440 } });
  assert.equal(items, 440, 'one training item per long-term review');
});

test('the real optimizer fits a strong memory better than the defaults do', async (t) => {
  const loaded = loadFsrsOptimizer();
  if (!('optimizer' in loaded)) {
    t.skip(loaded.unavailable);
    return;
  }
  const records = strongMemory(150, T0);
  const fit = await fitWeights(records, loaded.optimizer, T0 + 100 * DAY);
  assert.equal(fit.kind, 'fitted', JSON.stringify(fit));
  if (fit.kind !== 'fitted') return;
  assert.equal(fit.fitted.weights.length, 21);
  // Judged on a second learner of the same kind, whom the fit did not see.
  const unseen = strongMemory(150, T0, 2);
  const withDefaults = recallLogLoss(unseen, 0);
  const withOwn = recallLogLoss(unseen, 0, fit.fitted.weights);
  assert.equal(withOwn.reviews, withDefaults.reviews);
  assert.ok(withOwn.loss < withDefaults.loss, `${withOwn.loss} < ${withDefaults.loss}`);
  // And it schedules them further apart.
  const first = reviewCard(undefined, 'h', T0, true);
  assert.ok(reviewCard(undefined, 'h', T0, true, reviewModel(fit.fitted.weights)).scheduledDays > first.scheduledDays);
});

test('fitted weights are kept in a file; a damaged one reads as none', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-fsrs-'));
  const file = join(dir, FSRS_WEIGHTS_FILE);
  assert.equal(await readFittedWeights(file), undefined);
  await writeFittedWeights(file, { weights: LONGER, fittedAt: T0, reviews: 500 });
  assert.deepEqual(await readFittedWeights(file), { weights: LONGER, fittedAt: T0, reviews: 500 });
  writeFileSync(file, '{"format":"exam-kiosk-fsrs-weights","version":1,"weights":[1,2],"fittedAt":1,"reviews":2}');
  writeFileSync(`${file}.bak`, 'nope');
  assert.equal(await readFittedWeights(file), undefined);
  assert.ok('error' in decodeFittedWeights('{"format":"exam-kiosk-fsrs-weights","version":2}'));
});

test('the store schedules with the learner\'s weights, and rebuilds a summary made with other weights', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-fsrs-store-'));
  const questions = bankQuestions(2);
  const open = async (weights?: readonly number[]) => {
    const opened = await ProgressStore.open(dir, { now: () => T0 + 30 * DAY, durable: false, weights });
    if (opened.kind !== 'ok') throw new Error('refused');
    return opened.store;
  };
  const store = await open();
  for (const [i, q] of questions.entries()) await store.record(q, { correct: true, timeMs: 1000, answeredAt: T0 + i * HOUR, mode: 'quiz' });
  await store.flush();
  const days = (s: ProgressStore) => s.state.banks.get(INFO.id)!.questions.get(questions[0].id)!.card.scheduledDays;
  const byDefault = days(store);
  await store.useWeights(LONGER);
  assert.deepEqual(store.weights, LONGER);
  const own = days(store);
  assert.ok(own > byDefault, `${own} > ${byDefault}`);
  // Reopened with the same weights: the summary is used as is; with the defaults: rebuilt with them.
  assert.equal(days(await open(LONGER)), own);
  assert.equal(days(await open()), byDefault);
  assert.equal(days(await open(LONGER)), own);
});

test('the store fits the learner\'s weights from its log, saves them, and schedules with them after a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-fsrs-own-'));
  const open = async () => {
    const opened = await ProgressStore.open(dir, { now: () => T0 + 200 * DAY, durable: false });
    if (opened.kind !== 'ok') throw new Error('refused');
    return opened.store;
  };
  const store = await open();
  const fake: FsrsOptimizer = { computeWeights: () => Promise.resolve([...LONGER]) };
  await store.recordMany(strongMemory(20, T0));
  const tooFew = await store.fitOwnWeights(fake);
  assert.equal(tooFew.value?.kind, 'not-enough');
  assert.equal(await readFittedWeights(join(dir, FSRS_WEIGHTS_FILE)), undefined);
  await store.recordMany(strongMemory(120, T0 + 60 * DAY, 3).map((r) => ({ ...r, questionId: `more-${r.questionId}`, id: `more-${r.id}` })));
  const fitted = await store.fitOwnWeights(fake);
  assert.deepEqual(fitted.issues, []);
  assert.equal(fitted.value?.kind, 'fitted');
  assert.deepEqual(store.weights, LONGER);
  assert.deepEqual((await readFittedWeights(join(dir, FSRS_WEIGHTS_FILE)))?.weights, LONGER);
  assert.deepEqual((await open()).weights, LONGER);
});
