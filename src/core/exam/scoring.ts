/**
 * The score report of an exam, computed from the exam state alone (the answer key and domain of every item are
 * stored with it), so a past exam's score never moves when the bank changes afterwards.
 *
 * Rules, as AWS scores: multiple response is all-or-nothing (exactly the correct set, no partial credit), an
 * unanswered question is wrong, and there is no penalty for guessing. AWS does not say which of its 65 questions
 * are the 15 unscored ones, and banks do not either, so every question counts. Questions that left the bank
 * during the exam (`availability: 'missing'`) are left out of the score altogether, since the candidate could
 * not answer them. The scaled score is the estimate of {@link scaledScore}; a domain "meets competencies" when
 * its proportion correct reaches the same cut that maps to the passing score.
 */
import { DEFAULT_CUT, scaledScore } from './scaledScore';
import { isAnswered, type ExamItem, type ExamState, type ScoreSummary, type SubmitReason } from './examState';

export type DomainVerdict = 'Meets competencies' | 'Needs improvement';

export interface DomainScore {
  readonly id: string;
  readonly title: string;
  readonly correct: number;
  readonly total: number;
  /** 0–100, rounded. */
  readonly percent: number;
  readonly verdict: DomainVerdict;
}

export interface ScoreReport extends ScoreSummary {
  /** Scored questions left unanswered (counted wrong). */
  readonly unanswered: number;
  /** Questions left out because they left the bank during the exam. */
  readonly excluded: number;
  /** Exact proportion correct, 0–1. */
  readonly proportion: number;
  readonly passingScore: number;
  /** The raw proportion assumed to meet the passing score; the scaled score is an estimate built on it. */
  readonly cut: number;
  /** From the start of the clock to submission (or to `now` while in progress), closed time included. */
  readonly timeUsedMs: number;
  /** `null` for an untimed exam. */
  readonly timeLimitMs: number | null;
  readonly submitReason: SubmitReason | null;
  /** Domains with at least one scored question, in blueprint order. */
  readonly domains: readonly DomainScore[];
}

/** Whether the item's selection is exactly its answer key. */
export function isItemCorrect(item: ExamItem): boolean {
  if (item.selected.length !== item.answerKey.length) return false;
  const key = new Set(item.answerKey);
  return item.selected.every((option) => key.has(option));
}

/** Whether the item counts towards the score. */
export function isScored(item: ExamItem): boolean {
  return item.availability !== 'missing';
}

/**
 * Scores `state`. Meant for submitted exams; on an exam in progress (a practice tally) it scores the answers
 * so far and counts the time up to `now` (default: the last action).
 */
export function scoreExam(state: ExamState, now: number = state.updatedAt): ScoreReport {
  const scored = state.items.filter(isScored);
  const correct = scored.filter(isItemCorrect).length;
  const total = scored.length;
  const proportion = total === 0 ? 0 : correct / total;
  const scaled = scaledScore(proportion, state.bank.passingScore);
  const end = state.submittedAt ?? now;
  return {
    correct,
    total,
    percent: Math.round(proportion * 100),
    scaledScore: scaled,
    passed: total > 0 && scaled >= state.bank.passingScore,
    unanswered: scored.filter((item) => !isAnswered(item)).length,
    excluded: state.items.length - total,
    proportion,
    passingScore: state.bank.passingScore,
    cut: DEFAULT_CUT,
    timeUsedMs: Math.max(0, Math.min(end, state.deadline ?? end) - state.startedAt),
    timeLimitMs: state.deadline === null ? null : state.deadline - state.startedAt,
    submitReason: state.submitReason,
    domains: domainScores(state, scored),
  };
}

/** The headline stored with a submitted exam. */
export function summarize(report: ScoreReport): ScoreSummary {
  const { correct, total, percent, scaledScore: scaled, passed } = report;
  return { correct, total, percent, scaledScore: scaled, passed };
}

function domainScores(state: ExamState, scored: readonly ExamItem[]): DomainScore[] {
  const titles = new Map(state.bank.domains.map((d) => [d.id, d.title]));
  const order = [...titles.keys(), ...new Set(scored.map((item) => item.domain).filter((id) => !titles.has(id)))];
  return order.flatMap((id) => {
    const items = scored.filter((item) => item.domain === id);
    if (items.length === 0) return [];
    const correct = items.filter(isItemCorrect).length;
    const proportion = correct / items.length;
    return [{
      id,
      title: titles.get(id) ?? id,
      correct,
      total: items.length,
      percent: Math.round(proportion * 100),
      verdict: proportion >= DEFAULT_CUT ? 'Meets competencies' : 'Needs improvement',
    } satisfies DomainScore];
  });
}
