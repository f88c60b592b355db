/**
 * The chance of passing, with its uncertainty: for the next full mock of the bank, or for the real exam (today
 * or on the exam day). Calibrated on simulated candidates (`simulation/`, `npm run bench -- calibration`).
 *
 * Model, on the scale of the proportion of questions right:
 *
 * 1. **Practice level.** The blueprint-weighted mean of the domains' mastery (Beta(2, 2) prior, answers
 *    halving in weight every 30 days; see `mastery.ts`), with its posterior variance. Practice is not an
 *    exam: it leans towards weak tasks and due reviews, and the prior and the decay lag behind a learner who
 *    is improving, so a target's level is the practice level plus an offset for that target (`offset`: a
 *    mock draws partly on questions practised before, the real exam on none), known only to `practiceSd`.
 * 2. **Mocks.** Each earlier full mock of the bank measures the mock level with the noise of its own
 *    sampling and its age (the level moves: `mockAgeingSd` per √day). Practice level and mocks are combined
 *    by their precisions (a normal–normal update).
 * 3. **Projection.** For an exam `h` days ahead, a learner who keeps preparing gains `dailyGain` a day for up to
 *    `gainDays` days, and the level's uncertainty grows by `horizonSd` per √day.
 * 4. **The exam.** The result is the level plus the binomial sampling of its `n` scored questions and the
 *    spread of the day (`examDaySd`: for the real exam, questions of unknown difficulty and the form of the
 *    day); it passes with at least the pass mark right (the fewest right answers whose scaled score reaches
 *    the passing score, continuity-corrected).
 *
 * P(pass) integrates over everything uncertain. Its 80% interval is the range of the chance of passing over
 * the central 80% of what the level may be: how much the chance could move once the level is known better,
 * while the exam's own luck stays.
 *
 * The constants come from fitting the simulated candidates of one seed (a separate one from the benchmark's);
 * the README says what that can and can't show.
 */
import type { BankInfo } from '../bank/model';
import { DEFAULT_CUT, scaledScore } from '../exam/scaledScore';
import { DAY_MS } from './evidence';
import { masteryOf, type Mastery, type MasteryOptions } from './mastery';
import type { ExamOutcome } from './outcomes';
import type { BankProgress } from './state';

/** Below this many effective answers in all the prediction reads "not enough answers yet" (and without a mock). */
export const MIN_READINESS_EVIDENCE = 20;
/** … or with a domain below this many. */
export const MIN_DOMAIN_EVIDENCE = 3;
/** z for a central 80% interval. */
export const Z80 = 1.2816;

/** What is predicted: a full mock of the bank's questions, or the real exam (questions never met). */
export type PredictionTarget = 'mock' | 'exam';

/** The model's constants (see the module comment). */
export interface PredictionModel {
  /** The level of a target minus the practice level (proportion). */
  readonly offset: Readonly<Record<PredictionTarget, number>>;
  /** How far the practice level may be off as a measure of the level, beyond its own posterior (sd). */
  readonly practiceSd: number;
  /** A mock's result as a measure of today's level: its binomial noise plus this per √day of its age (sd). */
  readonly mockAgeingSd: number;
  /** Spread of an exam's result beyond the binomial: which questions come and the day's form (sd). */
  readonly examDaySd: Readonly<Record<PredictionTarget, number>>;
  /** Expected gain of the level a day of preparation ahead, for at most `gainDays` days. */
  readonly dailyGain: number;
  readonly gainDays: number;
  /** Growth of the level's uncertainty per √day ahead (sd). */
  readonly horizonSd: number;
}

/**
 * Fitted on the simulated candidates of seed 1 (the benchmark tests seed 2): the level terms by the likelihood
 * of each candidate's true expected proportion, the exam-day spread by the likelihood of the pass/fail outcomes.
 */
export const PREDICTION_MODEL: PredictionModel = {
  offset: { mock: 0.058, exam: 0.006 },
  practiceSd: 0.036,
  mockAgeingSd: 0.095,
  examDaySd: { mock: 0, exam: 0.075 },
  dailyGain: 0.0022,
  gainDays: 80,
  horizonSd: 0.011,
};

export interface PassPrediction {
  readonly bankId: string;
  readonly target: PredictionTarget;
  /** False below the evidence thresholds without any mock: shown greyed, as "not enough answers yet". */
  readonly enoughData: boolean;
  /** Domains (ids) with fewer than `MIN_DOMAIN_EVIDENCE` effective answers. */
  readonly thinDomains: readonly string[];
  /** Effective answers behind the practice level, over all domains. */
  readonly evidence: number;
  /** Earlier mocks used. */
  readonly mocks: number;
  /** Expected proportion of the exam's scored questions right, 0–1. */
  readonly proportion: number;
  /** Standard deviation of the level (what is not known about the learner), proportion. */
  readonly levelSd: number;
  /** Standard deviation of the exam's result (level, sampling and form), proportion. */
  readonly sd: number;
  /** Expected scaled score and the 80% range of the result, 100–1000. */
  readonly predictedScaled: number;
  readonly low: number;
  readonly high: number;
  /** Chance of passing, 0–1, and its 80% interval. */
  readonly pass: number;
  readonly passLow: number;
  readonly passHigh: number;
  readonly passingScore: number;
  /** Scored questions of the exam predicted. */
  readonly questions: number;
  /** Days from the prediction to the exam (0: now). */
  readonly horizonDays: number;
}

