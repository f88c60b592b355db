/**
 * Where things go on the progress charts: scales, axis ticks and line paths in SVG user units. Pure numbers
 * (no DOM, no dates), so the chart page only draws what this computes and the layout can be tested.
 */

/** Inner margins of a chart, for axis labels. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const DEFAULT_MARGINS: Margins = { top: 12, right: 16, bottom: 28, left: 44 };

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps everything to the middle of the range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** Round tick values (steps of 1, 2 or 5 × 10ⁿ) covering [min, max], at most about `count` of them. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || count < 1) return [];
  if (max < min) [min, max] = [max, min];
  if (max === min) return [min];
  const raw = (max - min) / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) ticks.push(Number((k * step).toFixed(decimals)) + 0);
  return ticks;
}

/** Up to `max` indices of `n` points to label, evenly spread, always the first and the last. */
export function indexTicks(n: number, max: number): number[] {
  if (n <= 0 || max <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max === 1) return [n - 1];
  const out = new Set<number>();
  for (let k = 0; k < max; k++) out.add(Math.round((k * (n - 1)) / (max - 1)));
  return [...out].sort((a, b) => a - b);
}

/** An SVG path through `points` (`M x y L x y …`), rounded to 0.1 units; empty for no points. */
export function linePath(points: readonly { readonly x: number; readonly y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

export interface Tick {
  readonly value: number;
  /** Position along its axis. */
  readonly at: number;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  /** Plot area. */
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

function frame(width: number, height: number, m: Margins): Frame {
  return { width, height, x0: m.left, x1: Math.max(m.left + 1, width - m.right), y0: m.top, y1: Math.max(m.top + 1, height - m.bottom) };
}

/** The x position of point `i` of `n`, spread evenly (one point sits in the middle). */
function spread(n: number, f: Frame): (i: number) => number {
  return n <= 1 ? () => (f.x0 + f.x1) / 2 : linear(0, n - 1, f.x0, f.x1);
}

export interface ScoreChartLayout {
  readonly frame: Frame;
  readonly yTicks: readonly Tick[];
  /** y of the passing score. */
  readonly passY: number;
  /** One per exam, in order. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly scorePath: string;
  readonly averagePath: string;
  /** Indices of the exams whose dates label the x axis. */
  readonly xLabels: readonly number[];
}

/**
 * The score-trend chart: exams evenly spaced in the order taken (time between mock exams varies too much for
 * a time axis to read well), scaled score 100–1000 upwards, with the passing score as a line.
 */
export function scoreChartLayout(
  exams: readonly { readonly scaled: number; readonly average: number }[],
  passingScore: number,
  width: number,
  height: number,
  margins: Margins = DEFAULT_MARGINS,
): ScoreChartLayout {
  const f = frame(width, height, margins);
  const y = linear(100, 1000, f.y1, f.y0);
  const x = spread(exams.length, f);
  const points = exams.map((e, i) => ({ x: x(i), y: y(e.scaled) }));
  return {
    frame: f,
    yTicks: [100, 300, 500, 700, 1000].map((value) => ({ value, at: y(value) })),
    passY: y(passingScore),
    points,
    scorePath: linePath(points),
    averagePath: linePath(exams.map((e, i) => ({ x: x(i), y: y(e.average) }))),
    xLabels: indexTicks(exams.length, Math.max(1, Math.floor((f.x1 - f.x0) / 70))),
  };
}

export interface MasteryChartLayout {
  readonly frame: Frame;
  readonly yTicks: readonly Tick[];
  /** y of the proportion that meets competencies. */
  readonly cutY: number;
  /** One line per domain, in domain order. */
  readonly lines: readonly { readonly path: string; readonly end: { readonly x: number; readonly y: number } | undefined }[];
  /** x of each period. */
  readonly xs: readonly number[];
  /** Indices of the periods whose dates label the x axis. */
  readonly xLabels: readonly number[];
}

/**
 * Mastery per domain over time: one line per domain, 0–100% upwards, with the cut as a line. A domain's line
 * starts at its first period with evidence (before that its mean is only the prior, which is no result).
 */
export function masteryChartLayout(
  periods: readonly { readonly means: readonly number[]; readonly evidence?: readonly number[] }[],
  domainCount: number,
  cut: number,
  width: number,
  height: number,
  margins: Margins = DEFAULT_MARGINS,
): MasteryChartLayout {
  const f = frame(width, height, margins);
  const y = linear(0, 1, f.y1, f.y0);
  const x = spread(periods.length, f);
  const lines = Array.from({ length: domainCount }, (_, d) => {
    const first = periods.findIndex((p) => p.evidence === undefined || (p.evidence[d] ?? 0) > 0);
    const points = first < 0 ? [] : periods.slice(first).map((p, i) => ({ x: x(first + i), y: y(clamp01(p.means[d] ?? 0)) }));
    return { path: linePath(points), end: points[points.length - 1] };
  });
  return {
    frame: f,
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, at: y(value) })),
    cutY: y(cut),
    lines,
    xs: periods.map((_, i) => x(i)),
    xLabels: indexTicks(periods.length, Math.max(1, Math.floor((f.x1 - f.x0) / 70))),
  };
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));
}
