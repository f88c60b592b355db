/**
 * Fuzzy search over questions for contributors: every word of the query is matched against the bank's
 * vocabulary — exactly, as the start of a longer word (typing in progress), or fuzzily with fuse.js (a
 * misspelled service name) — and the questions holding those words are ranked by how rare the words are and
 * where they occur: a word in the stem counts more than the same word in the explanation.
 *
 * Fuse runs over the vocabulary (short strings, a few thousand of them), never over the questions' full text;
 * the inverted index turns matched words into questions. That is what keeps a query on a 10,000-question bank
 * within a keystroke's time (see bench/search.ts).
 */
import type { Question } from '../bank/model';
import { FuzzyVocabulary } from './fuzzyVocabulary';
import { FIELD, FIELD_NAMES, InvertedIndex, type SearchField } from './invertedIndex';
import { snippetOf } from './snippet';
import { tokenize } from './tokenize';

/** How much a word counts by the field it occurs in. */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = { stem: 4, tag: 3, id: 3, option: 2.5, explanation: 1 };
/** How much a word counts by how it matched the query's word. */
const EXACT = 1;
const PREFIX_LAST = 0.9;
const PREFIX = 0.7;
const FUZZY = 0.6;
const MIN_FUZZY_CHARS = 4;
const MIN_PREFIX_CHARS = 2;
const MAX_PREFIX_TERMS = 200;

export interface SearchHit {
  readonly question: Question;
  readonly score: number;
  /** The field where the query matched best. */
  readonly field: SearchField;
  /** A short plain-text excerpt of that field around the match. */
  readonly snippet: string;
}

interface TermMatch {
  readonly term: string;
  readonly quality: number;
}

/** A search index over questions, built once per set of questions (rebuild it when a bank changes). */
export class QuestionSearch {
  private readonly index: InvertedIndex;
  private readonly vocabulary: FuzzyVocabulary;
  /** Per-question scratch arrays, kept between searches so typing doesn't allocate per keystroke. */
  private readonly scores: Float64Array;
  private readonly best: Float64Array;
  private readonly matchedWords: Uint8Array;

  constructor(questions: readonly Question[]) {
    this.index = new InvertedIndex(questions);
    this.vocabulary = new FuzzyVocabulary(this.index.terms);
    this.scores = new Float64Array(questions.length);
    this.best = new Float64Array(questions.length);
    this.matchedWords = new Uint8Array(questions.length);
  }

  get size(): number {
    return this.index.size;
  }

  /**
   * The best `limit` questions for `query`, best first. A question must match every word of the query when any
   * question does; otherwise the questions matching the most words are returned.
   */
  search(query: string, limit = 50): SearchHit[] {
    const words = [...new Set(tokenize(query))];
    if (words.length === 0 || this.index.size === 0) return [];
    const { scores, best, matchedWords } = this;
    scores.fill(0);
    matchedWords.fill(0);
    const matchedTerms: TermMatch[] = [];
    words.forEach((word, i) => {
      const touched: number[] = [];
      for (const match of this.termsFor(word, i === words.length - 1)) {
        matchedTerms.push(match);
        const postings = this.index.postingsOf(match.term);
        if (!postings) continue;
        const weight = match.quality * this.index.idf(match.term);
        for (let p = 0; p < postings.docs.length; p++) {
          const doc = postings.docs[p];
          const value = weight * fieldWeight(postings.fields[p]);
          if (best[doc] === 0) touched.push(doc);
          if (value > best[doc]) best[doc] = value;
        }
      }
      for (const doc of touched) {
        scores[doc] += best[doc];
        matchedWords[doc]++;
        best[doc] = 0;
      }
    });
    return this.rank(scores, matchedWords, words.length, limit).map((doc) => this.hit(doc, scores[doc], matchedTerms));
  }

