/**
 * The next questions to practise, for the quick quiz, the sidebar and practice mode: reviews that are due
 * first (most forgotten first), then questions from the highest-priority task statements, never a question
 * answered within the last hour unless nothing else is left. The same inputs and seed give the same picks.
 */
import type { BankInfo, Question } from '../bank/model';
import { seededRandom, shuffled } from '../random';
import { masteryOf, type MasteryOptions } from './mastery';
import { compareIds, RECENT_MS, taskPriorities, taskWeight } from './priority';
import { retrievability, reviewStatus } from './scheduler';
import type { BankProgress } from './state';

export type NextReason =
  /** Its FSRS review is due. */
  | 'due'
  /** Answered before, but the question changed since (e.g. a fix came with `git pull`). */
  | 'changed'
  /** Chosen from a high-priority (heavy and weak) task statement. */
  | 'priority'
  /** Answered recently; offered only because nothing else was left. */
  | 'repeat';

export interface NextQuestion {
  readonly questionId: string;
  readonly domain: string;
  readonly task: string;
  readonly reason: NextReason;
}

export interface NextOptions extends MasteryOptions {
  /** The certification the questions belong to (for task weights). */
  readonly info: BankInfo;
  readonly seed: number;
  /** Questions answered within this window are held back; one hour by default. */
  readonly recentMs?: number;
}

export function nextQuestions(
  questions: readonly Question[],
  bank: BankProgress | undefined,
  now: number,
  count: number,
  options: NextOptions,
): NextQuestion[] {
  const recentMs = options.recentMs ?? RECENT_MS;
  const picks: NextQuestion[] = [];
  const pick = (q: Question, reason: NextReason): void => {
    picks.push({ questionId: q.id, domain: q.domain, task: q.task, reason });
  };
  const due: { question: Question; recall: number; changed: boolean }[] = [];
  const fresh: Question[] = [];
  const recent: Question[] = [];
  for (const question of questions) {
    const progress = bank?.questions.get(question.id);
    if (progress !== undefined && now - progress.lastAnsweredAt < recentMs) {
      recent.push(question);
      continue;
    }
    const status = reviewStatus(progress?.card, question.contentHash, now);
    if (status.kind === 'due') due.push({ question, recall: retrievability(status.card, now), changed: false });
    else if (status.kind === 'changed') due.push({ question, recall: 0, changed: true });
    else fresh.push(question);
  }
  due.sort((a, b) => a.recall - b.recall || compareIds(a.question.id, b.question.id));
  for (const d of due.slice(0, count)) pick(d.question, d.changed ? 'changed' : 'due');

  if (picks.length < count) pickByPriority(fresh, bank, now, count - picks.length, options, pick);
  if (picks.length < count) {
    const lastAt = (q: Question): number => bank?.questions.get(q.id)?.lastAnsweredAt ?? 0;
    recent.sort((a, b) => lastAt(a) - lastAt(b) || compareIds(a.id, b.id));
    for (const q of recent.slice(0, count - picks.length)) pick(q, 'repeat');
  }
  return picks;
}

/**
 * Shares `count` picks among tasks in proportion to their priority (D'Hondt: each pick goes to the task with
 * the highest priority ÷ (picks so far + 1)). Within a task, never-answered questions come first in seeded
 * random order, then the longest unseen.
 */
function pickByPriority(
  pool: readonly Question[],
  bank: BankProgress | undefined,
  now: number,
  count: number,
  options: NextOptions,
  pick: (q: Question, reason: NextReason) => void,
): void {
  const random = seededRandom(options.seed);
  const byTask = new Map<string, Question[]>();
  for (const q of shuffled(pool, random)) {
    const list = byTask.get(q.task);
    if (list === undefined) byTask.set(q.task, [q]);
    else list.push(q);
  }
  const priorities = new Map(taskPriorities(options.info, bank, now, options).map((t) => [t.taskId, t.priority]));
  const queues = [...byTask].map(([task, list]) => {
    const lastAt = (q: Question): number => bank?.questions.get(q.id)?.lastAnsweredAt ?? -1;
    list.sort((a, b) => lastAt(a) - lastAt(b));
    const priority = priorities.get(task)
      ?? taskWeight(options.info, list[0].domain, task) * (1 - masteryOf(bank?.tasks.get(task), now, options).mean);
    return { task, list, priority, taken: 0 };
  });
  for (let n = 0; n < count; n++) {
    let best: (typeof queues)[number] | undefined;
    let bestScore = -1;
    for (const queue of queues) {
      if (queue.taken >= queue.list.length) continue;
      const score = queue.priority / (queue.taken + 1);
      if (score > bestScore || (score === bestScore && best !== undefined && compareIds(queue.task, best.task) < 0)) {
        best = queue;
        bestScore = score;
      }
    }
    if (best === undefined) return;
    pick(best.list[best.taken++], 'priority');
  }
}
