/**
 * Markdown to HTML for the webviews, done in the host when a question is shown (never at load). The HTML is
 * not trusted here: the page sanitises it with DOMPurify before it reaches the DOM.
 */
import type { Marked } from 'marked';
import { loadMarked } from '../../core/markdown/loadMarked';

let marked: Marked | undefined;
const cache = new Map<string, string>();
const CACHE_LIMIT = 500;

export function renderMarkdown(markdown: string): string {
  const cached = cache.get(markdown);
  if (cached !== undefined) return cached;
  let html: string;
  try {
    marked ??= new (loadMarked().Marked)({ gfm: true, breaks: false, async: false });
    html = marked.parse(markdown) as string;
  } catch {
    html = `<pre>${markdown.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)}</pre>`;
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(markdown, html);
  return html;
}

/** Inline markdown (an option's text) without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>\n?$/, '$1');
}
