/** Short plain-text excerpts of a question, for search results and pickers. */
import type { Question } from '../bank/model';
import type { SearchField } from './invertedIndex';
import { fold } from './tokenize';

const SNIPPET_CHARS = 90;

/** Markdown as one line of plain text: no emphasis marks, code ticks, link targets or line breaks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/^\s*[-+]\s+\[[ xX]\]\s*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first line of a question's stem as plain text, cut at `max` characters. */
export function firstLine(question: Question, max = 100): string {
  return cut(plainText(question.stem.split('\n\n')[0] ?? ''), 0, max);
}

/** The text of `field` of `question`, around the first occurrence of `term` when it is given and found. */
export function snippetOf(question: Question, field: SearchField, term: string | undefined): string {
  const text = plainText(fieldText(question, field));
  if (!term) return cut(text, 0, SNIPPET_CHARS);
  // `fold` keeps the length of plain ASCII text, so an index found in the folded text is the same in `text`;
  // for text with accents the excerpt may start a few characters off, which is harmless.
  const folded = fold(text);
  const found = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(term)}`, 'u').exec(folded);
  if (!found) return cut(text, 0, SNIPPET_CHARS);
  const at = found.index + (found[0].length - term.length);
  // A little context before the match, so the match itself is not cut off in a narrow picker.
  return cut(text, Math.max(0, at - 12), SNIPPET_CHARS);
}

function fieldText(question: Question, field: SearchField): string {
  switch (field) {
    case 'stem': return question.stem;
    case 'option': return question.options.map((o) => o.markdown).join(' · ');
    case 'explanation': return question.explanation;
    case 'tag': return question.tags.join(', ');
    case 'id': return question.id;
  }
}

function cut(text: string, from: number, length: number): string {
  let start = from;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space - start < 12 ? space + 1 : start;
  }
  const body = text.slice(start, start + length).trimEnd();
  return `${start > 0 ? '…' : ''}${body}${start + length < text.length ? '…' : ''}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
