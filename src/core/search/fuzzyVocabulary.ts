/**
 * Near spellings of a word among a bank's words, with fuse.js. Words are grouped by length, and a query word is
 * only compared with groups it could be within the allowed typos of: a 9-letter word never looks at 3-letter or
 * 20-letter ones. With numbers left out (they are matched exactly or not at all), that keeps a look-up to a
 * small part of a large bank's vocabulary.
 */
import Fuse from 'fuse.js';

/** Fuse score limit: about one typo in four letters, two in six, three in nine. */
export const FUZZY_THRESHOLD = 0.34;
const MAX_TYPOS = 3;

export interface FuzzyMatch {
  readonly term: string;
  /** Fuse's score: 0 is a perfect match, {@link FUZZY_THRESHOLD} the worst accepted. */
  readonly score: number;
}

export class FuzzyVocabulary {
  private readonly byLength = new Map<number, Fuse<string>>();

  constructor(terms: Iterable<string>) {
    const groups = new Map<number, string[]>();
    for (const term of terms) {
      if (/^\d+$/.test(term)) continue;
      const group = groups.get(term.length);
      if (group) group.push(term);
      else groups.set(term.length, [term]);
    }
    for (const [length, group] of groups) {
      this.byLength.set(length, new Fuse(group, { includeScore: true, ignoreLocation: true, threshold: FUZZY_THRESHOLD }));
    }
  }

  /** Words within a few typos of `word`, best first. */
  search(word: string): FuzzyMatch[] {
    const typos = Math.min(MAX_TYPOS, Math.floor(word.length * FUZZY_THRESHOLD));
    const out: FuzzyMatch[] = [];
    for (let length = Math.max(1, word.length - typos); length <= word.length + typos; length++) {
      const fuse = this.byLength.get(length);
      if (!fuse) continue;
      for (const result of fuse.search(word)) out.push({ term: result.item, score: result.score ?? 0 });
    }
    return out.sort((a, b) => a.score - b.score);
  }
}
