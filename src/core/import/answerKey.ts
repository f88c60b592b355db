/**
 * Answer keys collected at the end of a file (or of a section) instead of beside each question:
 * `1. B`, `1-B`, `1) A, C`, `Q1: BD`, `1. B - because …`, `**Q1.** ✅ **B**` or `### 1. B` with an explanation under it,
 * several pairs on one line (`1-B 2-C 3-A`), or a markdown table (`| 1 | B |`, `| Q1 | A, C | explanation |`).
 */
import type { SourceLine } from './sourceLines';
import { plainText } from './answerText';

/** One entry of an answer key: question number and the letters it gives (upper case, as written). */
export interface KeyEntry {
  readonly number: number;
  readonly letters: string;
  readonly line: number;
  /** Text after the letters, kept as an explanation. */
  readonly note: string;
}

/** A run of key entries; entries of a block apply to the questions since the previous block. */
export interface AnswerKeyBlock {
  readonly entries: readonly KeyEntry[];
  /** Index range in the line list that the block (with its heading) covers, end exclusive. */
  readonly start: number;
  readonly end: number;
}

const LETTERS = String.raw`\(?[A-H](?:\s*[,&/]\s*[A-H]|\s+and\s+[A-H]|[A-H])*\)?`;
const PAIR = new RegExp(String.raw`(?:Q(?:uestion)?\s*)?#?(\d{1,4})\s*[.):\-–—=]\s*(${LETTERS})(?=$|[\s,;|.)])`, 'gi');
const SINGLE = new RegExp(String.raw`^(?:Q(?:uestion)?\s*)?#?(\d{1,4})\s*[.):\-–—=]\s*(${LETTERS})(?:[.)]?\s*[-–—:.)]\s+(.*))?$`, 'i');
const NUMBER_CELL = /^(?:Q(?:uestion)?\s*)?#?(\d{1,4})\.?$/i;
const LETTER_CELL = new RegExp(String.raw`^${LETTERS}\.?$`, 'i');
const KEY_HEADING = /^#{1,6}\s+.*\b(?:answers?|key|solutions?)\b/i;

/**
 * Key entries on one line, or undefined when the line is not (only) an answer key line. `header` holds the
 * cells of the table header above a table row: only columns it names as explanations ("Explanation", "Notes",
 * "Why") become the note, never others ("Domain", "Difficulty", "Points").
 */
export function parseKeyLine(text: string, line: number, header?: readonly string[]): KeyEntry[] | undefined {
  const table = parseTableRow(text, line, header);
  if (table !== undefined) return table;
  const plain = plainText(text.replace(/^ {0,3}#{1,6}\s+/, ''));
  const single = SINGLE.exec(plain);
  if (single && isLetters(single[2])) {
    return [{ number: Number(single[1]), letters: lettersOf(single[2]), line, note: (single[3] ?? '').trim() }];
  }
  const entries: KeyEntry[] = [];
  const leftover = plain.replace(PAIR, (_m, n: string, letters: string) => {
    entries.push({ number: Number(n), letters: lettersOf(letters), line, note: '' });
    return ' ';
  });
  if (entries.length >= 2 && /^[\s,;|]*$/.test(leftover)) return entries;
  return undefined;
}

function parseTableRow(text: string, line: number, header: readonly string[] = []): KeyEntry[] | undefined {
  const cells = tableCells(text);
  if (!cells) return undefined;
  const numberIndex = cells.findIndex((c) => NUMBER_CELL.test(c));
  if (numberIndex < 0) return undefined;
  const letterIndex = cells.findIndex((c, i) => i > numberIndex && LETTER_CELL.test(c));
  if (letterIndex < 0) return undefined;
  const number = Number(NUMBER_CELL.exec(cells[numberIndex])![1]);
  const note = cells.filter((c, i) => i > letterIndex && NOTE_HEADER.test(header[i] ?? '') && c !== '').join('\n');
  return [{ number, letters: lettersOf(cells[letterIndex]), line, note }];
}

/** Headers of the columns that explain an answer (or link to why), the only ones kept with it. */
const NOTE_HEADER = /\b(?:explanations?|rationale|reasons?|reasoning|why|notes?|comments?|details?|justification|references?|links?)\b/i;

/** The plain cells of a table row, or undefined when the line is not one. */
function tableCells(text: string): string[] | undefined {
  const t = text.trim();
  return t.startsWith('|') ? t.replace(/^\||\|$/g, '').split('|').map((c) => plainText(c)) : undefined;
}

/** The header cells of the table that row `i` belongs to: its first row, when a rule (`|---|`) follows it. */
function headerCells(lines: readonly SourceLine[], i: number): string[] | undefined {
  if (!lines[i].text.trim().startsWith('|')) return undefined;
  let first = i;
  while (first > 0 && lines[first - 1].text.trim().startsWith('|')) first--;
  const rule = lines[first + 1]?.text.trim() ?? '';
  return first < i && /^\|?[\s:|-]+\|?$/.test(rule) ? tableCells(lines[first].text) : undefined;
}

function isLetters(text: string): boolean {
  return new RegExp(String.raw`^${LETTERS}$`, 'i').test(text.trim());
}

function lettersOf(text: string): string {
  return (text.toUpperCase().match(/[A-H]/g) ?? []).join('');
}

/**
 * Finds answer-key blocks among `lines`, skipping the indices in `taken` (option lines). A block is two or
 * more key lines with only blank lines, table rules or table headers between them, or a single key line right
 * under a heading that says "answers" / "key" / "solutions" or in a table whose header says "answer". The block
 * covers its heading and table header, so they are not read as explanation.
 */
export function findAnswerKeys(lines: readonly SourceLine[], taken: ReadonlySet<number>): AnswerKeyBlock[] {
  const blocks: AnswerKeyBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = !taken.has(i) && !lines[i].literal ? parseKeyLine(lines[i].text, lines[i].line, headerCells(lines, i)) : undefined;
    if (!first) {
      i++;
      continue;
    }
    const entries = [...first];
    let end = i + 1;
    let keyLines = 1;
    let noteStyle: 'quote' | 'prose' | undefined;
    const keyAt = (j: number): KeyEntry[] | undefined =>
      !taken.has(j) && !lines[j].literal ? parseKeyLine(lines[j].text, lines[j].line, headerCells(lines, j)) : undefined;
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j].text.trim();
      if (text === '' || /^\|?[\s:|-]+\|?$/.test(text) || /^\|.*\banswers?\b.*\|$/i.test(text)) continue;
      let more = keyAt(j);
      if (!more) {
        // An explanation between two entries ("> because …") belongs to the entry above it when the next
        // entry carries on the numbering.
        const next = nextEntryAfterNote(lines, j, taken, keyAt);
        if (!next || next.entries[0].number !== entries[entries.length - 1].number + 1) break;
        noteStyle ??= /^\s*>/.test(lines[j].text) ? 'quote' : 'prose';
        addNote(entries, lines.slice(j, next.index));
        j = next.index;
        more = next.entries;
      }
      entries.push(...more);
      keyLines++;
      end = j + 1;
    }
    const trailing = noteAfter(lines, end, taken, noteStyle ?? 'quote');
    if (trailing > end && (keyLines >= 2 || entries.length >= 2)) {
      addNote(entries, lines.slice(end, trailing));
      end = trailing;
    }
    let start = i;
    let tableHeader = false;
    while (start > 0 && /^\s*\|/.test(lines[start - 1].text)) {
      start--;
      if (/\banswers?\b/i.test(lines[start].text)) tableHeader = true;
    }
    const heading = previousNonBlank(lines, start);
    const underHeading = tableHeader || (heading >= 0 && KEY_HEADING.test(lines[heading].text.trim()));
    if (heading >= 0 && KEY_HEADING.test(lines[heading].text.trim())) start = heading;
    if (keyLines >= 2 || entries.length >= 2 || underHeading) blocks.push({ entries, start, end });
    i = end;
  }
  return blocks;
}

