/**
 * Everything a candidate can do during an exam, as a pure reducer: `apply(state, action, now)` returns the next
 * state, whether it changed (save it then), issues for refused actions, and effects for the host to act on.
 * Refusals never throw and never change the state.
 *
 * Option numbers in actions are original indices into `question.options` (the views give them with each
 * displayed option). Item actions target the current question unless they name an `index`, so a review screen
 * can flag a question without moving to it.
 *
 * Strike-through and selection exclude each other: striking a chosen option un-chooses it (the candidate has
 * eliminated it), and choosing a struck option lifts the strike (the click says the candidate changed their
 * mind; refusing it would look like a broken button).
 */
import { revealPolicy } from './examConfig';
import type { ExamIssue, ExamItem, ExamState, ScoreSummary, SubmitReason } from './examState';
import { accrueTime, isExpired, replaceItem, submitExam } from './examTime';
import { isItemCorrect, scoreExam, summarize } from './scoring';

type Target = { readonly index?: number };

export type ExamAction =
  | ({ readonly type: 'select'; readonly option: number } & Target)
  | ({ readonly type: 'deselect'; readonly option: number } & Target)
  | ({ readonly type: 'clear' } & Target)
  | ({ readonly type: 'toggle-flag' } & Target)
  | ({ readonly type: 'set-comment'; readonly text: string } & Target)
  | ({ readonly type: 'toggle-strike'; readonly option: number } & Target)
  | ({ readonly type: 'reveal' } & Target)
  | { readonly type: 'go-to'; readonly index: number }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'submit' }
  /** Sent by the host's timer; submits with `time-up` once the deadline has passed. */
  | { readonly type: 'tick' }
  /** The question left the screen (panel hidden or closed): stop counting its time. */
  | { readonly type: 'suspend' }
  /** The question is on screen again. */
  | { readonly type: 'resume' };

/** Something the host should act on beyond redrawing. */
export type ExamEffect =
  | { readonly type: 'submitted'; readonly reason: SubmitReason; readonly summary: ScoreSummary }
  | { readonly type: 'revealed'; readonly index: number; readonly questionId: string; readonly correct: boolean };

export interface ApplyResult {
  readonly state: ExamState;
  /** The state differs from the input and should be saved. */
  readonly changed: boolean;
  readonly issues: readonly ExamIssue[];
  readonly effects: readonly ExamEffect[];
}

/** Longest comment kept, in characters; longer text is cut and the cut reported. */
export const MAX_COMMENT_LENGTH = 4000;

const CLOCK_ACTIONS = new Set<ExamAction['type']>(['tick', 'suspend', 'resume']);

/** Applies `action` at time `now` (epoch ms). Once the deadline has passed, the exam is submitted first. */
export function apply(state: ExamState, action: ExamAction, now: number): ApplyResult {
  if (state.status === 'submitted') {
    return CLOCK_ACTIONS.has(action.type) ? unchanged(state) : refuse(state, 'exam-submitted', 'The exam has been submitted; answers can no longer change.');
  }
  if (isExpired(state, now)) {
    const submitted = submitExam(state, 'time-up', state.deadline ?? now);
    const issues = CLOCK_ACTIONS.has(action.type) || action.type === 'submit' ? [] : [issue('time-up', 'Time is up: the exam was submitted before this action.')];
    return { state: submitted, changed: true, issues, effects: [submittedEffect(submitted)] };
  }
  const result = dispatch(state, action, now);
  if (result.state === state) return result;
  return { ...result, state: { ...result.state, updatedAt: now }, changed: true };
}

function dispatch(state: ExamState, action: ExamAction, now: number): ApplyResult {
  switch (action.type) {
    case 'go-to': return goTo(state, action.index, now);
    case 'next': return state.current + 1 < state.items.length ? goTo(state, state.current + 1, now) : refuse(state, 'no-next', 'This is the last question.');
    case 'previous': return state.current > 0 ? goTo(state, state.current - 1, now) : refuse(state, 'no-previous', 'This is the first question.');
    case 'submit': {
      const submitted = submitExam(state, 'user', now);
      return { state: submitted, changed: true, issues: [], effects: [submittedEffect(submitted)] };
    }
    case 'tick': return unchanged(state);
    case 'suspend': return state.viewingSince === null ? unchanged(state) : done({ ...accrueTime(state, now), viewingSince: null });
    case 'resume': return state.viewingSince === null ? done({ ...state, viewingSince: now }) : unchanged(state);
    default: return onItem(state, action);
  }
}

type ItemAction = Extract<ExamAction, Target & { readonly type: 'select' | 'deselect' | 'clear' | 'toggle-flag' | 'set-comment' | 'toggle-strike' | 'reveal' }>;

