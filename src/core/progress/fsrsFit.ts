/**
 * The learner's own FSRS weights, fitted to their answers by the FSRS optimizer of the open-spaced-repetition
 * project (`@open-spaced-repetition/binding`: fsrs-rs compiled for Node; its Linux x64 build is an optional
 * dependency), and kept in a small file beside the answer log. Scheduling (`scheduler.ts`, `state.ts`,
 * `studyPlan.ts`) takes them as a `ReviewModel`; until there are enough reviews, or where the optimizer is not
 * available, the defaults are used.
 *
 * Reviews are what FSRS learns from: a question's answers in order, for one version of it (a changed question
 * starts a new history, as its schedule does), right = Good (3), wrong = Again (1), whole UTC days apart as the
 * scheduler counts them. Only answers on a later day than the question's previous one are "long-term"
 * reviews, the ones FSRS's memory model is fitted to.
 *
 * Enough is {@link MIN_REVIEWS_TO_FIT} long-term reviews: fsrs-rs itself returns the defaults below 8 and
 * fits only the initial stabilities below 64, and on simulated candidates (`npm run bench -- fsrsFit`) weights
 * fitted to 100 reviews or fewer predicted later answers no better than the defaults, while at 400 they did
 * better for 87 % of them (see the README).
 */
import { readWithBackup, writeFileAtomic } from '../storage/atomicFile';
import { parseVersionedJson } from '../storage/versionedJson';
import { DAY_MS } from './evidence';
import type { AnswerRecord } from './records';
import { sortedByTime } from './records';
import { DEFAULT_WEIGHTS, retrievability, reviewCard, reviewModel, validWeights, type FsrsWeights, type ReviewCard } from './scheduler';

/** Long-term reviews needed before the learner's own weights are fitted. */
export const MIN_REVIEWS_TO_FIT = 400;

export const FSRS_WEIGHTS_FILE = 'fsrs-weights.json';
const FORMAT = 'exam-kiosk-fsrs-weights';
const VERSION = 1;

/** One review as the optimizer takes it. */
export interface FsrsReview {
  /** 1 (Again: wrong) or 3 (Good: right). */
  readonly rating: 1 | 3;
  /** Whole days since the previous review of the same question; 0 for the first. */
  readonly deltaDays: number;
}

/** The optimizer, behind an interface so that the core doesn't depend on how it is loaded. */
export interface FsrsOptimizer {
  /** FSRS-6 weights fitted to `items`: each a question's reviews up to and including the one predicted. */
  computeWeights(items: readonly (readonly FsrsReview[])[]): Promise<number[]>;
}

/** Fitted weights, as saved. */
export interface FittedWeights {
  readonly weights: FsrsWeights;
  readonly fittedAt: number;
  /** Long-term reviews they were fitted to. */
  readonly reviews: number;
}

export type FitResult =
  | { readonly kind: 'fitted'; readonly fitted: FittedWeights }
  | { readonly kind: 'not-enough'; readonly reviews: number; readonly needed: number }
  | { readonly kind: 'failed'; readonly reviews: number; readonly reason: string };

/** Each question version's reviews in answering order. */
export function reviewHistories(records: readonly AnswerRecord[]): FsrsReview[][] {
  const byQuestion = new Map<string, { day: number; correct: boolean }[]>();
  for (const record of sortedByTime(records)) {
    const key = `${record.bankId}\n${record.questionId}\n${record.contentHash}`;
    let list = byQuestion.get(key);
    if (list === undefined) {
      list = [];
      byQuestion.set(key, list);
    }
    list.push({ day: Math.floor(record.answeredAt / DAY_MS), correct: record.correct });
  }
  return [...byQuestion.values()].map((answers) =>
    answers.map((a, i): FsrsReview => ({ rating: a.correct ? 3 : 1, deltaDays: i === 0 ? 0 : a.day - answers[i - 1].day })));
}

/** Long-term reviews: answers on a later day than the question's previous answer. */
export function longTermReviews(histories: readonly (readonly FsrsReview[])[]): number {
  return histories.reduce((sum, history) => sum + history.filter((r, i) => i > 0 && r.deltaDays > 0).length, 0);
}

/** The optimizer's training items: for every long-term review, the history up to and including it. */
export function trainingItems(histories: readonly (readonly FsrsReview[])[]): FsrsReview[][] {
  const items: FsrsReview[][] = [];
  for (const history of histories) {
    history.forEach((review, i) => {
      if (i > 0 && review.deltaDays > 0) items.push(history.slice(0, i + 1));
    });
  }
  return items;
}

/**
 * Fits the learner's weights to `records` once there are `minReviews` long-term reviews. Never throws: a
 * failing optimizer, or weights FSRS can't use, give `failed` with the reason.
 */
