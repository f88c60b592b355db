/**
 * The words and text bars the sidebar tree and the status bar show for progress numbers, kept here so that
 * every view says the same thing the same way (and tests can read it).
 */
import { MASTERY_LABEL_TEXT, type Mastery } from './mastery';
import type { PassPrediction } from './passPrediction';

const FULL = '▰';
const EMPTY = '▱';

/** A text bar of `width` cells filled to `fraction` (0–1), e.g. `▰▰▰▰▰▰▱▱▱▱` for 0.6. */
export function textBar(fraction: number, width = 10): string {
  const filled = Math.round(Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * width);
  return FULL.repeat(filled) + EMPTY.repeat(width - filled);
}

/**
 * A mastery as the tree shows it: `▰▰▰▰▰▰▱▱▱▱ 62% · Needs improvement`, or the label alone while there are no
 * answers (a bar at the 50% prior would look like a result).
 */
export function masteryText(mastery: Mastery): string {
  const label = MASTERY_LABEL_TEXT[mastery.label];
  if (mastery.answers === 0) return label;
  return `${textBar(mastery.mean)} ${Math.round(mastery.mean * 100)}% · ${label}`;
}

/** A mastery for screen readers: the same words without the bar, e.g. "62%, Needs improvement". */
export function masterySpoken(mastery: Mastery): string {
  const label = MASTERY_LABEL_TEXT[mastery.label];
  return mastery.answers === 0 ? label : `${Math.round(mastery.mean * 100)}%, ${label}`;
}

/** "12 of 15 right" (plain counts, undecayed). */
export function countsText(mastery: Mastery): string {
  return mastery.answers === 0 ? 'no answers yet' : `${mastery.right} of ${mastery.answers} right`;
}

/** A chance with two decimals: `0.72` (and never `1.00` or `0.00`: nothing is certain). */
export function chanceText(chance: number): string {
  const c = Number.isFinite(chance) ? Math.min(0.99, Math.max(0.01, chance)) : 0.5;
  return c.toFixed(2);
}

/** The chance of passing with its uncertainty: `P(pass) 0.72, 80 % interval 0.60–0.80`. */
export function passText(prediction: PassPrediction): string {
  return `P(pass) ${chanceText(prediction.pass)}, 80 % interval ${chanceText(prediction.passLow)}–${chanceText(prediction.passHigh)}`;
}

/** Readiness in a few words: `742 predicted · P(pass) 0.68, 80 % interval 0.55–0.79`, or "not enough answers yet". */
export function readinessText(readiness: PassPrediction): string {
  if (!readiness.enoughData) return 'not enough answers yet';
  return `${readiness.predictedScaled} predicted · ${passText(readiness)}`;
}

/** Readiness in a sentence, for tooltips (says when it is projected to a later exam day). */
export function readinessSentence(readiness: PassPrediction): string {
  const days = Math.round(readiness.horizonDays);
  const when = days >= 1 ? ` on the exam day (in ${days} day${days === 1 ? '' : 's'}, if you keep preparing)` : '';
  const numbers = `predicted scaled score ${readiness.predictedScaled} (80% range ${readiness.low}–${readiness.high}; passing ${readiness.passingScore}), `
    + passText(readiness);
  if (readiness.enoughData) return `Readiness${when}: ${numbers}.`;
  const thin = readiness.thinDomains.length > 0 ? ` Domains with too few answers: ${readiness.thinDomains.join(', ')}.` : '';
  return `Readiness${when}: not enough answers yet for a prediction.${thin} So far: ${numbers}.`;
}

/** "5 reviews due", "1 review due", or when none is due "next review in 3 h" (or nothing). */
export function dueText(dueCount: number, nextDueAt: number | undefined, now: number): string {
  if (dueCount > 0) return `${dueCount} review${dueCount === 1 ? '' : 's'} due`;
  if (nextDueAt === undefined) return '';
  return `next review in ${duration(nextDueAt - now)}`;
}

/** A rough duration: "40 min", "3 h", "2 days". */
export function duration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
