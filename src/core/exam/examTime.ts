/**
 * The clock side of an exam: time spent per question, submission, and picking an exam up again after VS Code
 * was closed. The deadline is a timestamp, so the clock keeps running while VS Code is closed, as in a real
 * exam; time per question only counts while the question is on screen.
 */
import type { ExamState, ExamItem, SubmitReason } from './examState';
import { scoreExam, summarize } from './scoring';

/**
 * Adds the time since `viewingSince` (up to `until`, never past the deadline) to the current item and restarts
 * the count at `until`. A clock that went backwards adds nothing.
 */
export function accrueTime(state: ExamState, until: number): ExamState {
  if (state.viewingSince === null) return state;
  const end = Math.min(until, state.deadline ?? until);
  const spent = Math.max(0, end - state.viewingSince);
  const items = spent === 0 ? state.items : replaceItem(state.items, state.current, (item) => ({ ...item, timeSpentMs: item.timeSpentMs + spent }));
  return { ...state, items, viewingSince: until };
}

/** Ends the exam at `at` for `reason` and stores its score summary. */
export function submitExam(state: ExamState, reason: SubmitReason, at: number): ExamState {
  const accrued = accrueTime(state, at);
  const submitted: ExamState = {
    ...accrued,
    status: 'submitted',
    submittedAt: at,
    submitReason: reason,
    viewingSince: null,
    updatedAt: Math.max(state.updatedAt, at),
  };
  return { ...submitted, result: summarize(scoreExam(submitted)) };
}

/** Whether the clock has run out at `now`. */
export function isExpired(state: ExamState, now: number): boolean {
  return state.status === 'in-progress' && state.deadline !== null && now >= state.deadline;
}

export interface ResumeResult {
  readonly state: ExamState;
  /** The deadline passed while VS Code was closed, so the exam was submitted now: tell the user. */
  readonly submittedWhileClosed: boolean;
  readonly changed: boolean;
}

/**
 * Picks up an exam loaded from disk at `now`. An exam whose deadline passed in the meantime is submitted with
 * reason `time-up-while-closed` as of its deadline. Otherwise the exam is left suspended (`viewingSince` null,
 * send `resume` when the question is on screen again); the current question is credited with the time up to
 * the last action saved, since anything after that cannot be known.
 */
export function resumeExam(state: ExamState, now: number): ResumeResult {
  if (state.status === 'submitted') return { state, submittedWhileClosed: false, changed: false };
  const credited = state.viewingSince === null ? state : { ...accrueTime(state, state.updatedAt), viewingSince: null };
  if (state.deadline !== null && now >= state.deadline) {
    return { state: submitExam(credited, 'time-up-while-closed', state.deadline), submittedWhileClosed: true, changed: true };
  }
  return { state: credited, submittedWhileClosed: false, changed: credited !== state };
}

/** A copy of `items` with item `index` replaced by `update(item)`. */
export function replaceItem(items: readonly ExamItem[], index: number, update: (item: ExamItem) => ExamItem): ExamItem[] {
  return items.map((item, i) => (i === index ? update(item) : item));
}
