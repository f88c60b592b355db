/**
 * Phrase matching for tags and classification: phrases and text are compared after `normalise` (lower case,
 * punctuation as spaces), on whole words; a trailing `*` on a word matches any ending (`migrat*`).
 */
import { normalise } from '../answerText';

const cache = new Map<string, RegExp>();

/** The compiled matcher of a phrase. */
function matcher(phrase: string): RegExp {
  let re = cache.get(phrase);
  if (!re) {
    const words = phrase
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => {
        const star = w.endsWith('*');
        const body = normalise(star ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return star ? `${body}[\\p{L}\\p{N}]*` : body;
      });
    re = new RegExp(`(?:^| )${words.join(' ')}(?= |$)`, 'u');
    cache.set(phrase, re);
  }
  return re;
}

/** Text prepared once for many `hasPhrase` calls. */
export type PreparedText = string & { readonly __prepared: true };

export function prepare(text: string): PreparedText {
  return normalise(text) as PreparedText;
}

/** True when `text` contains `phrase` as whole words. */
export function hasPhrase(text: PreparedText, phrase: string): boolean {
  return matcher(phrase).test(text);
}
