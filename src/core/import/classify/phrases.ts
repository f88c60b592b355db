/**
 * Phrase matching for tags and classification: phrases and text are compared after `normalise` (lower case,
 * punctuation as spaces), on whole words; a trailing `*` on a word matches any ending (`migrat*`). Plain
 * phrases are a substring search on the space-padded text; only starred ones need a regular expression, which
 * keeps classifying a thousand questions against hundreds of keywords well under a second.
 */
import { normalise } from '../answerText';

type Matcher = { readonly plain: string } | { readonly pattern: RegExp };

const cache = new Map<string, Matcher>();

function matcher(phrase: string): Matcher {
  let m = cache.get(phrase);
  if (!m) {
    const words = phrase.split(/\s+/).filter(Boolean);
    if (words.every((w) => !w.endsWith('*'))) {
      m = { plain: ` ${normalise(phrase)} ` };
    } else {
      const parts = words.map((w) => {
        const star = w.endsWith('*');
        const body = normalise(star ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return star ? `${body}[^ ]*` : body;
      });
      m = { pattern: new RegExp(` ${parts.join(' ')} `) };
    }
    cache.set(phrase, m);
  }
  return m;
}

/** Text prepared once for many `hasPhrase` calls: normalised and padded with spaces. */
export interface PreparedText {
  readonly padded: string;
}

export function prepare(text: string): PreparedText {
  return { padded: ` ${normalise(text)} ` };
}

/** True when `text` contains `phrase` as whole words. */
export function hasPhrase(text: PreparedText, phrase: string): boolean {
  const m = matcher(phrase);
  return 'plain' in m ? text.padded.includes(m.plain) : m.pattern.test(text.padded);
}
