/**
 * Problems met while reading, merging or importing progress. They are reported, never thrown: a damaged line
 * or a bad import entry is skipped and said so, and everything else still loads.
 */

/** Stable codes the host can key messages or telemetry on. */
export type ProgressIssueCode =
  | 'damaged-line'
  | 'incomplete-line'
  | 'invalid-record'
  | 'duplicate-record'
  | 'missing-header'
  | 'future-version'
  | 'unknown-format'
  | 'summary-stale'
  | 'summary-unreadable'
  | 'summary-from-backup'
  | 'invalid-sync'
  | 'invalid-outcome'
  | 'invalid-exam-date'
  | 'exam-dates-recovered'
  | 'io-error';

export interface ProgressIssue {
  readonly code: ProgressIssueCode;
  readonly message: string;
  /** 1-based line of the answer log, when the issue is about one line. */
  readonly line?: number;
  /** 0-based index in an imported array, when the issue is about one entry. */
  readonly index?: number;
}

/** The `{ value, issues }` result used throughout the progress core. */
export interface Result<T> {
  readonly value: T;
  readonly issues: readonly ProgressIssue[];
}
