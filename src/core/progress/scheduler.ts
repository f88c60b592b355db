/**
 * Spaced repetition per question with FSRS (`ts-fsrs`, FSRS-6, 90% requested retention): with its default
 * weights, or with the learner's own once they were fitted (`fsrsFit.ts`), passed in as a {@link ReviewModel}.
 * A right answer is rated Good, a wrong one Again; there is no Hard/Easy because a multiple-choice answer
 * says nothing about effort (FSRS loses almost nothing with pass/fail ratings, see exam-facts).
 *
 * Short-term learning steps are off: intervals are whole days, so a wrong answer comes back the next day,
 * not ten minutes later in the same session (where it would only test short-term memory, and the picker
 * avoids repeating recent questions anyway).
 *
 * Replaying a history calls the algorithm-level API of ts-fsrs (`next_state`, `next_interval`,
 * `forgetting_curve`) exactly as its long-term scheduler does, without building four `Date`-laden cards per
 * review: about 1 µs instead of 7.5 µs a review, which is what makes rebuilding 50,000 answers fast. A unit
 * test replays random histories through both and requires identical cards.
 */
import type { Card } from 'ts-fsrs' with { 'resolution-mode': 'import' };
import { DAY_MS } from './evidence';
import type * as FsrsLib from './fsrsLib';

let lib: typeof FsrsLib | undefined;

/** ts-fsrs, loaded on first use (see fsrsLib.ts). */
function fsrsLib(): typeof FsrsLib {
  lib ??= require('./fsrsLib') as typeof FsrsLib;
  return lib;
}

type Algorithm = ReturnType<typeof FsrsLib.fsrs>;

/** ts-fsrs's scheduler with the settings above, for tests that compare against it. */
export function defaultScheduler(): Algorithm {
  return DEFAULT_MODEL.algorithm;
}

/** FSRS-6 weights (21 numbers). */
export type FsrsWeights = readonly number[];

/**
 * ts-fsrs's default FSRS-6 weights, written out so that comparing weights needs no FSRS code (a unit test
 * checks they are ts-fsrs's own).
 */
export const DEFAULT_WEIGHTS: FsrsWeights = Object.freeze([
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
  1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
]);

/** The retention reviews are normally scheduled for: a question is due when its recall drops to 90%. */
export const DEFAULT_RETENTION = 0.9;

/** FSRS with a set of weights and a requested retention: what schedules reviews. */
export interface ReviewModel {
  readonly weights: FsrsWeights;
  readonly retention: number;
  /** @internal the ts-fsrs algorithm with these settings (made on first use). */
  readonly algorithm: Algorithm;
}

const models = new Map<string, ReviewModel>();

/**
 * The model for `weights` (default: ts-fsrs's) and `retention` (default 90%). Invalid weights (not 21 finite
 * numbers) give the defaults: a damaged parameter set must not stop scheduling. Models are cached.
 */
export function reviewModel(weights: FsrsWeights = DEFAULT_WEIGHTS, retention = DEFAULT_RETENTION): ReviewModel {
  const w = validWeights(weights) ? weights : DEFAULT_WEIGHTS;
  const r = Number.isFinite(retention) ? Math.min(0.99, Math.max(0.7, retention)) : DEFAULT_RETENTION;
  const key = `${r}|${w.join(',')}`;
  let model = models.get(key);
  if (model === undefined) {
    let algorithm: Algorithm | undefined;
    model = {
      weights: w,
      retention: r,
      get algorithm(): Algorithm {
        algorithm ??= fsrsLib().fsrs({ enable_fuzz: false, enable_short_term: false, w: [...w], request_retention: r });
        return algorithm;
      },
    };
    if (models.size > 64) models.clear();
    models.set(key, model);
  }
  return model;
}

/** Whether `weights` is a usable FSRS-6 parameter set. */
export function validWeights(weights: unknown): weights is FsrsWeights {
  return Array.isArray(weights) && weights.length === DEFAULT_WEIGHTS.length && weights.every((w) => typeof w === 'number' && Number.isFinite(w));
}

