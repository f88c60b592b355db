/**
 * Cuts a document into question segments around its option groups: the stem runs from the question's marker
 * (heading, number, label) down to the options, the tail from the options to the next question's stem. The
 * marker kind that opens questions is chosen per document, so a numbered list inside an explanation or a stem
 * does not start a question in a bank whose questions are headings, and the reverse.
 */
import type { OptionGroup } from './optionGroups';
import { dominantMarkerKind, parseQuestionMarker, type QuestionMarker } from './questionMarkers';
import { isBlank, type SourceLine } from './sourceLines';

export interface Segment {
  /** Index of the first stem line (the marker line when there is one). */
  readonly stemStart: number;
  readonly marker?: QuestionMarker;
  readonly group: OptionGroup;
  /** Tail line range [tailStart, tailEnd): answer, explanation, references. */
  readonly tailStart: number;
  readonly tailEnd: number;
}

/** Line indices that can never hold a question marker (options, answer keys, text inside `<details>`). */
export type Masked = ReadonlySet<number>;

/**
 * Cuts `lines` into segments, one per question. `lastAnswer(from, to)` gives the index of the last answer (an
 * answer line or a `<details>` block) in a line range, or -1: a marker after the previous question's answer
 * opens the next question even when it is not of the document's usual kind, and options after an answer with
 * no marker at all belong to that answer's explanation.
 */
export function segmentQuestions(
  lines: readonly SourceLine[],
  groups: readonly OptionGroup[],
  masked: Masked,
  lastAnswer: (from: number, to: number) => number,
): Segment[] {
  const markers = lines.map((_, i) => markerAt(lines, groups, masked, i));
  const windows = groups.map((g, k) => markersIn(markers, k === 0 ? 0 : groups[k - 1].end, windowEnd(g)));
  const dominant = dominantMarkerKind(windows.map((w) => w.map(([, m]) => m)));
  const drafts: { stemStart: number; marker?: QuestionMarker; group: OptionGroup; absorbed: boolean }[] = [];
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k];
    const window = windows[k];
    const from = k === 0 ? 0 : groups[k - 1].end;
    const answerAt = k > 0 ? lastAnswer(from, group.start) : -1;
    const answered = answerAt >= 0;
    const ofKind = window.filter(([, m]) => m.kind === dominant);
    const afterAnswer = window.filter(([i]) => i > answerAt);
    const chosen = ofKind[ofKind.length - 1] ?? afterAnswer[afterAnswer.length - 1];
    if (chosen) {
      drafts.push({ stemStart: chosen[0], marker: chosen[1], group, absorbed: false });
      continue;
    }
    // Options after the previous question's answer with no marker before them, in a document whose questions
    // have markers, are part of that answer's explanation ("A. is wrong because …"), unless an answer of their
    // own follows them: then they are a question whose number was left out.
    const previous = drafts[drafts.length - 1];
    const ownAnswer = lastAnswer(group.end, k + 1 < groups.length ? groups[k + 1].start : lines.length) >= 0;
    if (previous && dominant !== undefined && answered && !ownAnswer) {
      drafts.push({ ...previous, group, absorbed: true });
      continue;
    }
    drafts.push({ stemStart: paragraphStart(lines, group, from), group, absorbed: false });
  }
  const kept = drafts.filter((d) => !d.absorbed);
  return kept.map((d, k) => ({
    stemStart: d.stemStart,
    marker: d.marker,
    group: d.group,
    tailStart: d.group.end,
    tailEnd: k + 1 < kept.length ? kept[k + 1].stemStart : lines.length,
  }));
}

/** Where the markers of the window before `group` end: its first line, or after it for inline options. */
function windowEnd(group: OptionGroup): number {
  return group.inlineBefore !== undefined ? group.start + 1 : group.start;
}

function markerAt(lines: readonly SourceLine[], groups: readonly OptionGroup[], masked: Masked, i: number): QuestionMarker | undefined {
  const line = lines[i];
  if (line.literal || line.afterBreak) return undefined;
  const inline = groups.find((g) => g.start === i && g.inlineBefore !== undefined);
  if (inline) return parseQuestionMarker(inline.inlineBefore!);
  if (masked.has(i)) return undefined;
  return parseQuestionMarker(line.text);
}

function markersIn(markers: readonly (QuestionMarker | undefined)[], from: number, to: number): [number, QuestionMarker][] {
  const found: [number, QuestionMarker][] = [];
  for (let i = from; i < to; i++) {
    const m = markers[i];
    if (m) found.push([i, m]);
  }
  return found;
}

/** Start of the paragraph right above a group (or its inline line), not before `floor`. */
function paragraphStart(lines: readonly SourceLine[], group: OptionGroup, floor: number): number {
  let i = group.inlineBefore !== undefined ? group.start : group.start - 1;
  while (i >= floor && isBlank(lines[i])) i--;
  while (i - 1 >= floor && !isBlank(lines[i - 1]) && !lines[i - 1].detailsClose) i--;
  return Math.max(i, floor);
}
