/**
 * The numbers a certification's views show (sidebar tree, status bar, progress panel), in one call.
 */
import type { BankInfo, Question } from '../bank/model';
import { masteryOf, type Mastery } from './mastery';
import { readiness, type Readiness, type ReadinessOptions } from './readiness';
import { reviewStatus } from './scheduler';
import type { BankProgress, ProgressState } from './state';

export interface TaskProgress {
  readonly id: string;
  readonly title: string;
  readonly mastery: Mastery;
}

export interface DomainProgress {
  readonly id: string;
  readonly title: string;
  /** Percent of the exam. */
  readonly weight: number;
  readonly mastery: Mastery;
  readonly tasks: readonly TaskProgress[];
}

export interface CertificationProgress {
  readonly bankId: string;
  readonly readiness: Readiness;
  readonly domains: readonly DomainProgress[];
  /** Questions of the bank whose review is due now, including answered questions that changed since. */
  readonly dueCount: number;
  /** Earliest future due time among the bank's questions, for "next review in 3 h"; undefined if none. */
  readonly nextDueAt: number | undefined;
  /** Distinct questions of the bank answered at least once. */
  readonly answeredQuestions: number;
  readonly questionCount: number;
  /** All answers recorded for the bank (including questions no longer in it). */
  readonly totalAnswers: number;
  readonly rightAnswers: number;
  readonly lastAnsweredAt: number | undefined;
}

/** The view numbers for one certification, given the bank's current questions. */
export function certificationProgress(
  info: BankInfo,
  questions: readonly Question[],
  state: ProgressState,
  now: number,
  options: ReadinessOptions = {},
): CertificationProgress {
  const bank = state.banks.get(info.id);
  const domains = info.domains.map((domain) => ({
    id: domain.id,
    title: domain.title,
    weight: domain.weight,
    mastery: masteryOf(bank?.domains.get(domain.id), now, options),
    tasks: domain.tasks.map((task) => ({
      id: task.id,
      title: task.title,
      mastery: masteryOf(bank?.tasks.get(task.id), now, options),
    })),
  }));
  const reviews = reviewCounts(questions, bank, now);
  return {
    bankId: info.id,
    readiness: readiness(info, bank, now, options),
    domains,
    ...reviews,
    questionCount: questions.length,
    totalAnswers: bank?.answers ?? 0,
    rightAnswers: bank?.right ?? 0,
    lastAnsweredAt: bank && bank.answers > 0 ? bank.lastAnsweredAt : undefined,
  };
}

/** Due count, next due time and answered count over the bank's current questions. */
export function reviewCounts(
  questions: readonly Question[],
  bank: BankProgress | undefined,
  now: number,
): { dueCount: number; nextDueAt: number | undefined; answeredQuestions: number } {
  let dueCount = 0;
  let nextDueAt: number | undefined;
  let answeredQuestions = 0;
  for (const question of questions) {
    const progress = bank?.questions.get(question.id);
    if (progress === undefined) continue;
    answeredQuestions++;
    const status = reviewStatus(progress.card, question.contentHash, now);
    if (status.kind === 'due' || status.kind === 'changed') dueCount++;
    else if (status.kind === 'scheduled' && (nextDueAt === undefined || status.card.due < nextDueAt)) nextDueAt = status.card.due;
  }
  return { dueCount, nextDueAt, answeredQuestions };
}
