/**
 * Keeping an exam in progress in step with a bank that changed under it (a `git pull`, a branch switch, an
 * edit): call it after loading an exam and whenever the bank reloads.
 *
 * - A question that left the bank is marked `missing`: shown as such, not answerable, left out of the score.
 *   If it comes back, the item is usable again.
 * - A question whose content changed but still has as many options and asks for as many answers keeps the
 *   candidate's answer and follows the new version (its answer key included: a pull usually fixes a mistake).
 * - A question whose options changed in number, or that asks for a different number of answers, gets a fresh
 *   option order and loses its answer, strikes and reveal, since the old option numbers mean nothing any more.
 *
 * A submitted exam is left alone, so its score stays what it was; the review views mark what changed since.
 */
import type { Question } from '../bank/model';
import type { ExamIssue, ExamItem, ExamState } from './examState';
import { newItem } from './createExam';

/** Finds the bank's current version of a question by id. */
export type QuestionLookup = (id: string) => Question | undefined;

/** A {@link QuestionLookup} over a list of questions. */
export function lookupIn(questions: readonly Question[]): QuestionLookup {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return (id) => byId.get(id);
}

export interface ReconcileResult {
  readonly state: ExamState;
  readonly changed: boolean;
  /** One notice per item that changed, for the user. */
  readonly issues: readonly ExamIssue[];
}

export function reconcileWithBank(state: ExamState, lookup: QuestionLookup): ReconcileResult {
  if (state.status === 'submitted') return { state, changed: false, issues: [] };
  const issues: ExamIssue[] = [];
  const items = state.items.map((item, index) => {
    const next = reconcileItem(item, lookup(item.questionId), state.seed);
    if (next !== item) issues.push(notice(index, item, next));
    return next;
  });
  if (issues.length === 0) return { state, changed: false, issues };
  return { state: { ...state, items }, changed: true, issues };
}

function reconcileItem(item: ExamItem, question: Question | undefined, seed: number): ExamItem {
  if (question === undefined) return item.availability === 'missing' ? item : { ...item, availability: 'missing' };
  const wasMissing = item.availability === 'missing';
  if (question.contentHash === item.contentHash) return wasMissing ? { ...item, availability: 'ok' } : item;
  const fresh = newItem(question, seed);
  const sameShape = question.options.length === item.optionOrder.length && question.selectCount === item.selectCount;
  const kept: ExamItem = { ...fresh, flagged: item.flagged, comment: item.comment, timeSpentMs: item.timeSpentMs, availability: 'changed' };
  return sameShape ? { ...kept, optionOrder: item.optionOrder, selected: item.selected, struck: item.struck, revealed: item.revealed } : kept;
}

function notice(index: number, before: ExamItem, after: ExamItem): ExamIssue {
  const n = index + 1;
  if (after.availability === 'missing') {
    return { severity: 'warning', code: 'question-missing', message: `Question ${n} (${before.questionId}) is no longer in the bank; it will not be scored.` };
  }
  if (before.availability === 'missing' && after.contentHash === before.contentHash) {
    return { severity: 'info', code: 'question-restored', message: `Question ${n} (${before.questionId}) is back in the bank.` };
  }
  const cleared = before.selected.length > 0 && after.selected.length === 0;
  return {
    severity: cleared ? 'warning' : 'info',
    code: cleared ? 'question-changed-answer-cleared' : 'question-changed',
    message: cleared
      ? `Question ${n} (${before.questionId}) was changed in the bank and its options no longer match; please answer it again.`
      : `Question ${n} (${before.questionId}) was updated in the bank; your answer was kept.`,
  };
}
