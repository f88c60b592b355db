/**
 * Maps a raw proportion of correct scored answers to AWS's 100–1000 scale.
 *
 * AWS does not publish its mapping: it equates forms of different difficulty so that the passing score always
 * means the same competence. We estimate it with two straight lines that meet at the passing score: a raw
 * proportion of `cut` (by default 72%, the figure most often reported by candidates for the associate and
 * foundational exams) lands exactly on the bank's passing score, 0% on 100 and 100% on 1000. The estimate is
 * documented in the README and shown as one in the score report.
 */

/** The raw proportion correct that we assume corresponds to the passing score. */
export const DEFAULT_CUT = 0.72;

export const MIN_SCALED = 100;
export const MAX_SCALED = 1000;

/** Scaled score (integer, 100–1000) for `proportion` (0–1) correct, given the bank's passing score. */
export function scaledScore(proportion: number, passingScore: number, cut = DEFAULT_CUT): number {
  const p = clamp(Number.isFinite(proportion) ? proportion : 0, 0, 1);
  const pass = clamp(passingScore, MIN_SCALED + 1, MAX_SCALED - 1);
  const c = clamp(cut, 0.01, 0.99);
  const scaled = p <= c
    ? MIN_SCALED + ((pass - MIN_SCALED) * p) / c
    : pass + ((MAX_SCALED - pass) * (p - c)) / (1 - c);
  return Math.round(scaled);
}

/** The raw proportion that maps to `scaled`: the inverse of {@link scaledScore}, for readiness estimates. */
export function proportionForScaled(scaled: number, passingScore: number, cut = DEFAULT_CUT): number {
  const s = clamp(scaled, MIN_SCALED, MAX_SCALED);
  const pass = clamp(passingScore, MIN_SCALED + 1, MAX_SCALED - 1);
  const c = clamp(cut, 0.01, 0.99);
  return s <= pass ? ((s - MIN_SCALED) * c) / (pass - MIN_SCALED) : c + ((s - pass) * (1 - c)) / (MAX_SCALED - pass);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
