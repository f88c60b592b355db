/**
 * The stem of a question segment as markdown: the marker's text (unless it is only a label such as
 * "Question 3"), the lines down to the options, dedented, with `<br>` breaks kept as paragraph breaks.
 */
import type { Segment } from './segments';
import type { SourceLine } from './sourceLines';

/** Builds the stem markdown of `segment`; empty when there is no stem text. */
export function buildStem(lines: readonly SourceLine[], segment: Segment, skip: ReadonlySet<number>): string {
  const { group, marker, stemStart } = segment;
  const inline = group.inlineBefore !== undefined;
  const last = inline ? group.start : group.start - 1;
  const parts: { text: string; afterBreak: boolean }[] = [];
  for (let i = stemStart; i <= last; i++) {
    if (skip.has(i) && i !== group.start) continue;
    const line = lines[i];
    let text = inline && i === group.start ? group.inlineBefore! : line.text;
    if (i === stemStart && marker) {
      if (marker.labelOnly) continue;
      text = marker.text;
    }
    parts.push({ text, afterBreak: line.afterBreak });
  }
  const first = parts.shift();
  const indents = parts.filter((p) => p.text.trim() !== '').map((p) => /^ */.exec(p.text)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  const out: string[] = [];
  const push = (text: string, afterBreak: boolean): void => {
    if (afterBreak && out.length > 0 && out[out.length - 1] !== '') out.push('');
    if (text === '' && (out.length === 0 || out[out.length - 1] === '')) return;
    out.push(text);
  };
  if (first) push(first.text.trim(), false);
  for (const p of parts) push(p.text.slice(Math.min(common, /^ */.exec(p.text)![0].length)).trimEnd(), p.afterBreak);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n').trim();
}
