/**
 * A single-pass line scanner for the plain shape question bodies are written in: paragraphs, ATX headings, and
 * flat `-` or `1.` lists whose items may wrap onto lines indented to the item's text. For such a body it gives
 * exactly the blocks marked's lexer gives (see `bodyBlocks.ts`), at a fraction of the cost. On anything else it
 * is not certain about (code, HTML, quotes, tables, setext headings and rules, nested or lazy lines, tabs, odd
 * spaces, link definitions, bodies beyond the markdown limits) it declines, and the caller uses marked.
 */
import type { BodyBlock, BodyListItem } from './bodyBlocks';
import { MAX_INLINE_COST, MAX_NESTING_DEPTH } from './markdownLimits';

interface OpenItem {
  start: number;
  firstLineLength: number;
  text: string;
  task: boolean;
  checked: boolean;
  /** The item goes on over more lines than its first. */
  wrapped: boolean;
}

const NO_ITEMS: readonly BodyListItem[] = [];
/** A line prefix of container characters this long may nest too deep: left to the markdown-limits scan. */
const LONG_PREFIX = Math.floor(MAX_NESTING_DEPTH / 2) + 1;
const INLINE_DELIMITERS = /[*_~[\]<!`]/g;

/** The top-level blocks of `body`, or undefined when the scanner is not certain of them (use marked). */
export function scanBodyBlocks(body: string): BodyBlock[] | undefined {
  if (body.indexOf('\t') !== -1 || body.indexOf('\r') !== -1 || body.indexOf('\u2028') !== -1 || body.indexOf('\u2029') !== -1) return undefined;
  if (!withinInlineBudget(body)) return undefined;
  const scan = new BlockScan(body);
  let previousBlank = true;
  for (let start = 0; start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    if (start === end) scan.blank();
    else if (!scan.line(start, end, previousBlank)) return undefined;
    previousBlank = start === end;
    start = end + 1;
  }
  scan.close();
  return scan.blocks;
}

/** The scanner's state between lines: the blocks so far and the paragraph or list still open. */
class BlockScan {
  readonly blocks: BodyBlock[] = [];
  private open: 'none' | 'paragraph' | 'list' = 'none';
  private blockStart = 0;
  private blockEnd = 0; // end of the open block's last non-blank line
  private items: OpenItem[] = [];
  private marker = 0; // the character ending the open list's markers: "-", "." or ")"
  private contentIndent = 0;
  private definitions: boolean | undefined; // whether "]:" occurs at all, looked up once a line starts with "["

  constructor(private readonly body: string) {}

  /** A line may start with "[" unless the body may hold a link definition, which marked reads apart. */
  bracketAllowed(): boolean {
    this.definitions ??= this.body.indexOf(']:') !== -1;
    return !this.definitions;
  }

  blank(): void {
    if (this.open === 'paragraph') this.close();
    else if (this.open === 'list') this.items[this.items.length - 1].text += '\n';
  }

  /** Reads the non-blank line `body[start, end)`; false when the scanner is not certain what it is. */
  line(start: number, end: number, previousBlank: boolean): boolean {
    const line = this.body.slice(start, end);
    if (longContainerPrefix(line) || endsWithOddSpace(line)) return false;
    const first = line.charCodeAt(0);
    if (first === 32) { // only a wrapped list item line, indented to the item's text
      if (this.open !== 'list' || !indentedTo(line, this.contentIndent) || !plainStart(line, this.contentIndent, this)) return false;
      const item = this.items[this.items.length - 1];
      item.text += `\n${line.slice(this.contentIndent)}`;
      item.wrapped = true;
    } else if (first === 35) { // #
      const text = headingText(line);
      if (text === undefined) return false;
      this.close();
      this.blocks.push({ kind: 'heading', start, end, depth: line.indexOf(' '), text, items: NO_ITEMS });
    } else {
      const width = listMarkerWidth(line);
      if (width === 0) { // paragraph text
        if (!plainStart(line, 0, this)) return false;
        if (this.open === 'list') {
          if (!previousBlank) return false; // a lazy continuation line
          this.close();
        }
        if (this.open === 'none') {
          this.open = 'paragraph';
          this.blockStart = start;
        }
      } else {
        const item = listItem(line, start, width, this);
        const marker = line.charCodeAt(width - 1);
        // A paragraph goes on over an ordered item unless it is numbered 1: that is a lazy continuation line.
        if (!item || (this.open === 'paragraph' && marker !== 45 && !(width === 2 && first === 49))) return false;
        if (this.open !== 'list' || marker !== this.marker) {
          this.close();
          this.open = 'list';
          this.marker = marker;
          this.blockStart = start;
        }
        this.contentIndent = width + 1;
        this.items.push(item);
      }
    }
    this.blockEnd = end;
    return true;
  }

  close(): void {
    if (this.open === 'paragraph') {
      this.blocks.push({ kind: 'other', start: this.blockStart, end: this.blockEnd, depth: 0, text: '', items: NO_ITEMS });
    } else if (this.open === 'list') {
      // marked trims the end of a list's last item, its raw text included.
      const last = this.items[this.items.length - 1];
      last.text = last.text.trimEnd();
      if (!last.wrapped) last.firstLineLength = this.body.slice(last.start, last.start + last.firstLineLength).trimEnd().length;
      this.blocks.push({ kind: 'list', start: this.blockStart, end: this.blockEnd, depth: 0, text: '', items: this.items });
      this.items = [];
    }
    this.open = 'none';
  }
}

/** The text of an ATX heading line (`## Text`), or undefined for any other use of `#`. */
function headingText(line: string): string | undefined {
  let hashes = 0;
  while (hashes < line.length && line.charCodeAt(hashes) === 35) hashes++;
  if (hashes > 6 || line.charCodeAt(hashes) !== 32) return undefined;
  const text = line.slice(hashes + 1).trim();
  // A trailing "#" may close the heading or be part of its text: marked decides those.
  return text === '' || text.charCodeAt(text.length - 1) === 35 ? undefined : text;
}

/** The width of the list marker (`- `, `1. `, `1) `) starting the line, without its space; 0 for none. */
function listMarkerWidth(line: string): number {
  if (line.charCodeAt(0) === 45) return line.charCodeAt(1) === 32 ? 1 : 0;
  let digits = 0;
  while (digits < 10 && isDigit(line.charCodeAt(digits))) digits++;
  const after = line.charCodeAt(digits);
  return digits === 0 || digits > 9 || (after !== 46 && after !== 41) || line.charCodeAt(digits + 1) !== 32 ? 0 : digits + 1;
}

/** The item a list line opens: a task item when its text starts with `[ ]`, `[x]` or `[X]` and a space. */
function listItem(line: string, lineStart: number, markerWidth: number, scan: BlockScan): OpenItem | undefined {
  const content = markerWidth + 1;
  const box = line.charCodeAt(content + 1);
  const looksLikeTask = line.charCodeAt(content) === 91 && line.charCodeAt(content + 2) === 93 && (box === 32 || box === 120 || box === 88);
  if (!looksLikeTask) {
    if (!plainStart(line, content, scan)) return undefined;
    return { start: lineStart, firstLineLength: line.length, text: line.slice(content), task: false, checked: false, wrapped: false };
  }
  let text = content + 3;
  if (line.charCodeAt(text) !== 32) return undefined;
  while (line.charCodeAt(text) === 32) text++;
  if (!plainStart(line, text, scan)) return undefined;
  return { start: lineStart, firstLineLength: line.length, text: line.slice(text), task: true, checked: box !== 32, wrapped: false };
}

/**
 * True when the text from `at` starts a paragraph and nothing else: it cannot open a block (heading, list,
 * quote, code, HTML, table row, rule, setext underline, link definition) and does not start with a space.
 */
function plainStart(line: string, at: number, scan: BlockScan): boolean {
  const code = line.charCodeAt(at);
  if (code >= 97 && code <= 122) return true;
  if (code >= 65 && code <= 90) return true;
  if (isDigit(code)) { // "1. " and "1) " open ordered lists; "10.0.0.0/8" is text
    let i = at;
    while (isDigit(line.charCodeAt(i))) i++;
    const after = line.charCodeAt(i);
    return (after !== 46 && after !== 41) || !(i + 1 === line.length || line.charCodeAt(i + 1) === 32);
  }
  if (code > 127) return !isOddSpace(code);
  switch (code) {
    case 42: case 95: { // * _ open lists and rules unless text follows
      const next = line.charCodeAt(at + 1);
      if (next === 32 || Number.isNaN(next)) return false;
      for (let i = at + 1; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c !== 42 && c !== 95 && c !== 32) return true;
      }
      return false;
    }
    case 91: return scan.bracketAllowed(); // [
    case 96: case 126: return line.charCodeAt(at + 1) !== code; // a code span or strikethrough, not a ``` or ~~~ fence
    case 33: case 34: case 36: case 37: case 38: case 39: case 40: case 41: case 44: case 46: case 47: case 59:
    case 63: case 64: case 92: case 93: case 94: case 123: case 125: // ! " $ % & ' ( ) , . / ; ? @ \ ] ^ { }
      return true;
    default: return false; // space, controls, # + - : < = > | and DEL
  }
}