  /** The vocabulary words that stand for `word`: itself, words it starts (when typing), near spellings. */
  private termsFor(word: string, last: boolean): TermMatch[] {
    const out: TermMatch[] = [];
    if (this.index.documentFrequency(word) > 0) out.push({ term: word, quality: EXACT });
    if (word.length >= MIN_PREFIX_CHARS) {
      for (const term of this.index.termsWithPrefix(word, MAX_PREFIX_TERMS)) out.push({ term, quality: last ? PREFIX_LAST : PREFIX });
    }
    // Fuzzy only for a word the bank has neither as a word nor as the start of one: "cost" must not also find
    // "host" and "most", and a word being typed ("scal") is better served by the words it starts.
    if (out.length === 0 && word.length >= MIN_FUZZY_CHARS) {
      for (const result of this.vocabulary.search(word)) out.push({ term: result.term, quality: FUZZY * (1 - result.score) });
    }
    return out;
  }

  private rank(scores: Float64Array, matchedWords: Uint8Array, wordCount: number, limit: number): number[] {
    let most = 0;
    for (let doc = 0; doc < matchedWords.length; doc++) if (matchedWords[doc] > most) most = matchedWords[doc];
    if (most === 0) return [];
    const needed = Math.min(most, wordCount);
    const questions = this.index.questions;
    const better = (a: number, b: number): boolean => scores[a] > scores[b] || (scores[a] === scores[b] && questions[a].id < questions[b].id);
    const top = new TopK(limit, better);
    for (let doc = 0; doc < matchedWords.length; doc++) if (matchedWords[doc] >= needed && scores[doc] > 0) top.offer(doc);
    return top.sorted();
  }

  private hit(doc: number, score: number, matchedTerms: readonly TermMatch[]): SearchHit {
    const question = this.index.questions[doc];
    const { field, term } = whereMatched(matchedTerms, this.index, doc);
    return { question, score, field, snippet: snippetOf(question, field, term) };
  }
}

/**
 * The weight of a word by the fields it occurs in, summed: a question that names a service in its tags, id,
 * options and explanation is about that service more than one that mentions it once in its stem. Exam stems
 * rarely name the right answer, so a single best field would rank the question about a service below questions
 * that merely mention it.
 */
function fieldWeight(bits: number): number {
  let weight = 0;
  for (const field of FIELD_NAMES) if (bits & FIELD[field]) weight += FIELD_WEIGHTS[field];
  return weight;
}

/**
 * The field of question `doc` where the query matched best — the field weight times the weight of the words
 * found there — and the most telling of those words, for the excerpt.
 */
function whereMatched(matches: readonly TermMatch[], index: InvertedIndex, doc: number): { field: SearchField; term: string | undefined } {
  const fieldScores = new Map<SearchField, { score: number; term: string; termWeight: number }>();
  for (const match of matches) {
    const postings = index.postingsOf(match.term);
    const at = postings ? binarySearch(postings.docs, doc) : -1;
    if (!postings || at === -1) continue;
    const weight = match.quality * index.idf(match.term);
    for (const field of FIELD_NAMES) {
      if (!(postings.fields[at] & FIELD[field])) continue;
      const entry = fieldScores.get(field) ?? { score: 0, term: match.term, termWeight: -1 };
      entry.score += weight * FIELD_WEIGHTS[field];
      if (weight > entry.termWeight) {
        entry.term = match.term;
        entry.termWeight = weight;
      }
      fieldScores.set(field, entry);
    }
  }
  let best: { field: SearchField; term: string | undefined; score: number } = { field: 'stem', term: undefined, score: -1 };
  for (const [field, entry] of fieldScores) if (entry.score > best.score) best = { field, term: entry.term, score: entry.score };
  return { field: best.field, term: best.term };
}

function binarySearch(values: Uint32Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (values[mid] === value) return mid;
    if (values[mid] < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** The best `k` of many items without sorting them all: a heap whose root is the worst item kept. */
class TopK {
  private readonly heap: number[] = [];

  constructor(private readonly k: number, private readonly better: (a: number, b: number) => boolean) {}

  offer(item: number): void {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.better(heap[parent], heap[i])) break;
        [heap[parent], heap[i]] = [heap[i], heap[parent]];
        i = parent;
      }
      return;
    }
    if (this.k === 0 || !this.better(item, heap[0])) return;
    heap[0] = item;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && this.better(heap[worst], heap[left])) worst = left;
      if (right < heap.length && this.better(heap[worst], heap[right])) worst = right;
      if (worst === i) break;
      [heap[worst], heap[i]] = [heap[i], heap[worst]];
      i = worst;
    }
  }

  sorted(): number[] {
    return [...this.heap].sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
  }
}