/** Whether two weight sets schedule the same (both default when undefined). */
export function sameWeights(a: FsrsWeights | undefined, b: FsrsWeights | undefined): boolean {
  const x = a ?? DEFAULT_WEIGHTS;
  const y = b ?? DEFAULT_WEIGHTS;
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

export const DEFAULT_MODEL: ReviewModel = reviewModel();

/** The FSRS state of one question after at least one answer. A question never answered has no card. */
export interface ReviewCard {
  /** Days until recall probability drops to 90%. */
  readonly stability: number;
  /** 1 (easy) … 10 (hard). */
  readonly difficulty: number;
  /** Epoch ms of the latest answer. */
  readonly lastReview: number;
  /** Epoch ms the question is due again. */
  readonly due: number;
  readonly scheduledDays: number;
  /** Number of answers since the schedule (re)started. */
  readonly reps: number;
  /** Wrong answers after the first, since the schedule (re)started. */
  readonly lapses: number;
  /** Content hash of the question version this schedule belongs to. */
  readonly contentHash: string;
}

/**
 * The card after answering at `at`. A missing card, or one for a different content hash (the question
 * changed since), starts a fresh schedule.
 */
export function reviewCard(card: ReviewCard | undefined, contentHash: string, at: number, correct: boolean, model: ReviewModel = DEFAULT_MODEL): ReviewCard {
  const fsrs = model.algorithm;
  const { Rating } = fsrsLib();
  const base = card !== undefined && card.contentHash === contentHash ? card : undefined;
  const t = base ? Math.max(0, Math.floor(at / DAY_MS) - Math.floor(base.lastReview / DAY_MS)) : 0;
  const memory = base ? { difficulty: base.difficulty, stability: base.stability } : null;
  const r = base ? fsrs.forgetting_curve(t, base.stability) : undefined;
  // The long-term scheduler derives each grade's interval from the others: Again ≤ Hard < Good.
  const again = fsrs.next_state(memory, t, Rating.Again, r);
  const hard = fsrs.next_state(memory, t, Rating.Hard, r);
  let againDays: number = fsrs.next_interval(again.stability, t);
  let hardDays: number = fsrs.next_interval(hard.stability, t);
  againDays = Math.min(againDays, hardDays);
  hardDays = Math.max(hardDays, againDays + 1);
  let next = again;
  let days: number = againDays;
  if (correct) {
    next = fsrs.next_state(memory, t, Rating.Good, r);
    days = Math.max(fsrs.next_interval(next.stability, t), hardDays + 1);
  }
  return {
    stability: next.stability,
    difficulty: next.difficulty,
    lastReview: at,
    due: at + days * DAY_MS,
    scheduledDays: days,
    reps: (base?.reps ?? 0) + 1,
    lapses: (base?.lapses ?? 0) + (base && !correct ? 1 : 0),
    contentHash,
  };
}

/** Where a question stands in its schedule for the bank's current version of it. */
export type ReviewStatus =
  | { readonly kind: 'new' }
  /** Answered before, but its content hash changed since: shown again as if due, with a fresh schedule. */
  | { readonly kind: 'changed' }
  | { readonly kind: 'due'; readonly card: ReviewCard; readonly overdueDays: number }
  | { readonly kind: 'scheduled'; readonly card: ReviewCard };

export function reviewStatus(card: ReviewCard | undefined, contentHash: string, now: number): ReviewStatus {
  if (card === undefined) return { kind: 'new' };
  if (card.contentHash !== contentHash) return { kind: 'changed' };
  if (card.due <= now) return { kind: 'due', card, overdueDays: (now - card.due) / DAY_MS };
  return { kind: 'scheduled', card };
}

/** Probability of recalling the answer at `now`, per FSRS's forgetting curve. */
export function retrievability(card: ReviewCard, now: number, model: ReviewModel = DEFAULT_MODEL): number {
  return model.algorithm.forgetting_curve(Math.max(0, (now - card.lastReview) / DAY_MS), card.stability);
}

/**
 * Whole days after a review until recall of a memory of `stability` drops to the model's retention (at least
 * one): the interval FSRS would schedule.
 */
export function intervalDays(stability: number, model: ReviewModel = DEFAULT_MODEL): number {
  return Math.max(1, model.algorithm.next_interval(stability, 0));
}

/** The card as a ts-fsrs `Card`, for hosts that want its helpers (e.g. `show_diff_message`). */
export function toFsrsCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: 0,
    reps: card.reps,
    lapses: card.lapses,
    state: fsrsLib().State.Review,
    last_review: new Date(card.lastReview),
  };
}
