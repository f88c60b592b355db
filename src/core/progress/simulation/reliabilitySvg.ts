/**
 * A reliability diagram as a standalone SVG (for the README): per bin of predicted chance, the observed
 * frequency of passing against the mean prediction, with its Wilson 95% interval, for each forecaster; the
 * diagonal is perfect calibration, and bars along the bottom show how many forecasts fell in each bin.
 */
import type { ReliabilityBin } from './calibration';

export interface ReliabilitySeries {
  readonly name: string;
  /** A CSS colour. */
  readonly color: string;
  readonly marker: 'circle' | 'square' | 'triangle';
  readonly bins: readonly ReliabilityBin[];
  /** Shown in the legend after the name, e.g. "Brier 0.109, ECE 0.021". */
  readonly note?: string;
}

const WIDTH = 640;
const HEIGHT = 580;
const LEFT = 70;
const TOP = 60;
const PLOT = 360;
const HIST = 60;

export function reliabilitySvg(series: readonly ReliabilitySeries[], title: string, description: string): string {
  const x = (p: number) => LEFT + p * PLOT;
  const y = (p: number) => TOP + (1 - p) * PLOT;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="title desc" font-family="sans-serif" font-size="12">`);
  out.push(`<title id="title">${escape(title)}</title>`, `<desc id="desc">${escape(description)}</desc>`);
  out.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`);
  out.push(`<text x="${LEFT}" y="28" font-size="15" font-weight="bold" fill="#222">${escape(title)}</text>`);
  // Grid, axes and the diagonal.
  for (let i = 0; i <= 10; i++) {
    const p = i / 10;
    out.push(`<line x1="${x(p)}" y1="${y(0)}" x2="${x(p)}" y2="${y(1)}" stroke="#eee"/>`, `<line x1="${x(0)}" y1="${y(p)}" x2="${x(1)}" y2="${y(p)}" stroke="#eee"/>`);
    if (i % 2 === 0) {
      out.push(`<text x="${x(p)}" y="${y(0) + 16}" text-anchor="middle" fill="#444">${p.toFixed(1)}</text>`);
      out.push(`<text x="${x(0) - 8}" y="${y(p) + 4}" text-anchor="end" fill="#444">${p.toFixed(1)}</text>`);
    }
  }
  out.push(`<rect x="${x(0)}" y="${y(1)}" width="${PLOT}" height="${PLOT}" fill="none" stroke="#888"/>`);
  out.push(`<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#888" stroke-dasharray="5 4"/>`);
  out.push(`<text x="${x(0.5)}" y="${y(0) + 34}" text-anchor="middle" fill="#222">predicted chance of passing (bins of 0.1)</text>`);
  out.push(`<text transform="translate(${LEFT - 44} ${y(0.5)}) rotate(-90)" text-anchor="middle" fill="#222">observed share passing (95% interval)</text>`);
  // Points with intervals, each series nudged sideways so that they don't hide each other.
  series.forEach((s, k) => {
    const nudge = (k - (series.length - 1) / 2) * 5;
    const points: string[] = [];
    for (const bin of s.bins) {
      if (bin.count === 0) continue;
      const cx = x(bin.predicted) + nudge;
      out.push(`<line x1="${cx}" y1="${y(bin.observedLow)}" x2="${cx}" y2="${y(bin.observedHigh)}" stroke="${s.color}" stroke-opacity="0.6"/>`);
      out.push(marker(s.marker, cx, y(bin.observed), s.color));
      points.push(`${cx},${y(bin.observed)}`);
    }
    if (points.length > 1) out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${s.color}" stroke-opacity="0.5"/>`);
  });
  // How many forecasts per bin, per series.
  const histTop = y(0) + 66;
  const max = Math.max(1, ...series.flatMap((s) => s.bins.map((b) => b.count)));
  const barWidth = PLOT / 10 / (series.length + 1);
  series.forEach((s, k) => {
    s.bins.forEach((bin, i) => {
      const h = (bin.count / max) * HIST;
      out.push(`<rect x="${x(i / 10) + barWidth * (k + 0.5)}" y="${histTop + HIST - h}" width="${barWidth}" height="${h}" fill="${s.color}" fill-opacity="0.6"/>`);
    });
  });
  out.push(`<text x="${x(0)}" y="${histTop - 4}" fill="#444">forecasts per bin (tallest: ${max})</text>`);
  // Legend.
  series.forEach((s, k) => {
    const ly = TOP + 14 + k * 36;
    out.push(marker(s.marker, x(1) + 22, ly - 4, s.color));
    out.push(`<text x="${x(1) + 34}" y="${ly}" fill="#222">${escape(s.name)}</text>`);
    if (s.note) out.push(`<text x="${x(1) + 34}" y="${ly + 13}" fill="#555" font-size="11">${escape(s.note)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function marker(kind: ReliabilitySeries['marker'], cx: number, cy: number, color: string): string {
  const r = 4.5;
  if (kind === 'circle') return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>`;
  if (kind === 'square') return `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" fill="${color}"/>`;
  return `<polygon points="${cx},${cy - r - 1} ${cx - r},${cy + r} ${cx + r},${cy + r}" fill="${color}"/>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
