/**
 * Reads one markdown file of a community question bank, whatever its home-grown format: option groups are
 * found first, the document is cut into question segments around them, then each segment's stem, answer
 * (task-list marks, an answer line, a `<details>` block, a marked option, or an answer key at the end) and
 * explanation are read. Every question that cannot be read with certainty is returned as skipped, with a reason.
 */
import { findAnswerKeys, type AnswerKeyBlock } from './answerKey';
import { parseAnswerLine } from './answerText';
import { findOptionGroups, type OptionGroup } from './optionGroups';
import { segmentQuestions, type Segment } from './segments';
import { parseQuestionMarker } from './questionMarkers';
import { countSignals, type QuestionSignals } from './questionSignals';
import { countedQuestion, findSelectHint, type SelectHint } from './selectHint';
import { documentLines } from './documentLines';
import type { SourceLine } from './sourceLines';
import { buildStem } from './stemText';
import { readTail, type AnswerCandidate } from './tailReader';

export interface ReadOption {
  readonly text: string;
  readonly line: number;
}

/** A question read from a source file, with exactly the answer the source gives. */
export interface ReadQuestion {
  readonly file: string;
  /** Line of the question's first line (its number or heading). */
  readonly line: number;
  readonly number?: number;
  /** Stem markdown as written, with its select hint if it has one. */
  readonly stem: string;
  readonly options: readonly ReadOption[];
  /** 0-based indices of the correct options, sorted. */
  readonly correct: readonly number[];
  readonly selectHint?: SelectHint;
  readonly explanation: string;
  /** How the question is written, e.g. "`- A.` options · answer in <details>"; counted in the report. */
  readonly format: string;
}

/** A question found in a source file but not imported. */
export interface SkippedQuestion {
  readonly file: string;
  readonly line: number;
  /** Stable reason code, e.g. `answer-missing`, `select-count-mismatch`. */
  readonly code: string;
  readonly reason: string;
}

export interface DocumentRead {
  readonly questions: readonly ReadQuestion[];
  /** Question candidates (a stem with options) that were not imported, with why. */
  readonly skipped: readonly SkippedQuestion[];
  /**
   * Lines that open something question-like (a number, label or heading ending in "?") with no options the reader
   * knows below: no question candidates (most are headings of study notes), reported so that none is lost unseen.
   */
  readonly withoutOptions: readonly SkippedQuestion[];
  /** Option-like lists that neither ask nor answer anything (checklists): no questions, listed in the report. */
  readonly notQuestions: readonly SkippedQuestion[];
  /** What the file holds that looks like questions, counted loosely, to tell when some of it went unread. */
  readonly signals: QuestionSignals;
}

