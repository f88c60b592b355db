/**
 * Readiness for a certification as the views show it: the calibrated prediction of the real exam (see
 * `passPrediction.ts`) from the bank's progress, today or projected to a later day, with the chance of
 * passing under its historical name `passLikelihood`. Views that know the learner's mocks pass them in.
 *
 * "Not enough data" below {@link MIN_READINESS_EVIDENCE} effective answers in all, or with a domain under
 * {@link MIN_DOMAIN_EVIDENCE}, unless a mock was taken; the numbers are still returned for a greyed-out display.
 */
import type { BankInfo } from '../bank/model';
import type { Mastery } from './mastery';
import { passPrediction, predictFromMasteries, type PassPrediction, type PredictOptions } from './passPrediction';
import type { BankProgress } from './state';

export { MIN_DOMAIN_EVIDENCE, MIN_READINESS_EVIDENCE, normalCdf } from './passPrediction';

export interface Readiness extends PassPrediction {
  /** Chance of passing, 0–1 (the same as `pass`). */
  readonly passLikelihood: number;
}

export type ReadinessOptions = PredictOptions;

export function readiness(info: BankInfo, bank: BankProgress | undefined, now: number, options: ReadinessOptions = {}): Readiness {
  return asReadiness(passPrediction(info, bank, now, options));
}

/** Readiness from each domain's mastery, in `info.domains` order (for replays that already have them). */
export function readinessFromDomains(info: BankInfo, masteries: readonly Mastery[], options: ReadinessOptions = {}): Readiness {
  return asReadiness(predictFromMasteries(info, masteries, 0, options));
}

function asReadiness(prediction: PassPrediction): Readiness {
  return { ...prediction, passLikelihood: prediction.pass };
}
