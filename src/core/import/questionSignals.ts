/**
 * What makes a file look like it holds questions, counted loosely beside what the reader found: numbered or
 * labelled items that ask, table rows that ask, runs of option-like lines (in the styles the reader knows and
 * others: `(1)`, `☐`, `○`), and answer-key lines (`1. B`, `Q1 → 3`). The report names every file with such
 * content that was left unread, so that a bank in a layout the reader does not know is never lost without a word.
 */
import type { AnswerKeyBlock } from './answerKey';
import type { OptionGroup } from './optionGroups';
import { isBlank, type SourceLine } from './sourceLines';

export interface QuestionSignals {
  /** Labelled items (`Q12`, `Question 12`, `Item 12`), and numbered ones (`12.`) that ask something. */
  readonly numberedItems: number;
  /** Table rows with a cell that asks ("…?") and three cells more: questions written as a table. */
  readonly tableQuestions: number;
  /** Runs of two or more option-like lines, or lines holding two or more inline option markers. */
  readonly optionRuns: number;
  /** Answer-key entries: read ones, and lines that pair a number with a letter or digit. */
  readonly keyEntries: number;
}

const NUMBERED_ITEM = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:(?:Q|Question|Item|No\.?|#)\s*\d{1,4}\b|\d{1,4}[.)]\s+\S.*\?)/i;
const OPTION_LIKE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:\(?[A-Ha-h1-9]\)|[A-Ha-h][.:]|\[[ xX]\]|[○◯●◻☐☑□■])(?:\*\*|__)?\s+\S/u;
const INLINE_OPTIONS = /(?:^|\s)\(?[A-Ha-h1-9]\)\s+\S.*\s\(?[A-Ha-h1-9]\)\s+\S/;
/** One pair of an answer key, loosely: `1. B`, `Q1 → 3`, `12 - (A, C)`. */
const KEY_PAIR = /(?:Q(?:uestion)?\s*)?#?\d{1,4}\s*(?:[.:)=\-–—]|→|->|=>)+\s*\(?(?:[A-Ha-h]|[1-9])\)?(?:\s*[,&/]\s*\(?(?:[A-Ha-h]|[1-9])\)?)*(?![\w])/gu;

/** Counts the question-like content of a document from what the reader found: its lines, option groups and answer keys. */
export function countSignals(lines: readonly SourceLine[], groups: readonly OptionGroup[], keys: readonly AnswerKeyBlock[]): QuestionSignals {
  const grouped = linesOf(groups);
  const keyed = linesOf(keys);
  let numberedItems = 0;
  let tableQuestions = 0;
  let optionRuns = groups.length;
  let keyEntries = keys.reduce((n, b) => n + b.entries.length, 0);
  let run = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const text = line.text;
    if (!line.literal && NUMBERED_ITEM.test(text)) numberedItems++;
    if (!line.literal && isTableQuestion(text)) tableQuestions++;
    if (!grouped.has(i) && OPTION_LIKE.test(text)) {
      run++;
      if (run === 2) optionRuns++;
    } else {
      run = 0;
      if (!grouped.has(i) && INLINE_OPTIONS.test(text)) optionRuns++;
    }
    if (!keyed.has(i)) keyEntries += keyPairs(text);
  }
  return { numberedItems, tableQuestions, optionRuns, keyEntries };
}

/** The line indices that blocks (option groups, answer keys) cover. */
function linesOf(blocks: readonly { readonly start: number; readonly end: number }[]): Set<number> {
  const out = new Set<number>();
  for (const b of blocks) for (let i = b.start; i < b.end; i++) out.add(i);
  return out;
}

/** The answer-key pairs on a line made of nothing else (separators, emphasis and emoji aside), or 0. */
function keyPairs(text: string): number {
  let pairs = 0;
  const rest = text.replace(KEY_PAIR, () => {
    pairs++;
    return ' ';
  });
  return /^[\s·•|,;*_\p{Extended_Pictographic}\uFE0F]*$/u.test(rest) ? pairs : 0;
}

function isTableQuestion(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith('|')) return false;
  const cells = t.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  return cells.length >= 4 && cells.some((c) => /\?\W*$/.test(c) && c.split(/\s+/).length >= 3);
}

/** True when `signals` show question-like content: two or more of any kind. */
export function looksLikeQuestions(signals: QuestionSignals): boolean {
  return signals.numberedItems >= 2 || signals.tableQuestions >= 2 || signals.optionRuns >= 2 || signals.keyEntries >= 2;
}
