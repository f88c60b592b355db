/**
 * The predictors the calibrated one is measured against in the calibration benchmark:
 *
 * - **last mock alone**: the chance that a new exam passes when the last mock's proportion right is the
 *   learner's level, with the binomial noise of both exams (`Φ((p − mark) / √(p(1−p)/m + p(1−p)/n))`). It
 *   makes no prediction before the first mock.
 * - **uncalibrated readiness**: the readiness formula Exam Kiosk used before the calibration (blueprint-
 *   weighted domain mastery with only its posterior variance and the exam's binomial noise, no offset, no
 *   mocks, no projection), kept here to show what the calibration changed.
 */
import type { BankInfo } from '../../bank/model';
import { masteryOf } from '../mastery';
import { MIN_DOMAIN_EVIDENCE, MIN_READINESS_EVIDENCE, normalCdf, passMark } from '../passPrediction';
import type { PredictionContext, PredictionValue } from './simulate';

/** Scored questions of the exam a context predicts. */
function examSize(info: BankInfo, target: PredictionContext['target']): number {
  return target === 'mock' ? info.questionCount : info.scoredCount;
}

export function lastMockPredictor(context: PredictionContext): PredictionValue {
  const last = context.mocks[context.mocks.length - 1];
  if (last === undefined) return undefined;
  const domains = Object.values(last.perDomain);
  const m = domains.reduce((sum, d) => sum + d.total, 0);
  if (m === 0) return undefined;
  const p = domains.reduce((sum, d) => sum + d.correct, 0) / m;
  const n = examSize(context.info, context.target);
  const threshold = (passMark(n, context.info.passingScore) - 0.5) / n;
  const sd = Math.sqrt((p * (1 - p)) / m + (p * (1 - p)) / n);
  return { pass: sd > 0 ? normalCdf((p - threshold) / sd) : p >= threshold ? 1 : 0 };
}

export function uncalibratedReadinessPredictor(context: PredictionContext): PredictionValue {
  const { info, bank, now } = context;
  const weightSum = info.domains.reduce((sum, d) => sum + Math.max(0, d.weight), 0);
  const n = Math.max(1, info.scoredCount);
  let p = 0;
  let variance = 0;
  let evidence = 0;
  let thin = 0;
  for (const domain of info.domains) {
    const w = Math.max(0, domain.weight) / weightSum;
    const m = masteryOf(bank?.domains.get(domain.id), now);
    p += w * m.mean;
    variance += w * w * m.sd * m.sd;
    evidence += m.evidence;
    if (m.evidence < MIN_DOMAIN_EVIDENCE) thin++;
  }
  if (evidence < MIN_READINESS_EVIDENCE || thin > 0) return undefined;
  const sd = Math.sqrt(variance + (p * (1 - p)) / n);
  const threshold = (Math.ceil(0.72 * n - 1e-9) - 0.5) / n;
  return { pass: normalCdf((p - threshold) / sd) };
}
