/**
 * Readiness for a certification: the scaled score the learner would most likely get today, and the chance
 * of passing.
 *
 * The predicted proportion correct is the blueprint-weighted mean of the domains' mastery (a domain with no
 * answers contributes the 50% prior, so gaps pull the prediction down rather than being ignored). It is
 * mapped to the scaled score with `scaledScore`. Its variance is Σ wᵢ²·sdᵢ² over domains (weights as
 * fractions). The pass likelihood is a normal approximation of the number right on a `scoredCount`-question
 * exam: variance = p(1−p)/n from the exam's own sampling plus the variance of our estimate of p; the learner
 * passes with at least ⌈cut·n⌉ right (continuity-corrected).
 *
 * "Not enough data" below {@link MIN_READINESS_EVIDENCE} effective answers in all, or with a domain under
 * {@link MIN_DOMAIN_EVIDENCE}; the numbers are still returned for a greyed-out display.
 */
import type { BankInfo } from '../bank/model';
import { DEFAULT_CUT, scaledScore } from '../exam/scaledScore';
import { masteryOf, type Mastery } from './mastery';
import type { BankProgress } from './state';

export const MIN_READINESS_EVIDENCE = 20;
export const MIN_DOMAIN_EVIDENCE = 3;
/** z for the central 80% interval of the predicted score. */
const Z80 = 1.2816;

export interface Readiness {
  readonly bankId: string;
  readonly enoughData: boolean;
  /** Domains (ids) with fewer than `MIN_DOMAIN_EVIDENCE` effective answers. */
  readonly thinDomains: readonly string[];
  /** Predicted proportion of scored questions right, 0–1. */
  readonly proportion: number;
  /** Standard deviation of the exam result as a proportion (estimate uncertainty and exam sampling). */
  readonly sd: number;
  /** Predicted scaled score, 100–1000. */
  readonly predictedScaled: number;
  /** 80% interval of the scaled score. */
  readonly low: number;
  readonly high: number;
  /** Chance of passing, 0–1. */
  readonly passLikelihood: number;
  readonly passingScore: number;
  /** Effective answers behind the estimate, over all domains. */
  readonly evidence: number;
}

export interface ReadinessOptions {
  /** Proportion correct that maps to the passing score; `DEFAULT_CUT` by default. */
  readonly cut?: number;
}

export function readiness(info: BankInfo, bank: BankProgress | undefined, now: number, options: ReadinessOptions = {}): Readiness {
  const masteries = info.domains.map((domain) => masteryOf(bank?.domains.get(domain.id), now, options));
  return readinessFromDomains(info, masteries, options);
}

/** Readiness from each domain's mastery, in `info.domains` order (for replays that already have them). */
export function readinessFromDomains(info: BankInfo, masteries: readonly Mastery[], options: ReadinessOptions = {}): Readiness {
  const cut = options.cut ?? DEFAULT_CUT;
  const weightSum = info.domains.reduce((sum, d) => sum + Math.max(0, d.weight), 0);
  const n = Math.max(1, info.scoredCount);
  let p = 0;
  let estimateVariance = 0;
  let evidence = 0;
  const thinDomains: string[] = [];
  info.domains.forEach((domain, i) => {
    const w = weightSum > 0 ? Math.max(0, domain.weight) / weightSum : 1 / info.domains.length;
    const m = masteries[i];
    p += w * m.mean;
    estimateVariance += w * w * m.sd * m.sd;
    evidence += m.evidence;
    if (m.evidence < MIN_DOMAIN_EVIDENCE) thinDomains.push(domain.id);
  });
  if (info.domains.length === 0) p = 0;
  const sd = Math.sqrt(estimateVariance + (p * (1 - p)) / n);
  const threshold = (Math.ceil(cut * n - 1e-9) - 0.5) / n;
  const passLikelihood = sd > 0 ? normalCdf((p - threshold) / sd) : p >= threshold ? 1 : 0;
  return {
    bankId: info.id,
    enoughData: evidence >= MIN_READINESS_EVIDENCE && thinDomains.length === 0 && info.domains.length > 0,
    thinDomains,
    proportion: p,
    sd,
    predictedScaled: scaledScore(p, info.passingScore, cut),
    low: scaledScore(p - Z80 * sd, info.passingScore, cut),
    high: scaledScore(p + Z80 * sd, info.passingScore, cut),
    passLikelihood,
    passingScore: info.passingScore,
    evidence,
  };
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 for erf, error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