function onItem(state: ExamState, action: ItemAction): ApplyResult {
  const index = action.index ?? state.current;
  const item = state.items[index];
  if (!Number.isInteger(index) || item === undefined) return refuse(state, 'index-out-of-range', `There is no question ${index + 1}.`);
  const update = (next: ExamItem, effects: ExamEffect[] = [], issues: ExamIssue[] = []): ApplyResult =>
    ({ state: { ...state, items: replaceItem(state.items, index, () => next) }, changed: true, issues, effects });
  if (action.type === 'toggle-flag') return update({ ...item, flagged: !item.flagged });
  if (action.type === 'set-comment') {
    const text = typeof action.text === 'string' ? action.text : '';
    const kept = text.slice(0, MAX_COMMENT_LENGTH);
    if (kept === item.comment) return unchanged(state);
    const cut = kept.length < text.length ? [issue('comment-truncated', `Comments are kept up to ${MAX_COMMENT_LENGTH} characters; the rest was cut.`, 'warning')] : [];
    return update({ ...item, comment: kept }, [], cut);
  }
  if (item.availability === 'missing') return refuse(state, 'question-missing', 'This question is no longer in the bank.');
  if ('option' in action && !item.optionOrder.includes(action.option)) return refuse(state, 'option-invalid', `Question ${index + 1} has no option ${action.option}.`);
  if (action.type === 'reveal') {
    if (revealPolicy(state.config) === undefined) return refuse(state, 'not-practice', 'Answers are revealed only in practice mode.');
    return item.revealed ? unchanged(state) : update({ ...item, revealed: true }, [revealedEffect(index, item)]);
  }
  if (item.revealed) return refuse(state, 'answer-locked', 'The answer has been revealed, so it can no longer change.');
  switch (action.type) {
    case 'select': return select(state, index, item, action.option, update);
    case 'deselect': return item.selected.includes(action.option) ? update({ ...item, selected: item.selected.filter((o) => o !== action.option) }) : unchanged(state);
    case 'clear': return item.selected.length === 0 ? unchanged(state) : update({ ...item, selected: [] });
    case 'toggle-strike': {
      const struck = item.struck.includes(action.option);
      return update({
        ...item,
        struck: struck ? item.struck.filter((o) => o !== action.option) : sortedWith(item.struck, action.option),
        selected: struck ? item.selected : item.selected.filter((o) => o !== action.option),
      });
    }
  }
}

function select(state: ExamState, index: number, item: ExamItem, option: number, update: (next: ExamItem, effects?: ExamEffect[]) => ApplyResult): ApplyResult {
  if (item.selected.includes(option)) return unchanged(state);
  let selected: number[];
  if (item.selectCount <= 1) selected = [option];
  else if (item.selected.length >= item.selectCount) {
    return refuse(state, 'select-limit', `Choose ${item.selectCount} options: deselect one before choosing another.`);
  } else selected = sortedWith(item.selected, option);
  let next: ExamItem = { ...item, selected, struck: item.struck.filter((o) => o !== option) };
  const complete = selected.length >= Math.max(1, item.selectCount);
  if (complete && revealPolicy(state.config) === 'complete') {
    next = { ...next, revealed: true };
    return update(next, [revealedEffect(index, next)]);
  }
  return update(next);
}

function goTo(state: ExamState, index: number, now: number): ApplyResult {
  if (!Number.isInteger(index) || index < 0 || index >= state.items.length) {
    return refuse(state, 'index-out-of-range', `There is no question ${index + 1}.`);
  }
  if (index === state.current) return state.viewingSince === null ? done({ ...state, viewingSince: now }) : unchanged(state);
  return done({ ...accrueTime(state, now), current: index, viewingSince: now });
}

function revealedEffect(index: number, item: ExamItem): ExamEffect {
  return { type: 'revealed', index, questionId: item.questionId, correct: isItemCorrect(item) };
}

function submittedEffect(state: ExamState): ExamEffect {
  return { type: 'submitted', reason: state.submitReason ?? 'user', summary: state.result ?? summarize(scoreExam(state)) };
}

function sortedWith(list: readonly number[], value: number): number[] {
  return [...list, value].sort((a, b) => a - b);
}

function done(state: ExamState): ApplyResult {
  return { state, changed: true, issues: [], effects: [] };
}

function unchanged(state: ExamState): ApplyResult {
  return { state, changed: false, issues: [], effects: [] };
}

function refuse(state: ExamState, code: string, message: string): ApplyResult {
  return { state, changed: false, issues: [issue(code, message, 'warning')], effects: [] };
}

function issue(code: string, message: string, severity: ExamIssue['severity'] = 'info'): ExamIssue {
  return { severity, code, message };
}
