/**
 * The shape of a per-exam keyword map, used to guess the blueprint task of an imported question. Adding an
 * exam means writing one such map (see `clfC02.ts`) and listing it in `keywordMaps.ts`.
 */

/**
 * A service tag of the catalog (`amazon-s3`) or a phrase (`shared responsibility`, `migrat*`). Weight 2 for a
 * service and 1 for a phrase unless given as `[keyword, weight]`.
 */
export type Keyword = string | readonly [keyword: string, weight: number];

export interface KeywordMap {
  /** Official exam code the map is for, e.g. `CLF-C02`; matched against `BankInfo.exam`. */
  readonly exam: string;
  /** Task used when no keyword matches: the exam's most general task. */
  readonly defaultTask: string;
  /** Keywords per task id. A keyword may appear under several tasks; the scores decide. */
  readonly tasks: Readonly<Record<string, readonly Keyword[]>>;
}
