/**
 * Exponentially decayed evidence: how many answers (and how many right ones) a task or domain has, where an
 * answer's weight halves every {@link HALF_LIFE_DAYS}. Because the decay is exponential, a tally only needs its
 * two sums and the time they refer to: moving it to a later time multiplies both by one factor, and adding an
 * answer is O(1). That keeps the summary file and the sync summary small and updatable one answer at a time.
 */
import type { AnswerRecord } from './records';

export const DAY_MS = 86_400_000;

/** Weight of an answer halves every 30 days: last month's answers count half as much as today's. */
export const HALF_LIFE_DAYS = 30;

/**
 * Answers whose domain and task are the importer's classifier guess count this much towards the guessed
 * task (a guessed task is often off by one statement) …
 */
export const GUESS_WEIGHT_TASK = 0.5;
/** … and this much towards the guessed domain (coarser, so more often right). */
export const GUESS_WEIGHT_DOMAIN = 0.75;

/**
 * A repeat answer to the same question within this window shows short-term recall of that very question
 * (e.g. the same item in two back-to-back practice exams), not mastery of the task …
 */
export const REPEAT_WINDOW_MS = 12 * 3_600_000;
/** … so it counts with this weight. */
export const REPEAT_WEIGHT = 0.25;

/** Decayed weighted sums of answers at time `ref`, plus plain counts for display. */
export interface Tally {
  /** Decayed weight of correct answers at `ref`. */
  correct: number;
  /** Decayed weight of all answers at `ref`. */
  total: number;
  /** Epoch ms the decayed sums refer to (the latest answer added, or a later time they were moved to). */
  ref: number;
  /** Plain number of answers, undecayed and unweighted. */
  answers: number;
  /** Plain number of correct answers. */
  right: number;
}

export function emptyTally(): Tally {
  return { correct: 0, total: 0, ref: 0, answers: 0, right: 0 };
}

/** The factor a weight is multiplied by after `ms` milliseconds. */
export function decayFactor(ms: number): number {
  return ms <= 0 ? 1 : Math.pow(2, -ms / (HALF_LIFE_DAYS * DAY_MS));
}

/** Adds one answer at time `at` with weight `weight` (answers may arrive out of order). */
export function addAnswer(tally: Tally, at: number, correct: boolean, weight: number): void {
  if (at >= tally.ref) {
    const f = decayFactor(at - tally.ref);
    tally.correct *= f;
    tally.total *= f;
    tally.ref = at;
    tally.correct += correct ? weight : 0;
    tally.total += weight;
  } else {
    const w = weight * decayFactor(tally.ref - at);
    tally.correct += correct ? w : 0;
    tally.total += w;
  }
  tally.answers += 1;
  if (correct) tally.right += 1;
}

/** The decayed sums as they stand at `now` (a `now` before `ref`, e.g. clock skew, leaves them as they are). */
export function tallyAt(tally: Tally, now: number): { readonly correct: number; readonly total: number } {
  const f = decayFactor(now - tally.ref);
  return { correct: tally.correct * f, total: tally.total * f };
}

/** The sum of two tallies, referred to the later of their times. */
export function addTallies(a: Tally, b: Tally): Tally {
  const ref = Math.max(a.ref, b.ref);
  const fa = decayFactor(ref - a.ref);
  const fb = decayFactor(ref - b.ref);
  return {
    correct: a.correct * fa + b.correct * fb,
    total: a.total * fa + b.total * fb,
    ref,
    answers: a.answers + b.answers,
    right: a.right + b.right,
  };
}

/** How much `record` counts towards its task and its domain, given when its question was last answered. */
export function answerWeights(
  record: AnswerRecord,
  previousAnswerAt: number | undefined,
): { readonly task: number; readonly domain: number } {
  const repeat = previousAnswerAt !== undefined && record.answeredAt - previousAnswerAt < REPEAT_WINDOW_MS
    ? REPEAT_WEIGHT
    : 1;
  return {
    task: repeat * (record.guessed ? GUESS_WEIGHT_TASK : 1),
    domain: repeat * (record.guessed ? GUESS_WEIGHT_DOMAIN : 1),
  };
}
