/**
 * One question on its own, for the quick quiz and the sidebar's practice view: a one-item practice exam held
 * in memory (never saved as an exam), so the kiosk's engine does the option shuffling, the "select TWO" rule,
 * the reveal and the right/wrong verdict, exactly as in a practice exam.
 */
import type { Question } from '../bank/model';
import { newItem, oneQuestionState, type BankSummary } from '../exam/createExam';
import type { RevealWhen } from '../exam/examConfig';
import { apply } from '../exam/examReducer';
import { optionLetter, type ExamState } from '../exam/examState';
import { isItemCorrect } from '../exam/scoring';
import { itemTimeMs } from '../progress/examAnswers';
import { plainLine } from './plainText';

/** A practice exam of just `question`, its options shuffled with `seed`, started at `now`. */
export function oneQuestionExam(question: Question, info: BankSummary, now: number, seed: number, revealWhen: RevealWhen): ExamState {
  const unsigned = seed >>> 0;
  return oneQuestionState(`practice-${unsigned.toString(16).padStart(8, '0')}`, info, newItem(question, unsigned), unsigned, now, revealWhen);
}

/** An option as the quick quiz lists it: its letter, its original index, and its text on one line. */
export interface QuizChoice {
  readonly letter: string;
  /** Original index into `question.options`. */
  readonly option: number;
  readonly text: string;
}

/** The options of the question in `state`, in the shuffled display order. */
export function quizChoices(state: ExamState, question: Question): QuizChoice[] {
  const item = state.items[0];
  return item.optionOrder.map((option, position) => ({
    letter: optionLetter(position),
    option,
    text: plainLine(question.options[option]?.markdown ?? ''),
  }));
}

const COUNT_WORDS = ['none', 'one', 'two', 'three', 'four', 'five', 'six'];

/** "one", "TWO", …: how the kiosk says how many to choose. */
export function countWord(n: number): string {
  const word = COUNT_WORDS[n] ?? String(n);
  return n > 1 ? word.toUpperCase() : word;
}

/** Why `chosen` options cannot be the answer to a question asking for `selectCount`, or undefined when they can. */
export function selectionProblem(chosen: number, selectCount: number): string | undefined {
  if (chosen === selectCount) return undefined;
  if (chosen === 0) return selectCount === 1 ? 'Choose an option.' : `Choose ${countWord(selectCount)} options.`;
  return `Choose exactly ${countWord(selectCount)} (you chose ${chosen}).`;
}

export interface QuizVerdict {
  readonly state: ExamState;
  readonly correct: boolean;
  /** Letters chosen and right, in display order. */
  readonly yourLetters: readonly string[];
  readonly correctLetters: readonly string[];
  readonly timeMs: number;
}

/**
 * Answers the question in `state` with `options` (original indices) at `now` and reveals it. Returns a
 * problem instead when the selection does not fit the question (wrong count, unknown option).
 */
export function answerOneQuestion(state: ExamState, options: readonly number[], now: number): QuizVerdict | { readonly problem: string } {
  const item = state.items[0];
  const chosen = [...new Set(options)];
  const problem = selectionProblem(chosen.length, item.selectCount);
  if (problem !== undefined) return { problem };
  let next = state;
  for (const option of chosen) {
    const result = apply(next, { type: 'select', option }, now);
    if (result.issues.some((i) => i.severity !== 'info')) return { problem: result.issues[0].message };
    next = result.state;
  }
  next = apply(next, { type: 'reveal' }, now).state;
  return verdictOf(next);
}

/** The verdict of the revealed question in `state`. */
export function verdictOf(state: ExamState): QuizVerdict {
  const item = state.items[0];
  const letters = (pick: (option: number) => boolean): string[] =>
    item.optionOrder.flatMap((option, position) => (pick(option) ? [optionLetter(position)] : []));
  return {
    state,
    correct: isItemCorrect(item),
    yourLetters: letters((o) => item.selected.includes(o)),
    correctLetters: letters((o) => item.answerKey.includes(o)),
    timeMs: itemTimeMs(state, 0),
  };
}