/** Reads the questions of one file. `file` is only used to label results. Never throws. */
export function readDocument(text: string, file: string): DocumentRead {
  const lines = documentLines(text);
  const groups = findOptionGroups(lines);
  const optionLines = new Set(groups.flatMap((g) => range(g.start, g.end)));
  const keys = findAnswerKeys(lines, optionLines);
  const keyLines = new Set(keys.flatMap((b) => range(b.start, b.end)));
  const masked = new Set([...optionLines, ...keyLines, ...insideDetails(lines, groups)]);
  const isAnswer = (i: number): boolean =>
    !keyLines.has(i) && (lines[i].detailsOpen || (parseAnswerLine(lines[i].text)?.rest ?? '') !== '');
  const lastAnswer = (from: number, to: number): number => {
    for (let i = to - 1; i >= from; i--) if (isAnswer(i)) return i;
    return -1;
  };
  const segments = segmentQuestions(lines, groups, masked, lastAnswer);
  const fromKeys = keyAnswers(keys, segments);
  const questions: ReadQuestion[] = [];
  const orphans = orphanQuestions(lines, segments, masked);
  const skipped: SkippedQuestion[] = [];
  const notQuestions: SkippedQuestion[] = [];
  const withoutOptions: SkippedQuestion[] = orphans.map((i) => ({
    file,
    line: lines[i].line,
    code: 'options-missing',
    reason: 'this looks like a question but has no options the importer recognises (`A.`, `A)`, `(A)`, `[A]` or `- [ ]` lines)',
  }));
  const stems = segments.map((segment) => splitHint(buildStem(lines, segment, keyLines)));
  // Banks that never write "Select N" (some write "Choose all that apply") mean several marked options as
  // multiple response; in a bank that does, a multiple answer without the hint is an inconsistency to report.
  const usesHints = stems.some((s) => findSelectHint(s.stem)?.count !== undefined);
  segments.forEach((segment, k) => {
    const line = lines[segment.stemStart].line;
    const skip = (code: string, reason: string): void => void skipped.push({ file, line, code, reason });
    const options = segment.group.options.map((o) => ({ text: o.text, line: lines[o.index].line }));
    const keyAfter = keys.find((b) => b.start >= segment.tailStart)?.start ?? lines.length;
    const orphanAfter = orphans.find((i) => i >= segment.tailStart) ?? lines.length;
    const tailEnd = Math.min(segment.tailEnd, keyAfter, orphanAfter);
    const tail = readTail(lines, segment.tailStart, tailEnd, keyLines, options.map((o) => o.text));
    const { stem, hint: stemHint } = stems[k];
    const key = fromKeys.get(k);
    const candidates = [...markedAnswers(segment.group, lines), ...tail.answers, ...(key?.candidate ? [key.candidate] : [])];
    const notes = segment.group.options.filter((o) => o.notes.length > 0).map((o) => `- ${o.text}: ${o.notes.join(' ')}`);
    const explanation = [stemHint ? `Hint from the source: ${stemHint}` : '', notes.join('\n'), tail.explanation, key?.note ?? '']
      .filter((t) => t !== '')
      .join('\n\n');
    if (stem === '') return skip('stem-missing', 'no question text before the options');
    const sets = distinct(candidates);
    if (sets.length === 0) {
      const unreadable = [...tail.unreadable, ...(key?.unreadable ? [key.unreadable] : [])];
      if (unreadable.length > 0) {
        return skip('answer-unreadable', `line ${unreadable[0].line}: "${unreadable[0].text}" names no option of this question`);
      }
      if (!asks(stem, segment)) {
        notQuestions.push({ file, line, code: 'not-a-question', reason: 'a list with no question above it and no answer (a checklist?)' });
        return;
      }
      return skip('answer-missing', 'no answer found (no marked option, answer line, <details> block or answer key)');
    }
    if (sets.length > 1) {
      const said = sets.map((c) => `${describe(c.kind)} line ${c.line}: ${letters(c.correct)}`).join('; ');
      return skip('answer-sources-disagree', `the source gives different answers: ${said}`);
    }
    const answer = sets[0];
    const hint = findSelectHint(stem);
    const given = answer.correct.length;
    const expected = hint ? hint.count ?? given : usesHints && countedQuestion(stem) !== given ? 1 : given;
    if (answer.correct.length !== expected) {
      const given = `the answer gives ${answer.correct.length} (${letters(answer.correct)})`;
      const asked = hint ? `the stem asks for ${hint.count} ("${hint.text}")` : 'the stem does not say how many to choose';
      return skip('select-count-mismatch', `${asked} but ${given}`);
    }
    questions.push({
      file,
      line,
      number: segment.marker?.number,
      stem,
      options,
      correct: answer.correct,
      selectHint: hint,
      explanation,
      format: `${optionFormat(segment.group)} · ${describe(answer.kind)}`,
    });
  });
  return { questions, skipped, withoutOptions, notQuestions, signals: countSignals(lines, groups, keys) };
}

/**
 * Whether a stem with options but no answer asks a question: a "?" or a select hint in its first line or in the
 * last paragraph above the options (code blocks aside), or a number or label that opens questions ("12.", "Q12",
 * "Question 12"). A heading such as "Security Checklist" above a task list does not, nor a scenario in study
 * notes whose open questions lie far above a checklist.
 */
function asks(stem: string, segment: Segment): boolean {
  const prose = stem.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').trim();
  const paragraphs = prose.split(/\n\s*\n/);
  for (const part of [prose.split('\n')[0], paragraphs[paragraphs.length - 1]]) {
    if (part.includes('?') || findSelectHint(part) !== undefined) return true;
  }
  const marker = segment.marker;
  return marker !== undefined && (marker.number !== undefined || !/^h\d$/.test(marker.kind));
}

/**
 * Separates a blockquote that ends the stem, right above the options: a hint to the candidate (quizdown writes
 * them so), which would give the answer away in an exam; it goes to the explanation instead.
 */
function splitHint(stem: string): { stem: string; hint?: string } {
  const paragraphs = stem.split(/\n{2,}/);
  const last = paragraphs[paragraphs.length - 1];
  if (paragraphs.length < 2 || !last.split('\n').every((l) => l.startsWith('>'))) return { stem };
  const hint = last.split('\n').map((l) => l.replace(/^>\s?/, '')).join(' ').trim();
  return { stem: paragraphs.slice(0, -1).join('\n\n'), hint };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Lines inside closed `<details>` blocks that hold no options: an answer's explanation, never a question. */
function insideDetails(lines: readonly SourceLine[], groups: readonly OptionGroup[]): number[] {
  const inside: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].detailsOpen || lines[i].detailsClose) continue;
    const close = lines.findIndex((l, j) => j > i && l.detailsClose);
    if (close < 0 || groups.some((g) => g.start > i && g.start < close)) continue;
    inside.push(...range(i + 1, close));
    i = close;
  }
  return inside;
}

