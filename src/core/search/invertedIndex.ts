/**
 * An inverted index of questions: for every word, the questions that contain it and in which fields. A query
 * then only looks at the questions that share a word (or a near spelling of one) with it, instead of scanning
 * every question's text, which is what keeps search fast on banks of thousands of questions.
 */
import type { Question } from '../bank/model';
import { tokenize } from './tokenize';

/** Where in a question a word occurs; one bit each, so a posting stores all its fields in one byte. */
export const FIELD = { stem: 1, option: 2, explanation: 4, tag: 8, id: 16 } as const;
export type SearchField = keyof typeof FIELD;
export const FIELD_NAMES = Object.keys(FIELD) as SearchField[];

export interface Postings {
  /** Question numbers (indexes into the question list), ascending. */
  readonly docs: Uint32Array;
  /** The {@link FIELD} bits of the word in the question at the same position of `docs`. */
  readonly fields: Uint8Array;
}

/** The words of each field of `question`; tags and the id split at dashes (`amazon-s3` → amazon, s3). */
export function fieldWords(question: Question): Record<SearchField, string[]> {
  return {
    stem: tokenize(question.stem),
    option: question.options.flatMap((option) => tokenize(option.markdown)),
    explanation: tokenize(question.explanation),
    tag: question.tags.flatMap((tag) => tokenize(tag)),
    id: tokenize(question.id),
  };
}

export class InvertedIndex {
  /** Every word, sorted, for prefix look-ups by binary search. */
  readonly terms: string[];
  private readonly postings = new Map<string, Postings>();

  constructor(readonly questions: readonly Question[]) {
    const building = new Map<string, { docs: number[]; fields: number[] }>();
    questions.forEach((question, doc) => {
      const words = fieldWords(question);
      const seen = new Map<string, number>();
      for (const field of FIELD_NAMES) {
        for (const word of words[field]) seen.set(word, (seen.get(word) ?? 0) | FIELD[field]);
      }
      for (const [word, bits] of seen) {
        let list = building.get(word);
        if (!list) building.set(word, (list = { docs: [], fields: [] }));
        list.docs.push(doc);
        list.fields.push(bits);
      }
    });
    for (const [word, list] of building) {
      this.postings.set(word, { docs: Uint32Array.from(list.docs), fields: Uint8Array.from(list.fields) });
    }
    this.terms = [...building.keys()].sort();
  }

  get size(): number {
    return this.questions.length;
  }

  postingsOf(term: string): Postings | undefined {
    return this.postings.get(term);
  }

  /** Number of questions containing `term`. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** Inverse document frequency: rare words tell more about a question than common ones. */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    // Never quite 0, so a word found in every question still counts as found.
    return Math.max(1e-6, Math.log(1 + (this.size - df + 0.5) / (df + 0.5)));
  }

  /** Words starting with `prefix` (not `prefix` itself), the most common first, at most `limit`. */
  termsWithPrefix(prefix: string, limit: number): string[] {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.terms[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    const out: string[] = [];
    for (let i = low; i < this.terms.length && this.terms[i].startsWith(prefix); i++) {
      if (this.terms[i] !== prefix) out.push(this.terms[i]);
    }
    return out.sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a)).slice(0, limit);
  }
}
