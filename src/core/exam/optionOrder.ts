/**
 * The shuffled order in which a question's options are shown. Letters are given at display time from this
 * order, so a question is "re-lettered" in every exam and nobody learns "the answer is B".
 */
import { seededRandom, shuffled } from '../random';

/**
 * The display order of `optionCount` options of question `questionId` in the exam with `seed`, as original
 * indices. It depends only on the seed and the question id (not on the other questions drawn), so it can be
 * recomputed for one question, e.g. when the bank changed its options during the exam.
 */
export function optionOrder(seed: number, questionId: string, optionCount: number): number[] {
  const indices = Array.from({ length: Math.max(0, optionCount) }, (_, i) => i);
  return shuffled(indices, seededRandom((seed ^ Math.imul(hashString(questionId), 0x9e3779b1)) >>> 0));
}

/** FNV-1a, 32 bits: a cheap, stable hash to derive per-question seeds from. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Original indices of the correct options of a question. */
export function answerKeyOf(options: readonly { readonly correct: boolean }[]): number[] {
  return options.flatMap((option, i) => (option.correct ? [i] : []));
}
