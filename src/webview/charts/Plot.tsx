/**
 * An SVG chart read out as one image (its title, then `summary`): labelled horizontal grid lines, a dashed
 * threshold, then the chart's own marks. Chart text comes from banks and is only ever set as text.
 */
import type { ComponentChildren } from 'preact';
import type { Frame } from '../../core/charts/chartGeometry';

export const WIDTH = 640;
export const HEIGHT = 240;

interface Props {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly frame: Frame;
  readonly grid: readonly { readonly at: number; readonly text: string }[];
  readonly threshold: { readonly y: number; readonly text: string };
  readonly children: ComponentChildren;
}

export function Plot({ id, title, summary, frame: f, grid, threshold, children }: Props) {
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} class="plot" id={id}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {grid.map((t) => (
        <g class="tick" key={t.at}>
          <line x1={f.x0} x2={f.x1} y1={t.at} y2={t.at} class="grid" />
          <text x={f.x0 - 6} y={t.at + 4} text-anchor="end">{t.text}</text>
        </g>
      ))}
      <line x1={f.x0} x2={f.x1} y1={threshold.y} y2={threshold.y} class="threshold" />
      <text x={f.x1} y={threshold.y - 4} text-anchor="end" class="threshold-label">{threshold.text}</text>
      {children}
    </svg>
  );
}

export function Swatch({ kind, label }: { readonly kind: string; readonly label: string }) {
  return <span class="key"><span class={`swatch ${kind}`} aria-hidden="true" />{label}</span>;
}

export function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function date(at: number, withTime = true): string {
  return new Date(at).toLocaleString(undefined, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' });
}

export function shortDate(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
