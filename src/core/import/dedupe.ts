/**
 * Repeated questions across the files of a bank. Questions with the same normalised stem are compared by their
 * options, aligned by text (sources shuffle options and fix typos, so letters mean nothing across files):
 * when they agree on which options are correct they are one question and are merged; when they disagree the
 * conflict is reported and none of them is imported, because picking one silently could teach a wrong answer.
 * Questions that share a stem but not their options are different questions and are all kept.
 */
import { normalise } from './answerText';
import type { ReadQuestion } from './readDocument';

export interface UniqueQuestion {
  /** The version written: the one with the most explanation and references, else the first. */
  readonly question: ReadQuestion;
  /** Other versions of the same question, merged into it. */
  readonly duplicates: readonly ReadQuestion[];
}

export interface AnswerConflict {
  readonly stem: string;
  /** Every version, with the text of the options it marks correct. */
  readonly versions: readonly { readonly question: ReadQuestion; readonly correct: readonly string[] }[];
}

export interface Deduplicated {
  readonly unique: readonly UniqueQuestion[];
  readonly conflicts: readonly AnswerConflict[];
  /** Stems shared by questions with different options, all kept. */
  readonly sharedStems: readonly (readonly ReadQuestion[])[];
}

/** Minimum similarity for two option texts to be the same option. */
const SAME_OPTION = 0.5;
/** Minimum share of aligned options for two questions with the same stem to be the same question. */
const SAME_QUESTION = 0.5;

/** The stem as compared across files: without its select hint, case, punctuation and spacing. */
export function stemKey(question: Pick<ReadQuestion, 'stem' | 'selectHint'>): string {
  const stem = question.selectHint ? question.stem.replace(question.selectHint.text, ' ') : question.stem;
  return normalise(stem);
}

/** Groups `questions` (in source order) into unique questions, conflicts, and shared stems. */
export function deduplicate(questions: readonly ReadQuestion[]): Deduplicated {
  const byStem = new Map<string, ReadQuestion[]>();
  for (const q of questions) {
    const key = stemKey(q);
    byStem.set(key, [...(byStem.get(key) ?? []), q]);
  }
  const unique: UniqueQuestion[] = [];
  const conflicts: AnswerConflict[] = [];
  const sharedStems: ReadQuestion[][] = [];
  for (const group of byStem.values()) {
    const clusters: ReadQuestion[][] = [];
    for (const q of group) {
      const cluster = clusters.find((c) => alignment(c[0], q).share >= SAME_QUESTION);
      if (cluster) cluster.push(q);
      else clusters.push([q]);
    }
    if (clusters.length > 1) sharedStems.push(clusters.map((c) => c[0]));
    for (const cluster of clusters) {
      const agree = cluster.every((q) => sameAnswer(cluster[0], q));
      if (!agree) {
        conflicts.push({ stem: cluster[0].stem, versions: cluster.map((q) => ({ question: q, correct: q.correct.map((i) => q.options[i].text) })) });
        continue;
      }
      const best = [...cluster].sort((a, b) => richness(b) - richness(a))[0];
      unique.push({ question: best, duplicates: cluster.filter((q) => q !== best) });
    }
  }
  unique.sort((a, b) => questions.indexOf(a.question) - questions.indexOf(b.question));
  return { unique, conflicts, sharedStems };
}

/** Aligns the options of `a` with those of `b`, best pairs first; `share` is the aligned part of the shorter list. */
function alignment(a: ReadQuestion, b: ReadQuestion): { pairs: Map<number, number>; share: number } {
  const scored: [number, number, number][] = [];
  a.options.forEach((oa, i) => b.options.forEach((ob, j) => scored.push([similarity(oa.text, ob.text), i, j])));
  scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const pairs = new Map<number, number>();
  const usedB = new Set<number>();
  for (const [score, i, j] of scored) {
    if (score < SAME_OPTION) break;
    if (pairs.has(i) || usedB.has(j)) continue;
    pairs.set(i, j);
    usedB.add(j);
  }
  return { pairs, share: pairs.size / Math.min(a.options.length, b.options.length) };
}

/** The same options are correct in both versions, matched through the alignment. */
function sameAnswer(a: ReadQuestion, b: ReadQuestion): boolean {
  if (a === b) return true;
  if (a.correct.length !== b.correct.length) return false;
  const { pairs } = alignment(a, b);
  return a.correct.every((i) => pairs.has(i) && b.correct.includes(pairs.get(i)!));
}

/**
 * Mean of the Jaccard index and the overlap coefficient of the words: 1 for equal texts. Words of four letters
 * or more one typo apart count as equal ("Amazom CloudFront" is "Amazon CloudFront").
 */
export function similarity(x: string, y: string): number {
  const a = [...new Set(normalise(x).split(' ').filter(Boolean))];
  const b = [...new Set(normalise(y).split(' ').filter(Boolean))];
  if (a.length === 0 || b.length === 0) return 0;
  const unused = new Set(b);
  let common = 0;
  for (const w of a) {
    const match = unused.has(w) ? w : [...unused].find((v) => w.length >= 4 && v.length >= 4 && oneEditApart(w, v));
    if (match === undefined) continue;
    unused.delete(match);
    common++;
  }
  return (common / (a.length + b.length - common) + common / Math.min(a.length, b.length)) / 2;
}

/** True when one substitution, insertion or deletion turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function richness(q: ReadQuestion): number {
  const links = (q.explanation.match(/https?:\/\//g) ?? []).length;
  const prose = q.explanation.replace(/<?https?:\/\/\S+/g, '').replace(/[^A-Za-z]/g, '').length;
  return (prose > 0 ? 1_000_000 : 0) + links * 10_000 + Math.min(prose, 9_999);
}
