/**
 * What the kiosk shows during an exam, derived from the state: the question on screen, the review screen's
 * tiles, and the summary before ending. Plain data for the webview. Correct answers appear only for a revealed
 * practice question or a submitted exam, so an exam in progress cannot leak them.
 */
import { isPractice } from './examConfig';
import { isAnswered, optionLetter, remainingMs, type ExamItem, type ExamState, type ItemAvailability } from './examState';
import type { QuestionLookup } from './reconcile';

export interface OptionView {
  /** A, B, C… in display order. */
  readonly letter: string;
  /** Original index into `question.options`: what `select`, `deselect` and `toggle-strike` take. */
  readonly option: number;
  readonly markdown: string;
  readonly selected: boolean;
  readonly struck: boolean;
  /** Only once the answer is revealed (practice) or the exam submitted. */
  readonly correct?: boolean;
}

export interface QuestionView {
  readonly examId: string;
  /** 0-based; `number` is 1-based for display ("Question 3 of 65"). */
  readonly index: number;
  readonly number: number;
  readonly total: number;
  readonly questionId: string;
  /**
   * Compared with the bank now: `missing` when the question is gone (stem and options are empty), `changed`
   * when it differs from the version the exam follows (call `reconcileWithBank`).
   */
  readonly availability: ItemAvailability;
  readonly stem: string;
  readonly options: readonly OptionView[];
  readonly selectCount: number;
  readonly multipleResponse: boolean;
  readonly flagged: boolean;
  readonly comment: string;
  readonly practice: boolean;
  readonly revealed: boolean;
  /** The selection cannot change: revealed, submitted, or missing. */
  readonly locked: boolean;
  /** Only once the answer is revealed or the exam submitted. */
  readonly explanation?: string;
  readonly references?: readonly string[];
  readonly remainingMs: number | null;
  readonly deadline: number | null;
  readonly submitted: boolean;
  readonly isFirst: boolean;
  readonly isLast: boolean;
}

/** The view of question `index` (default: the current one) at `now`. Out-of-range indices are clamped. */
export function questionView(state: ExamState, lookup: QuestionLookup, now: number, index = state.current): QuestionView {
  const i = Math.min(Math.max(0, Math.trunc(index) || 0), state.items.length - 1);
  const item = state.items[i];
  const question = lookup(item.questionId);
  const submitted = state.status === 'submitted';
  const show = submitted || item.revealed;
  const key = new Set(item.answerKey);
  return {
    examId: state.id,
    index: i,
    number: i + 1,
    total: state.items.length,
    questionId: item.questionId,
    availability: liveAvailability(item, question?.contentHash),
    stem: question?.stem ?? '',
    options: item.optionOrder.map((option, position) => ({
      letter: optionLetter(position),
      option,
      markdown: question?.options[option]?.markdown ?? '',
      selected: item.selected.includes(option),
      struck: item.struck.includes(option),
      ...(show ? { correct: key.has(option) } : {}),
    })),
    selectCount: item.selectCount,
    multipleResponse: item.selectCount > 1,
    flagged: item.flagged,
    comment: item.comment,
    practice: isPractice(state.config),
    revealed: item.revealed,
    locked: submitted || item.revealed || question === undefined,
    ...(show && question ? { explanation: question.explanation, references: question.references } : {}),
    remainingMs: remainingMs(state, now),
    deadline: state.deadline,
    submitted,
    isFirst: i === 0,
    isLast: i === state.items.length - 1,
  };
}

/** The state of an item against the bank's current hash of its question. */
export function liveAvailability(item: ExamItem, currentHash: string | undefined): ItemAvailability {
  if (currentHash === undefined) return 'missing';
  if (currentHash !== item.contentHash) return 'changed';
  return item.availability === 'missing' ? 'ok' : item.availability;
}

export type TileFilter = 'all' | 'flagged' | 'unanswered';

/** One square of the review screen. */
export interface ReviewTile {
  readonly index: number;
  readonly number: number;
  readonly answered: boolean;
  readonly flagged: boolean;
  readonly commented: boolean;
  readonly revealed: boolean;
  /** The question left the bank: it cannot be answered and is not scored. */
  readonly missing: boolean;
  readonly current: boolean;
}

export interface ReviewScreen {
  readonly tiles: readonly ReviewTile[];
  /** How many tiles each filter shows, for the filter buttons. */
  readonly counts: Readonly<Record<TileFilter, number>>;
}

/** The review screen's tiles, filtered. `unanswered` leaves out missing questions, which cannot be answered. */
export function reviewScreen(state: ExamState, filter: TileFilter = 'all'): ReviewScreen {
  const all = state.items.map((item, index): ReviewTile => ({
    index,
    number: index + 1,
    answered: isAnswered(item),
    flagged: item.flagged,
    commented: item.comment.trim() !== '',
    revealed: item.revealed,
    missing: item.availability === 'missing',
    current: index === state.current,
  }));
  const matches: Record<TileFilter, (tile: ReviewTile) => boolean> = {
    all: () => true,
    flagged: (tile) => tile.flagged,
    unanswered: (tile) => !tile.answered && !tile.missing,
  };
  return {
    tiles: all.filter(matches[filter] ?? matches.all),
    counts: { all: all.length, flagged: all.filter(matches.flagged).length, unanswered: all.filter(matches.unanswered).length },
  };
}

/** What the "End exam?" dialog tells the candidate. */
export interface EndSummary {
  readonly total: number;
  readonly answered: number;
  readonly unanswered: number;
  readonly flagged: number;
  readonly commented: number;
  /** Questions that left the bank during the exam. */
  readonly missing: number;
  readonly remainingMs: number | null;
}

export function endSummary(state: ExamState, now: number): EndSummary {
  const { tiles } = reviewScreen(state);
  return {
    total: tiles.length,
    answered: tiles.filter((t) => t.answered).length,
    unanswered: tiles.filter((t) => !t.answered && !t.missing).length,
    flagged: tiles.filter((t) => t.flagged).length,
    commented: tiles.filter((t) => t.commented).length,
    missing: tiles.filter((t) => t.missing).length,
    remainingMs: remainingMs(state, now),
  };
}
