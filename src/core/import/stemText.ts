/**
 * The stem of a question segment as markdown: the marker's text (unless it is only a label such as
 * "Question 3", or a topic title above the real stem), the lines down to the options, dedented, with `<br>`
 * breaks kept as paragraph breaks and code blocks as they are; then without what only decorates the question:
 * emphasis around a whole line, and a leading label such as "Scenario:".
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
      const below = lines.slice(i + 1, last + 1).some((l) => !l.literal && l.text.trim() !== '');
      if (marker.kind !== 'number' && below && isTopicTitle(text)) continue;
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
  return undecorate(out).join('\n').trim();
}

/**
 * A heading's or bold label's text that names a topic instead of asking ("VPC peering", "Amazon S3 — storage
 * classes"): a few words, no sentence end, no question word. Only dropped when the real stem follows it.
 */
function isTopicTitle(text: string): boolean {
  const plain = text.replace(/[*_`]/g, '').trim();
  if (plain === '' || /[?.!:;]$/.test(plain)) return false;
  if (/\b(?:which|what|how|why|when|where|who|whose|select|choose)\b/i.test(plain)) return false;
  return plain.split(/\s+/).length <= 8;
}

const LABEL = /^(?:\*\*|__)?\s*(?:scenario|situation|question|problem|case(?: study)?|context|q)(?:\s*:|\s+[-–—](?=\s))\s*(?:\*\*|__)?\s*/i;
/** A first line that only files the question under a topic: "**Topic:** Networking", "Domain: Security". */
const TOPIC_LINE = /^(?:\*\*|__)?\s*(?:topic|domain|category|section|subject|difficulty|level)\s*:\s*(?:\*\*|__)?[^?]{0,60}$/i;
/** A topic tag opening the stem: "[Storage] Which service…". */
const TOPIC_TAG = /^\s*\[[^\]]{1,30}\](?![([:])\s+(?=\S)/;
const WHOLE_LINE_EMPHASIS = /^(\*\*|__)(?!\s)(.+?)\s*\1(\s*[([][^)\]]*[)\]]\.?)?\s*$/;

/**
 * Drops what decorates a stem rather than asks it: a leading label ("**Scenario:**", "Question:"), on the first
 * line or as a line of its own, a first line that names a topic ("Topic: Networking") or a topic tag
 * ("[Storage] Which…"), and emphasis around a whole line (`**Which service…?**`, also with a select hint after
 * it). Code blocks are left as they are.
 */
function undecorate(lines: readonly string[]): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined || marker) {
      if (fence === undefined) fence = marker;
      else if (marker && marker.startsWith(fence[0]) && marker.length >= fence.length) fence = undefined;
      out.push(line);
      continue;
    }
    let text = line;
    if (out.every((l) => l.trim() === '')) {
      if (TOPIC_LINE.test(text.trim())) continue;
      const label = LABEL.exec(text.trim());
      if (label) text = text.trim().slice(label[0].length);
      if (label && text === '') continue;
      text = text.replace(TOPIC_TAG, '');
    }
    const whole = WHOLE_LINE_EMPHASIS.exec(text.trim());
    if (whole && !whole[2].includes(whole[1])) text = `${whole[2]}${whole[3] ?? ''}`;
    out.push(text);
  }
  while (out.length > 0 && out[0].trim() === '') out.shift();
  return out;
}