/**
 * Lines outside every question that look like the start of one (a marker whose text ends with "?"): a question
 * whose options are written in a way the reader does not know, reported rather than lost.
 */
function orphanQuestions(lines: readonly SourceLine[], segments: readonly Segment[], masked: ReadonlySet<number>): number[] {
  const covered = new Set(segments.flatMap((s) => range(s.stemStart, s.group.end)));
  const orphans: number[] = [];
  lines.forEach((line, i) => {
    if (line.literal || line.afterBreak || masked.has(i) || covered.has(i)) return;
    const marker = parseQuestionMarker(line.text);
    if (!marker) return;
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
    const text = marker.labelOnly ? next?.text ?? '' : marker.text;
    if (/\?\s*(?:\*\*|__)?\s*$/.test(text)) orphans.push(i);
  });
  return orphans;
}

/** Answers marked in the options themselves: `[x]`, ✅, or bold when only some options are bold. */
function markedAnswers(group: OptionGroup, lines: readonly SourceLine[]): AnswerCandidate[] {
  const line = lines[group.start].line;
  const checked = group.options.flatMap((o, i) => (o.option.checked ? [i] : []));
  if (checked.length > 0) {
    const kind = group.style === 'task-list' ? 'task-list' : 'marked-option';
    return [{ correct: checked, kind, line, written: letters(checked) }];
  }
  const bold = group.options.flatMap((o, i) => (o.option.emphasised ? [i] : []));
  if (bold.length > 0 && bold.length < group.options.length) return [{ correct: bold, kind: 'bold-option', line, written: letters(bold) }];
  return [];
}

interface KeyAnswer {
  readonly candidate?: AnswerCandidate;
  readonly unreadable?: { readonly line: number; readonly text: string };
  readonly note: string;
}

/**
 * Assigns answer-key entries to segments: each block answers the questions since the previous block, by their
 * written numbers when those are unique there, else by position (a file that numbers every question `1.`).
 */
function keyAnswers(blocks: readonly AnswerKeyBlock[], segments: readonly Segment[]): Map<number, KeyAnswer> {
  const out = new Map<number, KeyAnswer>();
  let from = 0;
  for (const block of blocks) {
    const covered = segments.map((s, k) => [s, k] as const).filter(([s]) => s.group.start >= from && s.group.start < block.start);
    from = block.end;
    const numbers = covered.map(([s]) => s.marker?.number);
    const byNumber = numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length;
    for (const entry of block.entries) {
      const hit = byNumber ? covered.find(([s]) => s.marker?.number === entry.number) : covered[entry.number - 1];
      if (!hit) continue;
      const [segment, k] = hit;
      const indices = [...entry.letters].map((l) => l.charCodeAt(0) - 65);
      const written = `${entry.number}. ${entry.letters}`;
      const valid = indices.every((i) => i < segment.group.options.length) && new Set(indices).size === indices.length;
      out.set(k, {
        candidate: valid ? { correct: indices.sort((a, b) => a - b), kind: 'answer-key', line: entry.line, written } : undefined,
        unreadable: valid ? undefined : { line: entry.line, text: written },
        note: entry.note,
      });
    }
  }
  return out;
}

/** The different answers among the candidates (one representative each). */
function distinct(candidates: readonly AnswerCandidate[]): AnswerCandidate[] {
  const primary = candidates.filter((c) => c.kind !== 'bold-option');
  const pool = primary.length > 0 ? primary : candidates;
  const seen = new Map<string, AnswerCandidate>();
  for (const c of pool) if (!seen.has(c.correct.join(','))) seen.set(c.correct.join(','), c);
  return [...seen.values()];
}

function letters(indices: readonly number[]): string {
  return indices.map((i) => String.fromCharCode(65 + i)).join(', ');
}

function describe(kind: AnswerCandidate['kind']): string {
  switch (kind) {
    case 'answer-line':
      return 'answer line';
    case 'details':
      return 'answer in <details>';
    case 'task-list':
      return '[x] marks';
    case 'marked-option':
      return 'option marked ✅';
    case 'bold-option':
      return 'bold option';
    case 'answer-key':
      return 'answer key';
  }
}

function optionFormat(group: OptionGroup): string {
  if (group.style === 'task-list') return '`- [ ]` options';
  const marker = `${group.bullet ? '- ' : ''}${group.style}`;
  return `\`${marker}\` options`;
}
