/**
 * The words and text bars the sidebar tree and the status bar show for progress numbers, kept here so that
 * every view says the same thing the same way (and tests can read it).
 */
import { MASTERY_LABEL_TEXT, type Mastery } from './mastery';
import type { Readiness } from './readiness';

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

/** Readiness in a few words: `742 predicted · 68% to pass`, or "not enough answers yet". */
export function readinessText(readiness: Readiness): string {
  if (!readiness.enoughData) return 'not enough answers yet';
  return `${readiness.predictedScaled} predicted · ${Math.round(readiness.passLikelihood * 100)}% to pass`;
}

/** Readiness in a sentence, for tooltips. */
export function readinessSentence(readiness: Readiness): string {
  const numbers = `predicted scaled score ${readiness.predictedScaled} (80% range ${readiness.low}–${readiness.high}; passing ${readiness.passingScore}), `
    + `${Math.round(readiness.passLikelihood * 100)}% chance to pass`;
  if (readiness.enoughData) return `Readiness: ${numbers}.`;
  const thin = readiness.thinDomains.length > 0 ? ` Domains with too few answers: ${readiness.thinDomains.join(', ')}.` : '';
  return `Readiness: not enough answers yet for a prediction.${thin} So far: ${numbers}.`;
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
