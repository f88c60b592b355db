/** Words of question markdown, as the search index and the queries see them. */

const WORD = /[\p{L}\p{N}]+/gu;
/** Link targets and images say nothing a contributor searches for, and URLs would flood the vocabulary. */
const LINK_TARGET = /\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const BARE_URL = /https?:\/\/\S+/g;

/** Lower-case words of `text`, accents removed, markdown link targets and URLs left out. */
export function tokenize(text: string): string[] {
  const plain = fold(text.replace(LINK_TARGET, ']').replace(BARE_URL, ' '));
  return plain.match(WORD) ?? [];
}

/** Lower case without accents, so `Élastic` and `elastic` are the same word. */
export function fold(text: string): string {
  // NFKD splits accented letters into letter + mark; only the marks are dropped. Most bank text is ASCII,
  // which needs neither step (this is most of the time an index build takes).
  // eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
