/**
 * Question markdown as plain text, for places that cannot show HTML (QuickPick items, tree tooltips): emphasis
 * and links keep their words, lists get bullets, tables become rows of cells, HTML tags are dropped and
 * entities decoded. The result is for reading, never rendered as HTML or markdown again.
 */
import type { Token } from 'marked';
import { loadMarked } from '../markdown/loadMarked';

/**
 * A line that marked would read as a single paragraph of plain text has no line break, none of the characters
 * that start inline markdown (emphasis, code, links, HTML, entities, escapes, strike-through), and a letter
 * first, after at most three spaces, so it cannot open a block (heading, quote, list, rule, indented code).
 * Most option texts are like this. The letter is tested in ASCII first, which is most text and the cheaper test.
 */
const MARKUP = /[\r\n\\`*_[\]<>&~]/;
const ASCII_LETTER_FIRST = /^ {0,3}[A-Za-z]/;
const LETTER_FIRST = /^ {0,3}\p{L}/u;

/** The paragraphs of `markdown` as plain text, one a line (lists: one line an item). */
export function plainText(markdown: string): string {
  // The same result as the lexer gives such a line (a unit test checks it), without loading marked or lexing:
  // bank statistics measure every option of every question.
  if (!MARKUP.test(markdown) && (ASCII_LETTER_FIRST.test(markdown) || LETTER_FIRST.test(markdown))) {
    return /\t| [ \t]/.test(markdown) ? markdown.replace(/[ \t]+/g, ' ').trim() : markdown.trim();
  }
  return lexedPlainText(markdown);
}

/** {@link plainText} through marked's lexer, whatever the text; exported for the test that compares both. */
export function lexedPlainText(markdown: string): string {
  let tokens: Token[];
  try {
    tokens = loadMarked().Lexer.lex(markdown, { gfm: true });
  } catch {
    return markdown;
  }
  return blocks(tokens).map((line) => line.replace(/[ \t]+/g, ' ').trim()).filter((line) => line !== '').join('\n');
}

/** One line of plain text (paragraphs joined with spaces). */
export function plainLine(markdown: string): string {
  return plainText(markdown).replace(/\n/g, ' ');
}

function blocks(tokens: readonly Token[]): string[] {
  const lines: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
        break;
      case 'code':
        lines.push(...String(token.text).split('\n'));
        break;
      case 'list':
        for (const item of token.items as Token[]) {
          const text = blocks(('tokens' in item ? item.tokens : undefined) ?? []).join(' ');
          lines.push(`• ${text}`);
        }
        break;
      case 'blockquote':
        lines.push(...blocks(token.tokens ?? []));
        break;
      case 'table': {
        const row = (cells: readonly { tokens: Token[] }[]): string => cells.map((cell) => inline(cell.tokens)).join(' | ');
        lines.push(row(token.header));
        for (const cells of token.rows) lines.push(row(cells));
        break;
      }
      case 'html':
        lines.push(decodeEntities(stripTags(String(token.text))));
        break;
      default:
        lines.push('tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities(String((token as { text?: unknown }).text ?? '')));
    }
  }
  return lines;
}

/** Inline text of a block; a line break inside a paragraph is a space, as markdown reads it. */
function inline(tokens: readonly Token[]): string {
  return inlineText(tokens).replace(/\n/g, ' ');
}

function inlineText(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'html':
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan':
        out += decodeEntities(String(token.text));
        break;
      case 'image':
        out += decodeEntities(String(token.text ?? ''));
        break;
      default:
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(String((token as { text?: unknown }).text ?? ''));
    }
  }
  return out;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** `text` broken into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = word;
      }
    }
    if (line !== '') out.push(line);
  }
  return out;
}