/** Most lines an explanation between two key entries may have. */
const MAX_NOTE_LINES = 12;

/** The next key line after the prose or quote lines from `from`, within a few lines and before any heading. */
function nextEntryAfterNote(
  lines: readonly SourceLine[],
  from: number,
  taken: ReadonlySet<number>,
  keyAt: (j: number) => KeyEntry[] | undefined,
): { index: number; entries: KeyEntry[] } | undefined {
  for (let j = from; j < lines.length && j < from + MAX_NOTE_LINES; j++) {
    const line = lines[j];
    if (taken.has(j) || line.literal || line.detailsOpen) return undefined;
    const entries = keyAt(j);
    if (entries) return j > from ? { index: j, entries } : undefined;
    if (/^ {0,3}#{1,6}\s/.test(line.text)) return undefined;
  }
  return undefined;
}

/**
 * End of the last entry's note after a key block (blank lines before it allowed), or `from` when there is none:
 * a blockquote, or one paragraph when the block's notes between entries were prose.
 */
function noteAfter(lines: readonly SourceLine[], from: number, taken: ReadonlySet<number>, style: 'quote' | 'prose'): number {
  let j = from;
  while (j < lines.length && lines[j].text.trim() === '') j++;
  let end = from;
  const isNote = (line: SourceLine): boolean =>
    style === 'quote' ? /^\s*>/.test(line.text) : line.text.trim() !== '' && !/^ {0,3}(?:#{1,6}\s|([-*_])(\s*\1){2,}\s*$)/.test(line.text);
  while (j < lines.length && j < from + MAX_NOTE_LINES && !taken.has(j) && !lines[j].literal && isNote(lines[j])) end = ++j;
  return end;
}

/** Appends note lines (quote marks, icons and a repeated "Q4:" dropped) to the last entry's note. */
function addNote(entries: KeyEntry[], noteLines: readonly SourceLine[]): void {
  const last = entries[entries.length - 1];
  const text = noteLines
    .map((l) => l.text.trim().replace(/^(?:>\s?)+/, '').replace(/^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u, ''))
    .join('\n')
    .trim()
    .replace(new RegExp(String.raw`^(?:\*\*)?(?:Q(?:uestion)?\s*)?${last.number}\s*[:.)\-–—]\s*(?:\*\*)?\s*`, 'i'), '');
  if (text !== '') entries[entries.length - 1] = { ...last, note: [last.note, text].filter((t) => t !== '').join('\n') };
}

function previousNonBlank(lines: readonly SourceLine[], index: number): number {
  for (let j = index - 1; j >= 0; j--) if (lines[j].text.trim() !== '') return j;
  return -1;
}