export async function fitWeights(
  records: readonly AnswerRecord[],
  optimizer: FsrsOptimizer,
  now: number,
  minReviews = MIN_REVIEWS_TO_FIT,
): Promise<FitResult> {
  const histories = reviewHistories(records);
  const reviews = longTermReviews(histories);
  if (reviews < minReviews) return { kind: 'not-enough', reviews, needed: minReviews };
  let weights: number[];
  try {
    weights = await optimizer.computeWeights(trainingItems(histories));
  } catch (error) {
    return { kind: 'failed', reviews, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!validWeights(weights)) return { kind: 'failed', reviews, reason: `the optimizer did not return ${DEFAULT_WEIGHTS.length} finite weights` };
  // FSRS-6's decay must stay within the range ts-fsrs accepts (0.1–0.8); stabilities must be positive.
  if (!(weights[20] >= 0.1 && weights[20] <= 0.8) || weights.slice(0, 4).some((w) => !(w > 0))) {
    return { kind: 'failed', reviews, reason: 'the optimizer returned weights outside FSRS\'s ranges' };
  }
  return { kind: 'fitted', fitted: { weights, fittedAt: now, reviews } };
}

/**
 * The FSRS optimizer of `@open-spaced-repetition/binding` when it loads on this platform, or why not: the
 * package itself if it is installed (it picks its native build for the platform), else its x64 glibc Linux
 * build, the only one published for 0.5.0 and Exam Kiosk's optional dependency (see the README); then each of
 * `shipped`, folders holding a copy of that build (the `.vsix` has one in `dist/native/`, where no
 * node_modules is).
 */
export function loadFsrsOptimizer(shipped: readonly string[] = [], packages: readonly string[] = BINDING_PACKAGES): { readonly optimizer: FsrsOptimizer } | { readonly unavailable: string } {
  const reasons: string[] = [];
  for (const name of [...packages, ...shipped]) {
    let binding: BindingModule;
    try {
      // A name in a variable: bundlers leave this require alone, so the native module is never bundled.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- an optional native module, loaded only when present
      binding = require(name) as BindingModule;
    } catch (error) {
      reasons.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      continue;
    }
    if (typeof binding.computeParameters !== 'function' || typeof binding.FSRSBindingItem !== 'function') {
      reasons.push(`${name} does not have the expected API`);
      continue;
    }
    return { optimizer: bindingOptimizer(binding) };
  }
  return { unavailable: `no FSRS optimizer loads here (${reasons.join('; ')})` };
}

/** The packages tried by name, in order. */
export const BINDING_PACKAGES: readonly string[] = ['@open-spaced-repetition/binding', '@open-spaced-repetition/binding-linux-x64-gnu'];

/** Where the build copies the Linux x64 build, relative to the extension's folder (scripts/build.mjs). */
export const SHIPPED_BINDING_DIR = 'dist/native/binding-linux-x64-gnu';

function bindingOptimizer(binding: BindingModule): FsrsOptimizer {
  return {
    computeWeights: (items) => binding.computeParameters(
      items.map((item) => new binding.FSRSBindingItem(item.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaDays)))),
      // Intervals are whole days (no learning steps), as in `scheduler.ts`.
      { enableShortTerm: false, numRelearningSteps: 0 },
    ),
  };
}

/** What this module uses of the binding (its own types are ESM-only declarations). */
interface BindingModule {
  computeParameters(items: unknown[], options: { enableShortTerm: boolean; numRelearningSteps?: number }): Promise<number[]>;
  FSRSBindingItem: new (reviews: unknown[]) => unknown;
  FSRSBindingReview: new (rating: number, deltaT: number) => unknown;
}

/**
 * How well `weights` predict the answers from `records[from]` on: the mean log loss of FSRS's predicted recall
 * against right/wrong over the long-term reviews there (the history before `from` is replayed to build the
 * cards; records are taken in answering order). For comparing fitted weights with the defaults on answers the
 * fit did not see.
 */
export function recallLogLoss(records: readonly AnswerRecord[], from: number, weights?: FsrsWeights): { readonly loss: number; readonly reviews: number } {
  const model = reviewModel(weights);
  const cards = new Map<string, ReviewCard>();
  let loss = 0;
  let reviews = 0;
  sortedByTime(records).forEach((record, i) => {
    const key = `${record.bankId}\n${record.questionId}\n${record.contentHash}`;
    const previous = cards.get(key);
    if (i >= from && previous !== undefined && Math.floor(record.answeredAt / DAY_MS) > Math.floor(previous.lastReview / DAY_MS)) {
      const p = Math.min(0.999, Math.max(0.001, retrievability(previous, record.answeredAt, model)));
      loss -= Math.log(record.correct ? p : 1 - p);
      reviews++;
    }
    cards.set(key, reviewCard(previous, record.contentHash, record.answeredAt, record.correct, model));
  });
  return { loss: reviews === 0 ? NaN : loss / reviews, reviews };
}

/** Days between fits: reviews accumulate slowly, and a fit goes through the whole answer log. */
export const REFIT_DAYS = 7;

/** Whether to try a fit now: never fitted, or the last fit is {@link REFIT_DAYS} days old. */
export function fitDue(fitted: FittedWeights | undefined, now: number): boolean {
  return fitted === undefined || now - fitted.fittedAt >= REFIT_DAYS * DAY_MS;
}

/** Reads the saved weights; missing, damaged or from a newer version reads as none (the defaults are used). */
export async function readFittedWeights(file: string): Promise<FittedWeights | undefined> {
  const read = await readWithBackup(file, decodeFittedWeights);
  return read.kind === 'ok' ? read.value : undefined;
}

export function writeFittedWeights(file: string, fitted: FittedWeights): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify({ format: FORMAT, version: VERSION, ...fitted })}\n`);
}

export function decodeFittedWeights(text: string): FittedWeights | { readonly error: string } {
  const parsed = parseVersionedJson(text, FORMAT, VERSION, 'an FSRS weights file');
  if ('error' in parsed) return parsed;
  if (parsed.kind === 'future') return { error: `from a newer Exam Kiosk (version ${parsed.version})` };
  const v = parsed.body;
  if (!validWeights(v.weights)) return { error: 'no valid weights' };
  if (typeof v.fittedAt !== 'number' || typeof v.reviews !== 'number') return { error: 'damaged' };
  return { weights: v.weights, fittedAt: v.fittedAt, reviews: v.reviews };
}
