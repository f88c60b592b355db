/**
 * The top-level block structure of a question body, which is all that splitting it into stem, options and
 * explanation needs: where each block starts, which are headings (and their text), which are lists (and their
 * items). Two producers give the same blocks for the same text: `marked`'s block lexer here (the reference, for
 * any markdown), and the fast line scanner in `scanBodyBlocks.ts` (for the plain shape questions are written in).
 */
import type { Token, Tokens } from 'marked';
import { loadMarked } from '../markdown/loadMarked';

/** One item of a list, as marked's lexer reads it. */
export interface BodyListItem {
  /** Offset in the body where the item starts (its marker). */
  readonly start: number;
  /** Length of the item's first line, marker included. */
  readonly firstLineLength: number;
  /** The item's markdown without its marker (and without the checkbox of a task item), as marked gives it. */
  readonly text: string;
  /** A task-list item (`- [ ]`, `- [x]`). */
  readonly task: boolean;
  readonly checked: boolean;
}

/** A top-level block other than blank lines. */
export interface BodyBlock {
  readonly kind: 'heading' | 'list' | 'other';
  /** Offsets in the body: where the block starts, and where its source text ends. */
  readonly start: number;
  readonly end: number;
  /** Heading level (1–6); 0 for other blocks. */
  readonly depth: number;
  /** A heading's text, as marked gives it; empty for other blocks. */
  readonly text: string;
  /** A list's items; empty for other blocks. */
  readonly items: readonly BodyListItem[];
}

const NO_ITEMS: readonly BodyListItem[] = [];

/**
 * The blocks of `body` read by marked's block lexer. Inline markdown (emphasis, links, code spans) is not lexed:
 * none of it is needed to split a question. May throw on input beyond the markdown limits.
 */
export function markedBlocks(body: string): BodyBlock[] {
  // A fresh options object each time, because the lexer stores its tokenizer in it.
  const tokens: Token[] = new (loadMarked().Lexer)({ gfm: true }).blockTokens(body, []);
  const blocks: BodyBlock[] = [];
  let cursor = 0;
  for (const token of tokens) {
    // Lexer tokens carry their raw text, not offsets: each is found after the one before.
    const at = token.raw ? body.indexOf(token.raw, cursor) : -1;
    const start = at === -1 ? cursor : at;
    const end = start + (token.raw?.length ?? 0);
    cursor = Math.max(cursor, end);
    if (token.type === 'space') continue;
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      blocks.push({ kind: 'heading', start, end, depth: heading.depth, text: heading.text, items: NO_ITEMS });
    } else if (token.type === 'list') {
      blocks.push({ kind: 'list', start, end, depth: 0, text: '', items: listItems(body, start, (token as Tokens.List).items) });
    } else {
      blocks.push({ kind: 'other', start, end, depth: 0, text: '', items: NO_ITEMS });
    }
  }
  return blocks;
}

function listItems(body: string, listStart: number, items: readonly Tokens.ListItem[]): BodyListItem[] {
  let cursor = listStart;
  return items.map((item) => {
    const at = body.indexOf(item.raw, cursor);
    const start = at === -1 ? cursor : at;
    cursor = start + item.raw.length;
    const lineEnd = item.raw.indexOf('\n');
    return {
      start,
      firstLineLength: lineEnd === -1 ? item.raw.length : lineEnd,
      text: item.text,
      task: item.task,
      checked: item.checked === true,
    };
  });
}
