/**
 * Mastery of a task statement or domain: an exponentially decayed Beta–Bernoulli estimate of the chance of
 * answering its next question right.
 *
 * Model. Each answer is a Bernoulli trial with unknown success probability p. The prior is
 * Beta(PRIOR_MEAN·PRIOR_STRENGTH, (1−PRIOR_MEAN)·PRIOR_STRENGTH) = Beta(2, 2): "about a coin flip, worth four
 * answers". Each answer adds its weight to α (right) or β (wrong); weights decay with a 30-day half-life
 * (see `evidence.ts`), and repeats within 12 hours or classifier-guessed tasks count less. The estimate is
 * the posterior mean α/(α+β) and its uncertainty the posterior standard deviation.
 *
 * Labels follow the AWS score report. With fewer than {@link MIN_EVIDENCE} effective answers the label is
 * "Not enough answers yet"; otherwise "Meets competencies" when the posterior mean reaches the proportion
 * that passes the exam (`DEFAULT_CUT`, 72%) and "Needs improvement" below it. Because the prior pulls towards
 * 50%, recent answers needed to read as meeting: 5 of 5, 9 of 10, 16 of 20, 37 of 50 — two lucky answers
 * never do.
 */
import { DEFAULT_CUT } from '../exam/scaledScore';
import { tallyAt, type Tally } from './evidence';

export const PRIOR_MEAN = 0.5;
export const PRIOR_STRENGTH = 4;
/** Effective (decayed, weighted) answers needed before a label other than "Not enough answers yet". */
export const MIN_EVIDENCE = 5;

export type MasteryLabel = 'meets' | 'needs-improvement' | 'not-enough';

export const MASTERY_LABEL_TEXT: Readonly<Record<MasteryLabel, string>> = {
  meets: 'Meets competencies',
  'needs-improvement': 'Needs improvement',
  'not-enough': 'Not enough answers yet',
};

export interface Mastery {
  /** Posterior mean: estimated chance of answering the next question right, 0–1. */
  readonly mean: number;
  /** Posterior standard deviation of that chance. */
  readonly sd: number;
  /** Effective number of answers behind the estimate (decayed and weighted). */
  readonly evidence: number;
  /** 0 (prior only) … 1 (much evidence): evidence / (evidence + PRIOR_STRENGTH·4). */
  readonly confidence: number;
  readonly label: MasteryLabel;
  /** Plain counts, for "12 of 15 right". */
  readonly answers: number;
  readonly right: number;
}

export interface MasteryOptions {
  /** Proportion that reads as meeting competencies; the exam's cut by default. */
  readonly cut?: number;
}

/** Mastery from decayed sums of `correct` out of `total` effective answers. */
export function masteryFromSums(correct: number, total: number, answers: number, right: number, options: MasteryOptions = {}): Mastery {
  const alpha = PRIOR_MEAN * PRIOR_STRENGTH + correct;
  const beta = (1 - PRIOR_MEAN) * PRIOR_STRENGTH + (total - correct);
  const sum = alpha + beta;
  const mean = alpha / sum;
  const sd = Math.sqrt((alpha * beta) / (sum * sum * (sum + 1)));
  const cut = options.cut ?? DEFAULT_CUT;
  const label: MasteryLabel = total < MIN_EVIDENCE ? 'not-enough' : mean >= cut ? 'meets' : 'needs-improvement';
  return { mean, sd, evidence: total, confidence: total / (total + PRIOR_STRENGTH * 4), label, answers, right };
}

/** Mastery of a tally as it stands at `now`; an absent tally gives the prior. */
export function masteryOf(tally: Tally | undefined, now: number, options: MasteryOptions = {}): Mastery {
  if (tally === undefined) return masteryFromSums(0, 0, 0, 0, options);
  const { correct, total } = tallyAt(tally, now);
  return masteryFromSums(correct, total, tally.answers, tally.right, options);
}
