/** The keyword maps of the exams the classifier knows; add a new exam's map here. */
import { ANS_C01 } from './ansC01';
import { CLF_C02 } from './clfC02';
import type { KeywordMap } from './keywordMap';

export const KEYWORD_MAPS: readonly KeywordMap[] = [CLF_C02, ANS_C01];

/** The map for an exam code (case-insensitive), or undefined when there is none. */
export function keywordMapFor(exam: string): KeywordMap | undefined {
  return KEYWORD_MAPS.find((m) => m.exam.toLowerCase() === exam.toLowerCase());
}
