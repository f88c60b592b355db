/**
 * Limits on markdown that `marked` handles badly, checked by one linear scan before the lexer runs. Banks are
 * cloned from anywhere, and marked is recursive and, on some inputs, quadratic:
 * - nested containers (`> > > …`, `- - - …`, lists indented level by level) recurse once per level, and a few
 *   thousand levels overflow the stack (deeply indented lists also take seconds and gigabytes first);
 * - a list item's lines are joined one by one, so thousands of lines in one item take seconds;
 * - emphasis, links and code spans look ahead for their closing delimiter, so a paragraph with thousands of
 *   `_`, `*` or `[` takes seconds to render (and nested emphasis overflows the stack when rendered).
 * Real questions are far inside every limit; a file beyond one is refused with an issue that says which.
 */
import type { IssueSink } from './issueSink';

/** Containers (block quotes and lists) nested deeper than this are refused. Real questions use two or three. */
export const MAX_NESTING_DEPTH = 40;
/** Question files with more lines than this are refused. Real questions have about forty. */
export const MAX_QUESTION_LINES = 2000;
/**
 * Per paragraph: characters × characters that make the inline lexer look ahead (`* _ ~ [ ] < ! \``). A long
 * explanation paragraph with plenty of bold text and code scores below 500,000; this is where rendering one
 * paragraph starts to take tens of milliseconds.
 */
export const MAX_INLINE_COST = 4_000_000;

const TAB_WIDTH = 4;

/** True for characters that make marked's inline lexer scan ahead for a partner: * _ ~ [ ] < ! ` */
function isInlineDelimiter(code: number): boolean {
  return code === 42 || code === 95 || code === 126 || code === 91 || code === 93 || code === 60 || code === 33 || code === 96;
}

const isBlank = (code: number): boolean => code === 32 || code === 9;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * How many containers the line `text[start, end)` opens at most: each `>` and list marker in its prefix, plus
 * one per two columns of indentation in that prefix (a nested list needs at least two). A line without a marker
 * opens nothing new.
 */
export function containerDepth(text: string, start = 0, end = text.length): number {
  let markers = 0;
  let columns = 0;
  let i = start;
  for (;;) {
    while (i < end && isBlank(text.charCodeAt(i))) {
      columns += text.charCodeAt(i) === 9 ? TAB_WIDTH : 1;
      i++;
    }
    const code = text.charCodeAt(i);
    const endsMarker = (at: number): boolean => at >= end || isBlank(text.charCodeAt(at));
    if (i < end && code === 62) { // >
      markers++;
      i++;
      continue;
    }
    if (i < end && (code === 45 || code === 43 || code === 42) && endsMarker(i + 1)) { // - + *
      markers++;
      i++;
      continue;
    }
    let digits = 0;
    while (digits < 10 && i + digits < end && isDigit(text.charCodeAt(i + digits))) digits++;
    const after = text.charCodeAt(i + digits);
    if (digits > 0 && digits <= 9 && i + digits < end && (after === 46 || after === 41) && endsMarker(i + digits + 1)) { // . )
      markers++;
      i += digits + 1;
      continue;
    }
    break;
  }
  return markers === 0 ? 0 : markers + Math.floor(columns / 2);
}

/**
 * Checks `body` (starting on file line `bodyLine`) against the limits; reports each limit exceeded
 * once, at the line where it is first exceeded. Returns false when the body must not be given to marked.
 */
export function checkMarkdownLimits(body: string, bodyLine: number, sink: IssueSink): boolean {
  // Fast path for every real question: no line prefix is long enough to nest too deep, and even the whole body
  // taken as one paragraph stays within the inline budget.
  if (!LONG_CONTAINER_PREFIX.test(body) && countInlineDelimiters(body) * body.length <= MAX_INLINE_COST) return true;
  return scanMarkdownLimits(body, bodyLine, sink);
}

/**
 * A line whose prefix of spaces, tabs and marker characters is long enough to reach {@link MAX_NESTING_DEPTH}:
 * each such character adds at most two levels (a tab is four columns).
 */
const LONG_CONTAINER_PREFIX = new RegExp(`^[ \\t>*+\\-0-9.)]{${Math.floor(MAX_NESTING_DEPTH / 2) + 1},}`, 'm');
const INLINE_DELIMITERS = /[*_~[\]<!`]/g;

function countInlineDelimiters(text: string): number {
  let count = 0;
  INLINE_DELIMITERS.lastIndex = 0;
  while (INLINE_DELIMITERS.exec(text) !== null) count++;
  return count;
}

function scanMarkdownLimits(body: string, bodyLine: number, sink: IssueSink): boolean {
  let ok = true;
  let line = 0;
  let paragraphStart = -1;
  let paragraphLength = 0;
  let paragraphDelimiters = 0;
  let depthReported = false;
  let costReported = false;
  const endParagraph = (): void => {
    if (!costReported && paragraphLength * paragraphDelimiters > MAX_INLINE_COST) {
      sink.error('markdown-too-complex', `This paragraph has ${paragraphDelimiters} emphasis, link or code characters in ${paragraphLength} characters, more than can be shown quickly; split it or remove some.`,
        { line: bodyLine + paragraphStart });
      costReported = true;
      ok = false;
    }
    paragraphStart = -1;
    paragraphLength = 0;
    paragraphDelimiters = 0;
  };
  let lineStart = 0;
  let blank = true;
  for (let i = 0; i <= body.length; i++) {
    const code = i < body.length ? body.charCodeAt(i) : 10;
    if (code !== 10) {
      if (blank && !isBlank(code) && code !== 13) blank = false;
      if (isInlineDelimiter(code)) paragraphDelimiters++;
      continue;
    }
    if (blank) endParagraph();
    else {
      const depth = containerDepth(body, lineStart, i);
      // A line with a list or quote marker starts an inline unit of its own (a list item's text is lexed apart
      // from its neighbours'); its delimiters, counted above, move with it.
      if (depth > 0 && paragraphStart !== -1) {
        const lineDelimiters = countInlineDelimiters(body.slice(lineStart, i));
        paragraphDelimiters -= lineDelimiters;
        endParagraph();
        paragraphDelimiters = lineDelimiters;
      }
      if (paragraphStart === -1) paragraphStart = line;
      paragraphLength += i - lineStart + 1;
      if (!depthReported) {
        if (depth > MAX_NESTING_DEPTH) {
          sink.error('markdown-too-deep', `Block quotes and lists are nested about ${depth} levels deep here; at most ${MAX_NESTING_DEPTH} can be shown.`, { line: bodyLine + line });
          depthReported = true;
          ok = false;
        }
      }
    }
    line++;
    lineStart = i + 1;
    blank = true;
  }
  endParagraph();
  return ok;
}