/** Non-ASCII characters that JavaScript's trim or marked's `\s` treat as white space. */
function isOddSpace(code: number): boolean {
  return code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f
    || code === 0x205f || code === 0x3000 || code === 0xfeff || code < 0xa0;
}

/** True when the line starts with exactly `width` spaces. */
function indentedTo(line: string, width: number): boolean {
  for (let i = 0; i < width; i++) if (line.charCodeAt(i) !== 32) return false;
  return line.charCodeAt(width) !== 32;
}

/**
 * True when the line ends in white space other than plain spaces: marked trims it off a list's end with
 * JavaScript's trimEnd, and then reads what is left over as a paragraph of its own.
 */
function endsWithOddSpace(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && line.charCodeAt(i) === 32) i--;
  const code = line.charCodeAt(i);
  return code < 32 || (code > 126 && isOddSpace(code));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True when the line starts with as many container characters as the markdown limits look into. */
function longContainerPrefix(line: string): boolean {
  let i = 0;
  for (; i < line.length && i < LONG_PREFIX; i++) {
    const c = line.charCodeAt(i);
    if (!(c === 32 || c === 62 || c === 42 || c === 43 || c === 45 || isDigit(c) || c === 46 || c === 41)) return false;
  }
  return i >= LONG_PREFIX;
}

/** The body's inline cost is within the markdown limits (no paragraph can exceed what the whole body has). */
function withinInlineBudget(body: string): boolean {
  if (body.length * body.length <= MAX_INLINE_COST) return true;
  let count = 0;
  INLINE_DELIMITERS.lastIndex = 0;
  while (INLINE_DELIMITERS.exec(body) !== null) count++;
  return count * body.length <= MAX_INLINE_COST;
}
