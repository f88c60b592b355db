/**
 * Where things are in a question file, for the quick fixes: the front matter's fences and keys, the parsed
 * body, and the items of the list meant as options. Read with the same parser as the validator, so a fix edits
 * exactly what the validator complained about.
 */
import type { Tokens } from 'marked';
import { loadMarked } from '../markdown/loadMarked';
import { readFrontMatter, type FrontMatter } from './frontMatter';
import { IssueSink } from './issueSink';
import { parseQuestionBody, type QuestionBody } from './questionBody';
import { normaliseText } from './sourceText';

export interface QuestionLayout {
  /** The file's lines (LF line ends, no BOM). */
  readonly lines: readonly string[];
  readonly frontMatter: FrontMatter;
  /** 1-based line of the closing `---`, or undefined when the front matter is missing or unclosed. */
  readonly closingFenceLine: number | undefined;
  readonly body: QuestionBody;
  /** 1-based line of `key:` in the front matter, or undefined when the key is not there. */
  keyLine(key: string): number | undefined;
}

/** Lays out the question file `rawText`. Never throws. */
export function questionLayout(rawText: string): QuestionLayout {
  const text = normaliseText(rawText);
  const lines = text.split('\n');
  const sink = new IssueSink('');
  const frontMatter = readFrontMatter(text, sink);
  const hasFence = lines[0]?.trimEnd() === '---';
  const closeIndex = hasFence ? lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---') : -1;
  const closingFenceLine = closeIndex === -1 ? undefined : closeIndex + 1;
  const body = parseQuestionBody(frontMatter.body, frontMatter.bodyLine, new IssueSink(''));
  return {
    lines,
    frontMatter,
    closingFenceLine,
    body,
    keyLine(key: string): number | undefined {
      if (closingFenceLine === undefined) return undefined;
      const pattern = new RegExp(`^${key}\\s*:`);
      const index = lines.slice(1, closingFenceLine - 1).findIndex((line) => pattern.test(line));
      return index === -1 ? undefined : index + 2;
    },
  };
}

/**
 * The first line of each item of the first list before `## Explanation` — the list the author meant as the
 * options when it has no checkboxes (`options-missing`).
 */
export function plainListItemLines(layout: QuestionLayout): number[] {
  const { body: text, bodyLine } = layout.frontMatter;
  let tokens;
  try {
    tokens = loadMarked().Lexer.lex(text, { gfm: true });
  } catch {
    return [];
  }
  let cursor = 0;
  for (const token of tokens) {
    const at = token.raw ? text.indexOf(token.raw, cursor) : -1;
    const start = at === -1 ? cursor : at;
    cursor = Math.max(cursor, start + (token.raw?.length ?? 0));
    if (token.type === 'heading' && /^explanation\b/i.test((token as Tokens.Heading).text.trim())) return [];
    if (token.type !== 'list') continue;
    const lines: number[] = [];
    let itemCursor = start;
    for (const item of (token as Tokens.List).items) {
      const itemAt = text.indexOf(item.raw, itemCursor);
      const itemStart = itemAt === -1 ? itemCursor : itemAt;
      itemCursor = itemStart + item.raw.length;
      lines.push(bodyLine + countNewlines(text, itemStart));
    }
    return lines;
  }
  return [];
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