export interface PredictOptions extends MasteryOptions {
  /** Default `exam`. */
  readonly target?: PredictionTarget;
  /** When the exam is (default `now`); a later time projects. */
  readonly at?: number;
  /** Full mocks taken (any bank, any order: this bank's, finished by `now`, are used). */
  readonly mocks?: readonly ExamOutcome[];
  readonly model?: PredictionModel;
}

/** The prediction for `info`'s exam from the bank's progress at `now`. */
export function passPrediction(info: BankInfo, bank: BankProgress | undefined, now: number, options: PredictOptions = {}): PassPrediction {
  const masteries = info.domains.map((domain) => masteryOf(bank?.domains.get(domain.id), now, options));
  return predictFromMasteries(info, masteries, now, options);
}

/** The prediction from each domain's mastery, in `info.domains` order (for replays that already have them). */
export function predictFromMasteries(info: BankInfo, masteries: readonly Mastery[], now: number, options: PredictOptions = {}): PassPrediction {
  const model = options.model ?? PREDICTION_MODEL;
  const target = options.target ?? 'exam';
  const cut = options.cut ?? DEFAULT_CUT;
  const weightSum = info.domains.reduce((sum, d) => sum + Math.max(0, d.weight), 0);
  let practice = 0;
  let practiceVariance = 0;
  let evidence = 0;
  const thinDomains: string[] = [];
  info.domains.forEach((domain, i) => {
    const w = weightSum > 0 ? Math.max(0, domain.weight) / weightSum : 1 / info.domains.length;
    const m = masteries[i];
    practice += w * m.mean;
    practiceVariance += w * w * m.sd * m.sd;
    evidence += m.evidence;
    if (m.evidence < MIN_DOMAIN_EVIDENCE) thinDomains.push(domain.id);
  });
  if (info.domains.length === 0) {
    practice = 0;
    practiceVariance = 0;
  }
  // The normal–normal update of the mock level: the practice level shifted to it, and each mock, by precision.
  let precision = 1 / (practiceVariance + model.practiceSd ** 2);
  let weighted = (practice + model.offset.mock) * precision;
  const mocks = mockResults(options.mocks ?? [], info.id, now);
  for (const mock of mocks) {
    const p = clamp(mock.proportion, 0.05, 0.95);
    const variance = (p * (1 - p)) / mock.questions + model.examDaySd.mock ** 2 + model.mockAgeingSd ** 2 * mock.ageDays;
    precision += 1 / variance;
    weighted += mock.proportion / variance;
  }
  // The real exam sits `offset.mock − offset.exam` below the mock level: its questions were never practised.
  const horizonDays = Math.max(0, ((options.at ?? now) - now) / DAY_MS);
  const gain = model.dailyGain * Math.min(horizonDays, model.gainDays);
  const level = clamp(weighted / precision - model.offset.mock + model.offset[target] + gain, 0, 1);
  const levelSd = Math.sqrt(1 / precision + model.horizonSd ** 2 * horizonDays);
  const n = Math.max(1, target === 'mock' ? info.questionCount : info.scoredCount);
  const p = clamp(level, 0.01, 0.99);
  const noiseSd = Math.sqrt((p * (1 - p)) / n + model.examDaySd[target] ** 2);
  const sd = Math.sqrt(levelSd ** 2 + noiseSd ** 2);
  const threshold = (passMark(n, info.passingScore, cut) - 0.5) / n;
  const chance = (mean: number, spread: number) => normalCdf((mean - threshold) / spread);
  return {
    bankId: info.id,
    target,
    enoughData: info.domains.length > 0 && ((evidence >= MIN_READINESS_EVIDENCE && thinDomains.length === 0) || mocks.length > 0),
    thinDomains,
    evidence,
    mocks: mocks.length,
    proportion: level,
    levelSd,
    sd,
    predictedScaled: scaledScore(level, info.passingScore, cut),
    low: scaledScore(level - Z80 * sd, info.passingScore, cut),
    high: scaledScore(level + Z80 * sd, info.passingScore, cut),
    pass: chance(level, sd),
    passLow: chance(level - Z80 * levelSd, noiseSd),
    passHigh: chance(level + Z80 * levelSd, noiseSd),
    passingScore: info.passingScore,
    questions: n,
    horizonDays,
  };
}

/** This bank's mocks finished by `now`, with their proportion right, size and age. */
function mockResults(outcomes: readonly ExamOutcome[], bankId: string, now: number): { proportion: number; questions: number; ageDays: number }[] {
  const out: { proportion: number; questions: number; ageDays: number }[] = [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.bankId !== bankId || outcome.finishedAt > now || seen.has(outcome.examId)) continue;
    seen.add(outcome.examId);
    const domains = Object.values(outcome.perDomain);
    const total = domains.reduce((sum, d) => sum + d.total, 0);
    const correct = domains.reduce((sum, d) => sum + d.correct, 0);
    const questions = total > 0 ? total : 65;
    const proportion = total > 0 ? correct / total : outcome.percent / 100;
    out.push({ proportion, questions, ageDays: (now - outcome.finishedAt) / DAY_MS });
  }
  return out;
}

/** The fewest right answers out of `n` whose scaled score reaches `passingScore` (as the exam is scored). */
export function passMark(n: number, passingScore: number, cut = DEFAULT_CUT): number {
  for (let k = 0; k <= n; k++) if (scaledScore(k / n, passingScore, cut) >= passingScore) return k;
  return n + 1;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 for erf, error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
