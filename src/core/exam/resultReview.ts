/**
 * The question-by-question review after an exam: the candidate's answer against the correct one, with the
 * explanation. Right and wrong come from the answer key stored with the exam, the same one the score used; the
 * text comes from the bank as it is now, and `availability` says when that differs from what was on screen.
 */
import type { ExamItem, ExamState, ItemAvailability } from './examState';
import { isAnswered, optionLetter } from './examState';
import { liveAvailability } from './examViews';
import type { QuestionLookup } from './reconcile';
import { isItemCorrect, isScored } from './scoring';

export type ResultFilter = 'all' | 'incorrect' | 'flagged' | 'commented';

/** `excluded`: the question left the bank during the exam and was not scored. */
export type ItemOutcome = 'correct' | 'incorrect' | 'unanswered' | 'excluded';

export interface ReviewOption {
  readonly letter: string;
  readonly option: number;
  readonly markdown: string;
  readonly selected: boolean;
  readonly correct: boolean;
}

export interface ResultItem {
  readonly index: number;
  readonly number: number;
  readonly questionId: string;
  readonly domain: string;
  readonly task: string;
  readonly outcome: ItemOutcome;
  /** Letters as shown during the exam, e.g. `['B', 'D']`. */
  readonly yourLetters: readonly string[];
  readonly correctLetters: readonly string[];
  readonly stem: string;
  readonly options: readonly ReviewOption[];
  /** Empty when the question is no longer in the bank. */
  readonly explanation: string;
  readonly references: readonly string[];
  readonly flagged: boolean;
  readonly comment: string;
  readonly timeSpentMs: number;
  /** The bank's version now against the one the exam used: `changed` or `missing` since. */
  readonly availability: ItemAvailability;
}

export interface ResultReview {
  readonly items: readonly ResultItem[];
  readonly counts: Readonly<Record<ResultFilter, number>>;
}

const MATCHES: Record<ResultFilter, (item: ResultItem) => boolean> = {
  all: () => true,
  // Unanswered counts as wrong, as in the score.
  incorrect: (item) => item.outcome === 'incorrect' || item.outcome === 'unanswered',
  flagged: (item) => item.flagged,
  commented: (item) => item.comment.trim() !== '',
};

/**
 * The review of a submitted exam, filtered. An exam in progress gives no items, so answers cannot reach the
 * kiosk before the end (practice questions show theirs through the question view once revealed).
 */
export function resultReview(state: ExamState, lookup: QuestionLookup, filter: ResultFilter = 'all'): ResultReview {
  const all = state.status === 'submitted' ? state.items.map((item, index) => resultItem(item, index, lookup)) : [];
  const count = (f: ResultFilter) => all.filter(MATCHES[f]).length;
  return {
    items: all.filter(MATCHES[filter] ?? MATCHES.all),
    counts: { all: all.length, incorrect: count('incorrect'), flagged: count('flagged'), commented: count('commented') },
  };
}

function resultItem(item: ExamItem, index: number, lookup: QuestionLookup): ResultItem {
  const question = lookup(item.questionId);
  const key = new Set(item.answerKey);
  const options = item.optionOrder.map((option, position): ReviewOption => ({
    letter: optionLetter(position),
    option,
    markdown: question?.options[option]?.markdown ?? '',
    selected: item.selected.includes(option),
    correct: key.has(option),
  }));
  return {
    index,
    number: index + 1,
    questionId: item.questionId,
    domain: item.domain,
    task: item.task,
    outcome: outcomeOf(item),
    yourLetters: options.filter((o) => o.selected).map((o) => o.letter),
    correctLetters: options.filter((o) => o.correct).map((o) => o.letter),
    stem: question?.stem ?? '',
    options,
    explanation: question?.explanation ?? '',
    references: question?.references ?? [],
    flagged: item.flagged,
    comment: item.comment,
    timeSpentMs: item.timeSpentMs,
    availability: liveAvailability(item, question?.contentHash),
  };
}

/** How an item counted in the score. */
export function outcomeOf(item: ExamItem): ItemOutcome {
  if (!isScored(item)) return 'excluded';
  if (!isAnswered(item)) return 'unanswered';
  return isItemCorrect(item) ? 'correct' : 'incorrect';
}
