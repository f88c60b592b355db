/**
 * Links in an imported explanation, which become the question's `references`. Only `https://` links qualify
 * (the bank format requires them); in-page anchors and `http://` links stay in the text only.
 */

const URL = /https?:\/\/[^\s<>()[\]"'`]+(?:\([^\s<>()]*\)[^\s<>()[\]"'`]*)*/g;

/** The distinct https links of `markdown`, in order of appearance, without trailing punctuation. */
export function httpsLinks(markdown: string): string[] {
  const seen = new Set<string>();
  for (const match of markdown.match(URL) ?? []) {
    const url = match.replace(/[.,;:!?*_]+$/, '');
    if (url.startsWith('https://') && url.length > 'https://'.length + 3) seen.add(url);
  }
  return [...seen];
}

/** True when `markdown` says something besides links, labels and punctuation. */
export function hasProse(markdown: string): boolean {
  const rest = markdown
    .replace(URL, ' ')
    .replace(/\b(?:references?|explanation|sources?|see|links?|more info(?:rmation)?)\b\s*:?/gi, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return rest.split(' ').filter((w) => w.length > 1).length >= 3;
}
