/**
 * What to practise: a task statement's priority is its share of the exam times what is still to learn,
 * `weight × (1 − mastery)`, where a task's weight is its domain's weight shared equally among the domain's
 * tasks (AWS publishes weights per domain only).
 */
import type { BankInfo, Question } from '../bank/model';
import { masteryOf, type Mastery, type MasteryOptions } from './mastery';
import { reviewStatus } from './scheduler';
import type { BankProgress } from './state';

export interface TaskPriority {
  readonly taskId: string;
  readonly domainId: string;
  /** Share of the exam, 0–1. */
  readonly weight: number;
  readonly mastery: Mastery;
  /** weight × (1 − mastery.mean); higher means practise sooner. */
  readonly priority: number;
}

/** Share of the exam (0–1) of a task; tasks missing from the blueprint get their domain's per-task share. */
export function taskWeight(info: BankInfo, domainId: string, taskId: string): number {
  const weightSum = info.domains.reduce((sum, d) => sum + Math.max(0, d.weight), 0) || 1;
  const domain = info.domains.find((d) => d.id === domainId)
    ?? info.domains.find((d) => d.tasks.some((t) => t.id === taskId));
  if (domain === undefined) return 0;
  return Math.max(0, domain.weight) / weightSum / Math.max(1, domain.tasks.length);
}

/** Every task of the blueprint, highest priority first (ties by task id). */
export function taskPriorities(info: BankInfo, bank: BankProgress | undefined, now: number, options: MasteryOptions = {}): TaskPriority[] {
  const out: TaskPriority[] = [];
  for (const domain of info.domains) {
    for (const task of domain.tasks) {
      const weight = taskWeight(info, domain.id, task.id);
      const mastery = masteryOf(bank?.tasks.get(task.id), now, options);
      out.push({ taskId: task.id, domainId: domain.id, weight, mastery, priority: weight * (1 - mastery.mean) });
    }
  }
  return out.sort((a, b) => b.priority - a.priority || compareIds(a.taskId, b.taskId));
}

/** Questions answered within this window are not offered again by the pickers unless nothing else is left. */
export const RECENT_MS = 60 * 60_000;

export interface WeightOptions extends MasteryOptions {
  readonly recentMs?: number;
}

/**
 * Relative weights (mean 1, never 0) for sampling an exam from `questions`, so that it leans towards weak
 * tasks and due reviews without ever excluding a question: `0.25 + (1 − task mastery) + (1 if due or
 * changed)`, times 0.2 when answered within `recentMs`. The exam engine keeps the blueprint's domain mix and
 * uses these only to choose within it.
 */
export function questionWeights(
  questions: readonly Question[],
  info: BankInfo,
  bank: BankProgress | undefined,
  now: number,
  options: WeightOptions = {},
): Map<string, number> {
  const recentMs = options.recentMs ?? RECENT_MS;
  const need = new Map<string, number>();
  const raw: number[] = [];
  for (const question of questions) {
    let taskNeed = need.get(question.task);
    if (taskNeed === undefined) {
      taskNeed = 1 - masteryOf(bank?.tasks.get(question.task), now, options).mean;
      need.set(question.task, taskNeed);
    }
    const progress = bank?.questions.get(question.id);
    const status = reviewStatus(progress?.card, question.contentHash, now);
    let weight = 0.25 + taskNeed + (status.kind === 'due' || status.kind === 'changed' ? 1 : 0);
    if (progress !== undefined && now - progress.lastAnsweredAt < recentMs) weight *= 0.2;
    raw.push(weight);
  }
  const mean = raw.reduce((a, b) => a + b, 0) / (raw.length || 1);
  const weights = new Map<string, number>();
  questions.forEach((question, i) => weights.set(question.id, raw[i] / mean));
  return weights;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
