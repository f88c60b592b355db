/**
 * How good a probability forecast is, from (predicted chance, what happened) pairs:
 *
 * - **Brier score**: mean squared difference between the chance and the outcome (0 best; 0.25 for always
 *   saying 50%). It rewards both calibration and sharpness.
 * - **Expected calibration error (ECE)** over equal-width bins of the predicted chance: the mean, weighted by
 *   each bin's share of forecasts, of |mean predicted − observed frequency|. 0 means "70% happens 70% of the
 *   time" in every bin; it says nothing of sharpness (always predicting the base rate has ECE ≈ 0).
 * - **Reliability bins**: per bin, the forecasts' mean and the observed frequency with a Wilson 95% interval,
 *   for the reliability diagram.
 */

export interface Forecast {
  /** Predicted chance, 0–1. */
  readonly p: number;
  readonly outcome: boolean;
}

export interface ReliabilityBin {
  readonly low: number;
  readonly high: number;
  readonly count: number;
  /** Mean predicted chance in the bin (NaN when empty). */
  readonly predicted: number;
  /** Observed frequency of the outcome in the bin (NaN when empty). */
  readonly observed: number;
  /** Wilson 95% interval of the observed frequency. */
  readonly observedLow: number;
  readonly observedHigh: number;
}

export interface CalibrationSummary {
  readonly count: number;
  readonly brier: number;
  readonly ece: number;
  readonly logLoss: number;
  /** Observed frequency of the outcome overall. */
  readonly baseRate: number;
  readonly bins: readonly ReliabilityBin[];
}

export function brierScore(forecasts: readonly Forecast[]): number {
  if (forecasts.length === 0) return NaN;
  return forecasts.reduce((sum, f) => sum + (f.p - (f.outcome ? 1 : 0)) ** 2, 0) / forecasts.length;
}

/** Mean negative log likelihood, chances clamped to [0.001, 0.999]. */
export function logLoss(forecasts: readonly Forecast[]): number {
  if (forecasts.length === 0) return NaN;
  return forecasts.reduce((sum, f) => {
    const p = Math.min(0.999, Math.max(0.001, f.p));
    return sum - Math.log(f.outcome ? p : 1 - p);
  }, 0) / forecasts.length;
}

/** Equal-width bins over [0, 1] (a chance of exactly 1 goes in the last). */
export function reliabilityBins(forecasts: readonly Forecast[], binCount = 10): ReliabilityBin[] {
  const bins = Array.from({ length: binCount }, () => ({ n: 0, p: 0, k: 0 }));
  for (const f of forecasts) {
    const i = Math.min(binCount - 1, Math.max(0, Math.floor(f.p * binCount)));
    bins[i].n++;
    bins[i].p += f.p;
    if (f.outcome) bins[i].k++;
  }
  return bins.map((b, i) => {
    const [observedLow, observedHigh] = wilson(b.k, b.n);
    return {
      low: i / binCount,
      high: (i + 1) / binCount,
      count: b.n,
      predicted: b.n === 0 ? NaN : b.p / b.n,
      observed: b.n === 0 ? NaN : b.k / b.n,
      observedLow,
      observedHigh,
    };
  });
}

export function expectedCalibrationError(forecasts: readonly Forecast[], binCount = 10): number {
  if (forecasts.length === 0) return NaN;
  return reliabilityBins(forecasts, binCount).reduce((sum, b) => (b.count === 0 ? sum : sum + (b.count / forecasts.length) * Math.abs(b.predicted - b.observed)), 0);
}

export function calibrationSummary(forecasts: readonly Forecast[], binCount = 10): CalibrationSummary {
  return {
    count: forecasts.length,
    brier: brierScore(forecasts),
    ece: expectedCalibrationError(forecasts, binCount),
    logLoss: logLoss(forecasts),
    baseRate: forecasts.length === 0 ? NaN : forecasts.filter((f) => f.outcome).length / forecasts.length,
    bins: reliabilityBins(forecasts, binCount),
  };
}

/** Wilson score interval (95%) of k successes in n. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.959964;
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
