/**
 * A single-pass line scanner for the plain shape question bodies are written in: paragraphs, ATX headings, and
 * flat `-` or `1.` lists whose items may wrap onto lines indented to the item's text. For such a body it gives
 * exactly the blocks marked's lexer gives (see `bodyBlocks.ts`), at a fraction of the cost. On anything else it
 * is not certain about (code, HTML, quotes, tables, setext headings and rules, nested or lazy lines, tabs, odd
 * spaces, link definitions, bodies beyond the markdown limits) it declines, and the caller uses marked.
 */
import type { BodyBlock, BodyListItem } from './bodyBlocks';
import { MAX_INLINE_COST } from './markdownLimits';
import { endsWithOddSpace, headingText, indentedTo, listMarkerWidth, longContainerPrefix, plainStart, type BracketPolicy } from './markdownLines';

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
const INLINE_DELIMITERS = /[*_~[\]<!`]/g;

/** The top-level blocks of `body`, or undefined when the scanner is not certain of them (use marked). */
export function scanBodyBlocks(body: string): BodyBlock[] | undefined {
  // A tab's width depends on its column; \r and the Unicode line separators end lines for some of marked's
  // patterns (and JavaScript's `^`, `.`) but not for this scanner.
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
class BlockScan implements BracketPolicy {
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

/** The body's inline cost is within the markdown limits (no paragraph can exceed what the whole body has). */
function withinInlineBudget(body: string): boolean {
  if (body.length * body.length <= MAX_INLINE_COST) return true;
  let count = 0;
  INLINE_DELIMITERS.lastIndex = 0;
  while (INLINE_DELIMITERS.exec(body) !== null) count++;
  return count * body.length <= MAX_INLINE_COST;
}
