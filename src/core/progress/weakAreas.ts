/**
 * Steering exams with progress.
 *
 * "Practise Weak Areas" is a practice exam drawn from the learner's weak areas: every domain whose mastery
 * reads "Needs improvement", every other task statement that does, and every task statement with reviews due.
 * Within that part of the blueprint `questionWeights` leans the draw towards due questions and weak tasks
 * (never excluding one). With nothing known to be weak or due yet, the whole blueprint is the weak area.
 *
 * Full mock exams keep to the blueprint and do not lean towards weak areas, which would bias the score
 * downwards and make it a worse predictor; they only draw questions answered in the last week less often,
 * so a mock measures the learner rather than their memory of yesterday's answers. (Questions of earlier mocks
 * come last whatever their weight: the exam service passes the mock history, `core/exam/mockHistory.ts`.)
 */
import type { BankInfo, Question } from '../bank/model';
import { DAY_MS, type Tally } from './evidence';
import { masteryOf, type MasteryOptions } from './mastery';
import { questionWeights } from './priority';
import { reviewStatus } from './scheduler';
import type { BankProgress } from './state';

export interface WeakAreaPlan {
  /** Domains practised whole, in blueprint order. */
  readonly domains: readonly string[];
  /** Further task statements (outside those domains), in blueprint order. */
  readonly tasks: readonly string[];
  /** True when nothing is weak or due yet, so the plan is the whole blueprint. */
  readonly wholeBlueprint: boolean;
  /** Questions of the bank in the plan. */
  readonly available: number;
  /** Of those, reviews due now (including questions changed since they were answered). */
  readonly due: number;
  /** Sampling weights by question id (mean 1 over the bank), plain data so they can travel as command arguments. */
  readonly weights: Readonly<Record<string, number>>;
}

export function weakAreaPlan(
  info: BankInfo,
  questions: readonly Question[],
  bank: BankProgress | undefined,
  now: number,
  options: MasteryOptions = {},
): WeakAreaPlan {
  const dueTasks = new Set<string>();
  const dueIds = new Set<string>();
  for (const question of questions) {
    const status = reviewStatus(bank?.questions.get(question.id)?.card, question.contentHash, now);
    if (status.kind === 'due' || status.kind === 'changed') {
      dueTasks.add(question.task);
      dueIds.add(question.id);
    }
  }
  const withQuestions = new Set(questions.map((q) => q.task));
  const weak = (tally: Tally | undefined): boolean => masteryOf(tally, now, options).label === 'needs-improvement';
  const domains: string[] = [];
  const tasks: string[] = [];
  for (const domain of info.domains) {
    if (weak(bank?.domains.get(domain.id)) && domain.tasks.some((t) => withQuestions.has(t.id))) {
      domains.push(domain.id);
      continue;
    }
    for (const task of domain.tasks) {
      if (withQuestions.has(task.id) && (dueTasks.has(task.id) || weak(bank?.tasks.get(task.id)))) tasks.push(task.id);
    }
  }
  const wholeBlueprint = domains.length === 0 && tasks.length === 0;
  const scopeDomains = wholeBlueprint ? info.domains.map((d) => d.id) : domains;
  const inScope = (q: Question): boolean => scopeDomains.includes(q.domain) || tasks.includes(q.task);
  const scoped = questions.filter(inScope);
  return {
    domains: scopeDomains,
    tasks,
    wholeBlueprint,
    available: scoped.length,
    due: scoped.filter((q) => dueIds.has(q.id)).length,
    weights: Object.fromEntries(questionWeights(questions, info, bank, now, options)),
  };
}

/** Questions answered within this window are drawn less often into a mock exam. */
export const MOCK_RECENT_MS = 7 * DAY_MS;
/** How much less: a fifth of the chance of a question not answered lately. */
export const MOCK_RECENT_WEIGHT = 0.2;

/** Weights for a full mock exam (see the module comment): 1, or {@link MOCK_RECENT_WEIGHT} when answered lately. */
export function mockExamWeights(questions: readonly Question[], bank: BankProgress | undefined, now: number): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const question of questions) {
    const last = bank?.questions.get(question.id)?.lastAnsweredAt;
    weights[question.id] = last !== undefined && now - last < MOCK_RECENT_MS ? MOCK_RECENT_WEIGHT : 1;
  }
  return weights;
}
