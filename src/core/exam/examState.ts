/**
 * The state of one exam session. The VS Code host owns it; the webview only ever sees views derived from it.
 * Everything here is plain JSON (numbers are epoch milliseconds), written to disk after every action.
 */
import type { ExamConfig } from './examConfig';

/** The format version of {@link ExamState}. A file with a higher number is refused, never overwritten. */
export const EXAM_SCHEMA = 1;

export type ExamStatus = 'in-progress' | 'submitted';

/**
 * Why an exam ended: the candidate submitted it, the clock ran out while it was open, or the deadline passed
 * while VS Code was closed (the exam is then submitted when it is next loaded).
 */
export type SubmitReason = 'user' | 'time-up' | 'time-up-while-closed';

/**
 * Whether an item's question is still the one the exam started with: `ok`; `changed` when the bank was updated
 * during the exam (the item then follows the new version); `missing` when the question left the bank. Missing
 * items are shown as such and left out of the score.
 */
export type ItemAvailability = 'ok' | 'missing' | 'changed';

/** One question of the exam and everything the candidate did with it. Option numbers index `question.options`. */
export interface ExamItem {
  readonly questionId: string;
  /** `Question.contentHash` of the version the item follows. */
  readonly contentHash: string;
  /** Kept so that scoring per domain needs no bank and does not move when the bank changes later. */
  readonly domain: string;
  readonly task: string;
  /** Display order: `optionOrder[k]` is the original index of the option shown with letter k (A = 0). */
  readonly optionOrder: readonly number[];
  /** Original indices of the correct options. Scoring uses it, so a submitted exam's score never moves. */
  readonly answerKey: readonly number[];
  readonly selectCount: number;
  /** Original indices of the chosen options, ascending. */
  readonly selected: readonly number[];
  readonly flagged: boolean;
  /** The candidate's comment on the question (errata for the bank's authors); empty when none. */
  readonly comment: string;
  /** Original indices of options struck out to eliminate them, ascending. Never overlaps `selected`. */
  readonly struck: readonly number[];
  /** Practice: the answer has been shown, so the selection is locked. */
  readonly revealed: boolean;
  /** Milliseconds this question was the current one, summed over visits. */
  readonly timeSpentMs: number;
  readonly availability: ItemAvailability;
}

/** The bank facts an exam needs after it was created, copied so that scoring works without the bank. */
export interface ExamBankRef {
  /** `BankInfo.id`, e.g. `clf-c02`. */
  readonly id: string;
  /** Official exam code, e.g. `CLF-C02`. */
  readonly exam: string;
  /** The exam's title, e.g. `AWS Certified Cloud Practitioner`. */
  readonly title: string;
  readonly passingScore: number;
  readonly domains: readonly { readonly id: string; readonly title: string }[];
}

/** The headline of a submitted exam, stored with it so that lists of past exams need no scoring. */
export interface ScoreSummary {
  readonly correct: number;
  readonly total: number;
  /** 0–100, rounded. */
  readonly percent: number;
  /** Estimated scaled score, 100–1000. */
  readonly scaledScore: number;
  readonly passed: boolean;
}

export interface ExamState {
  readonly schema: typeof EXAM_SCHEMA;
  /** Safe as a file name: letters, digits, `-` and `_`. */
  readonly id: string;
  readonly bank: ExamBankRef;
  readonly config: ExamConfig;
  /** Seed of every random choice made for this exam (questions drawn, their order, option order). */
  readonly seed: number;
  readonly createdAt: number;
  /** When the clock started. */
  readonly startedAt: number;
  /** Time of the last action applied. */
  readonly updatedAt: number;
  /** When time runs out, or `null` for an untimed exam. Always a timestamp, never a count of ticks. */
  readonly deadline: number | null;
  readonly items: readonly ExamItem[];
  /** Index of the question on screen. */
  readonly current: number;
  /**
   * Since when the current question has been on screen, or `null` while the exam is suspended (panel closed).
   * The time is added to the item's `timeSpentMs` when the candidate moves on.
   */
  readonly viewingSince: number | null;
  readonly status: ExamStatus;
  readonly submittedAt: number | null;
  readonly submitReason: SubmitReason | null;
  /** Set on submission. */
  readonly result: ScoreSummary | null;
}

/** A problem or notice for the user. `code` is stable so the host and tests can key on it. */
export interface ExamIssue {
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
}

/** Whether the exam is over. */
export function isSubmitted(state: ExamState): boolean {
  return state.status === 'submitted';
}

/** Milliseconds left on the clock at `now` (never negative), or `null` for an untimed exam. */
export function remainingMs(state: ExamState, now: number): number | null {
  if (state.deadline === null) return null;
  if (state.status === 'submitted') return Math.max(0, state.deadline - (state.submittedAt ?? state.deadline));
  return Math.max(0, state.deadline - now);
}

/** Whether the candidate has chosen at least one option. */
export function isAnswered(item: ExamItem): boolean {
  return item.selected.length > 0;
}

/** Letter of display position `position`: A, B, … Z, then A2, B2, … (no bank has that many options). */
export function optionLetter(position: number): string {
  const letter = String.fromCharCode(65 + (position % 26));
  const round = Math.floor(position / 26);
  return round === 0 ? letter : `${letter}${round + 1}`;
}
