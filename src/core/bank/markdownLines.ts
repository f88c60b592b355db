/**
 * What a line of markdown can be, told from its first and last characters: the questions the fast body scanner
 * (`scanBodyBlocks.ts`) asks of each line. Each answer errs on the side of "not plain text", which makes the
 * scanner decline and marked read the body.
 */
import { MAX_NESTING_DEPTH } from './markdownLimits';

/** A line prefix of container characters this long may nest too deep: left to the markdown-limits scan. */
const LONG_PREFIX = Math.floor(MAX_NESTING_DEPTH / 2) + 1;

/** Whether a line may start with `[`: not when the body may hold a link definition, which marked reads apart. */
export interface BracketPolicy {
  bracketAllowed(): boolean;
}

/** The text of an ATX heading line (`## Text`), or undefined for any other use of `#`. */
export function headingText(line: string): string | undefined {
  let hashes = 0;
  while (hashes < line.length && line.charCodeAt(hashes) === 35) hashes++;
  if (hashes > 6 || line.charCodeAt(hashes) !== 32) return undefined;
  const text = line.slice(hashes + 1).trim();
  // A trailing "#" may close the heading or be part of its text: marked decides those.
  return text === '' || text.charCodeAt(text.length - 1) === 35 ? undefined : text;
}

/** The width of the list marker (`- `, `1. `, `1) `) starting the line, without its space; 0 for none. */
export function listMarkerWidth(line: string): number {
  if (line.charCodeAt(0) === 45) return line.charCodeAt(1) === 32 ? 1 : 0;
  let digits = 0;
  while (digits < 10 && isDigit(line.charCodeAt(digits))) digits++;
  const after = line.charCodeAt(digits);
  return digits === 0 || digits > 9 || (after !== 46 && after !== 41) || line.charCodeAt(digits + 1) !== 32 ? 0 : digits + 1;
}

/**
 * True when the text from `at` starts a paragraph and nothing else: it cannot open a block (heading, list,
 * quote, code, HTML, table row, rule, setext underline, link definition) and does not start with a space.
 */
export function plainStart(line: string, at: number, scan: BracketPolicy): boolean {
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
export function indentedTo(line: string, width: number): boolean {
  for (let i = 0; i < width; i++) if (line.charCodeAt(i) !== 32) return false;
  return line.charCodeAt(width) !== 32;
}

/**
 * True when the line ends in white space other than plain spaces: marked trims it off a list's end with
 * JavaScript's trimEnd, and then reads what is left over as a paragraph of its own.
 */
export function endsWithOddSpace(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && line.charCodeAt(i) === 32) i--;
  const code = line.charCodeAt(i);
  return code < 32 || (code > 126 && isOddSpace(code));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True when the line starts with as many container characters as the markdown limits look into. */
export function longContainerPrefix(line: string): boolean {
  let i = 0;
  for (; i < line.length && i < LONG_PREFIX; i++) {
    const c = line.charCodeAt(i);
    if (!(c === 32 || c === 62 || c === 42 || c === 43 || c === 45 || isDigit(c) || c === 46 || c === 41)) return false;
  }
  return i >= LONG_PREFIX;
}
