/**
 * The daily plan to an exam date: how many reviews and new questions today, which task statements the new
 * questions come from, when to sit full mocks, and the chance of passing projected to the day. Pure: the
 * bank, the progress, the date and the clock come in; the same inputs give the same plan.
 *
 * - **New questions.** Every question of the bank should be met before the date, so the unseen ones are
 *   spread evenly over the days left, except the last few (kept for reviews and the final mock): at most
 *   `maxNewPerDay` a day, and the plan says when the bank does not fit. Task statements never practised
 *   come first, then each task in proportion to what it still has unseen.
 * - **Reviews.** FSRS schedules each answered question for a requested retention (`scheduler.ts`). With a
 *   date, the requested retention rises from 90% to 95% over the last four weeks (shorter intervals, so
 *   memories are fresh on the day), and intervals are capped by the days left: a question whose next review
 *   would come after the exam while its predicted recall on the day is below 97% gets its last review in the
 *   week before instead, spread evenly over those days (weakest memories last), so recall peaks on the day.
 * - **Mocks.** A full mock three days before the exam (time to go over its review and rest), and before it
 *   one a week in the last four weeks and one a fortnight earlier, never within three days of the last mock
 *   taken.
 * - **Projection.** The calibrated pass prediction (`passPrediction.ts`) for the exam day, with the mocks.
 *
 * Without a date, or once it has passed, the plan is FSRS's usual one at 90% and a steady pace of new
 * questions; on the exam day there is nothing new to learn.
 */
import type { BankInfo, Question } from '../bank/model';
import { allocate } from '../exam/apportion';
import { seededRandom, shuffled } from '../random';
import { DAY_MS } from './evidence';
import { isoDate, isoDay, localDay, startOfLocalDay } from './examDates';
import type { ExamOutcome } from './outcomes';
import { passPrediction, type PassPrediction } from './passPrediction';
import {
  DEFAULT_RETENTION, DEFAULT_WEIGHTS, intervalDays, retrievability, reviewModel, reviewStatus, type FsrsWeights, type ReviewCard,
} from './scheduler';
import type { BankProgress } from './state';

/** Where the learner stands relative to the exam date. */
export type PlanPhase = 'no-date' | 'ahead' | 'exam-day' | 'past';

export interface PlanOptions {
  /** The learner's UTC offset in minutes, east positive (`-new Date().getTimezoneOffset()`); default 0. */
  readonly utcOffsetMinutes?: number;
  /** Most new questions a day the plan asks for (default 50). */
  readonly maxNewPerDay?: number;
  /** New questions a day without a date (default 20). */
  readonly paceWithoutDate?: number;
  /** The learner's own FSRS weights, once fitted. */
  readonly weights?: FsrsWeights;
}

export interface StudyPlanInput {
  readonly info: BankInfo;
  /** The bank's current questions. */
  readonly questions: readonly Question[];
  readonly bank: BankProgress | undefined;
  /** `YYYY-MM-DD`, or undefined when no date is set. */
  readonly examDate: string | undefined;
  readonly now: number;
  /** Submitted full mocks (any bank: this bank's are used). */
  readonly mocks?: readonly ExamOutcome[];
  readonly options?: PlanOptions;
}

export interface TaskCount {
  readonly task: string;
  readonly count: number;
}

export interface StudyPlan {
  readonly bankId: string;
  /** The official exam code, e.g. `CLF-C02`. */
  readonly exam: string;
  readonly phase: PlanPhase;
  /** Today on the learner's calendar, `YYYY-MM-DD`. */
  readonly today: string;
  readonly examDate?: string;
  /** Days from today to the exam day: 1 = tomorrow, 0 = today, negative once it has passed. */
  readonly daysLeft?: number;
  /** The retention reviews are scheduled for today. */
  readonly retention: number;
  /** Questions to review by the end of today (due, overdue, changed since answered, or in the final sweep). */
  readonly reviews: number;
  /** Of those, the ones brought forward so that recall peaks on the exam day. */
  readonly finalReviews: number;
  /** Their ids: the most forgotten first, then the final sweep's. */
  readonly reviewQuestions: readonly string[];
  /** New questions still to take today. */
  readonly newToday: number;
  /** New questions already taken today. */
  readonly newDoneToday: number;
  /** Today's new questions by task statement (tasks never practised first). */
  readonly newByTask: readonly TaskCount[];
  /** Their ids, the same all day (drawn with the day as the seed). */
  readonly newQuestions: readonly string[];
  /** The day's target of new questions. */
  readonly newPerDay: number;
  /** Questions of the bank never answered. */
  readonly unseen: number;
  readonly questionCount: number;
  /** Task statements of the blueprint with no answer yet. */
  readonly unpractisedTasks: readonly string[];
  /** The day the last unseen question is met at this pace (`YYYY-MM-DD`); undefined when none is left. */
  readonly bankSeenBy?: string;
  /** Whether every question is met before the exam at no more than `maxNewPerDay` a day. */
  readonly bankFits: boolean;
  /** Suggested full mocks from today to the exam (`YYYY-MM-DD`, in order). */
  readonly mocks: readonly string[];
  readonly mockToday: boolean;
  /** The chance of passing the real exam, on the exam day when it is ahead, else today. */
  readonly projection: PassPrediction;
}

/** Days before the exam kept free of new questions, for reviews and the final mock. */
export const REVIEW_ONLY_DAYS = 3;
/** The last mock this many days before the exam. */
export const LAST_MOCK_DAYS_BEFORE = 3;
/** Days over which the last reviews before the exam are spread. */
export const FINAL_SWEEP_DAYS = 7;
/** Recall on the exam day the final sweep aims for: above the 95% retention of the last week. */
export const EXAM_DAY_RECALL = 0.97;
/** Retention requested in the last week, reached gradually from four weeks out. */
export const FINAL_RETENTION = 0.95;
const RAMP_DAYS = 28;
const MIN_DAYS_BETWEEN_MOCKS = 3;

/** The plan for today. */
export function studyPlan(input: StudyPlanInput): StudyPlan {
  const { info, questions, bank, now } = input;
  const options = input.options ?? {};
  const offset = options.utcOffsetMinutes ?? 0;
  const today = localDay(now, offset);
  const examDay = input.examDate === undefined ? undefined : isoDay(input.examDate);
  const daysLeft = examDay === undefined ? undefined : examDay - today;
  const phase: PlanPhase = daysLeft === undefined ? 'no-date' : daysLeft > 0 ? 'ahead' : daysLeft === 0 ? 'exam-day' : 'past';
  const retention = phase === 'ahead' ? retentionFor(daysLeft!) : DEFAULT_RETENTION;
  const endOfToday = startOfLocalDay(today + 1, offset);
  const startOfToday = startOfLocalDay(today, offset);

  const reviews = reviewsToday(input, phase === 'ahead' ? startOfLocalDay(examDay!, offset) : undefined, today, offset, retention, endOfToday);

  const firstAnsweredToday = (id: string): boolean => {
    const progress = bank?.questions.get(id);
    return progress !== undefined && progress.attempts === 1 && progress.lastAnsweredAt >= startOfToday;
  };
  const unseenQuestions = questions.filter((q) => bank?.questions.get(q.id) === undefined);
  const unseen = unseenQuestions.length;
  const newDoneToday = questions.filter((q) => firstAnsweredToday(q.id)).length;
  const maxNew = Math.max(1, options.maxNewPerDay ?? 50);
  const toMeet = unseen + newDoneToday;
  let newPerDay: number;
  let bankFits = true;
  if (phase === 'ahead') {
    // A week or more out, the last three days are for reviews and the final mock; closer, the last day; the
    // day before, none: new questions then are better than none.
    const reserve = daysLeft! > REVIEW_ONLY_DAYS + 4 ? REVIEW_ONLY_DAYS : daysLeft! > 2 ? 1 : 0;
    const days = Math.max(1, daysLeft! - reserve);
    const needed = Math.ceil(toMeet / days);
    bankFits = needed <= maxNew;
    newPerDay = Math.min(maxNew, needed);
  } else if (phase === 'exam-day') {
    newPerDay = 0;
    bankFits = unseen === 0;
  } else {
    newPerDay = Math.min(toMeet, Math.max(0, options.paceWithoutDate ?? 20));
  }
  const newToday = Math.max(0, Math.min(unseen, newPerDay - newDoneToday));
  const unpractisedTasks = info.domains.flatMap((d) => d.tasks.map((t) => t.id)).filter((task) => (bank?.tasks.get(task)?.answers ?? 0) === 0);
  const seenByDay = newPerDay > 0 && unseen > 0 ? today + Math.ceil(toMeet / newPerDay) - 1 : undefined;
  const byTask = newByTask(unseenQuestions, unpractisedTasks, newToday);

  return {
    bankId: info.id,
    exam: info.exam,
    phase,
    today: isoDate(today),
    ...(input.examDate !== undefined && examDay !== undefined ? { examDate: input.examDate, daysLeft } : {}),
    retention,
    reviews: reviews.ids.length,
    finalReviews: reviews.final,
    reviewQuestions: reviews.ids,
    newToday,
    newDoneToday,
    newByTask: byTask,
    newQuestions: pickNew(unseenQuestions, byTask, today),
    newPerDay,
    unseen,
    questionCount: questions.length,
    unpractisedTasks,
    ...(seenByDay !== undefined ? { bankSeenBy: isoDate(seenByDay) } : {}),
    bankFits,
    ...mockSchedule(input, phase, today, daysLeft, offset),
    projection: passPrediction(info, bank, now, {
      mocks: input.mocks,
      // The exam is in the morning of its day; 09:00 is as good a guess as any.
      at: phase === 'ahead' ? startOfLocalDay(examDay!, offset) + 9 * 3_600_000 : now,
    }),
  };
}

/** The retention requested `daysLeft` days before the exam: 90%, rising to 95% over the last four weeks. */
export function retentionFor(daysLeft: number): number {
  if (daysLeft >= RAMP_DAYS) return DEFAULT_RETENTION;
  const lastWeek = 7;
  if (daysLeft <= lastWeek) return FINAL_RETENTION;
  return DEFAULT_RETENTION + ((FINAL_RETENTION - DEFAULT_RETENTION) * (RAMP_DAYS - daysLeft)) / (RAMP_DAYS - lastWeek);
}

/**
 * Reviews due by the end of today. With an exam ahead (`examStart`), intervals are shortened to today's
 * retention, and questions whose recall on the day would fall short get their last review in the final sweep.
 */
function reviewsToday(
  input: StudyPlanInput,
  examStart: number | undefined,
  today: number,
  offset: number,
  retention: number,
  endOfToday: number,
): { ids: string[]; final: number } {
  const { questions, bank, now } = input;
  const weights = input.options?.weights ?? DEFAULT_WEIGHTS;
  const model = reviewModel(weights, retention);
  const recallModel = reviewModel(weights);
  const due: { id: string; recall: number }[] = [];
  const needy: { id: string; recall: number }[] = [];
  for (const question of questions) {
    const progress = bank?.questions.get(question.id);
    if (progress === undefined) continue;
    const status = reviewStatus(progress.card, question.contentHash, endOfToday - 1);
    if (status.kind === 'new') continue;
    if (status.kind === 'changed') {
      due.push({ id: question.id, recall: 0 });
      continue;
    }
    const at = plannedDue(status.card, model);
    if (at < endOfToday) {
      due.push({ id: question.id, recall: retrievability(status.card, now, recallModel) });
      continue;
    }
    if (examStart !== undefined && at >= examStart) {
      const recall = retrievability(status.card, examStart, recallModel);
      // Answered today already: its memory is as fresh as a review could make it.
      if (recall < EXAM_DAY_RECALL && progress.lastAnsweredAt < startOfLocalDay(today, offset)) needy.push({ id: question.id, recall });
    }
  }
  const byRecall = (a: { id: string; recall: number }, b: { id: string; recall: number }) => a.recall - b.recall || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  due.sort(byRecall);
  let final: { id: string; recall: number }[] = [];
  const examDay = examStart === undefined ? undefined : localDay(examStart, offset);
  if (examDay !== undefined && today >= examDay - FINAL_SWEEP_DAYS && today < examDay) {
    // What is left of the sweep, shared evenly over the days left before the exam: a question reviewed in it
    // leaves it (its recall on the day is then high enough). The weakest memories go last, when a review helps
    // them most, so today takes the strongest.
    needy.sort((a, b) => byRecall(b, a));
    final = needy.slice(0, Math.ceil(needy.length / (examDay - today)));
  }
  return { ids: [...due, ...final].map((d) => d.id), final: final.length };
}

/** When a card is due for `model`'s retention: never later than its own schedule. */
function plannedDue(card: ReviewCard, model: ReturnType<typeof reviewModel>): number {
  if (model.retention === DEFAULT_RETENTION && model.weights === DEFAULT_WEIGHTS) return card.due;
  return card.lastReview + Math.min(card.scheduledDays, intervalDays(card.stability, model)) * DAY_MS;
}

/** Today's new questions by task: one for each task never practised first, then by what each has unseen. */
function newByTask(unseen: readonly Question[], unpractised: readonly string[], count: number): TaskCount[] {
  if (count === 0) return [];
  const unseenByTask = new Map<string, number>();
  for (const q of unseen) unseenByTask.set(q.task, (unseenByTask.get(q.task) ?? 0) + 1);
  const tasks = [...unseenByTask.keys()].sort(compareTasks);
  const first = unpractised.filter((t) => unseenByTask.has(t)).slice(0, count);
  const left = count - first.length;
  const rest = allocate(left, tasks.map((t) => ({ weight: unseenByTask.get(t)! - (first.includes(t) ? 1 : 0), capacity: unseenByTask.get(t)! - (first.includes(t) ? 1 : 0) })));
  const counts = new Map<string, number>();
  for (const t of first) counts.set(t, 1);
  tasks.forEach((t, i) => {
    if (rest[i] > 0) counts.set(t, (counts.get(t) ?? 0) + rest[i]);
  });
  return [...counts].map(([task, n]) => ({ task, count: n })).sort((a, b) => compareTasks(a.task, b.task));
}

/** The unseen questions of each task's share, the same all day: drawn with the day number as the seed. */
function pickNew(unseen: readonly Question[], byTask: readonly TaskCount[], today: number): string[] {
  const random = seededRandom(today);
  return byTask.flatMap(({ task, count }) => {
    const pool = unseen.filter((q) => q.task === task).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return shuffled(pool, random).slice(0, count).map((q) => q.id);
  });
}

/** Suggested mocks from today to the exam (see the module comment). */
function mockSchedule(input: StudyPlanInput, phase: PlanPhase, today: number, daysLeft: number | undefined, offset: number): { mocks: string[]; mockToday: boolean } {
  if (phase !== 'ahead' || daysLeft === undefined || daysLeft < 2) return { mocks: [], mockToday: false };
  const examDay = today + daysLeft;
  let lastTaken = -Infinity;
  for (const mock of input.mocks ?? []) {
    if (mock.bankId === input.info.id && mock.finishedAt <= input.now) lastTaken = Math.max(lastTaken, localDay(mock.finishedAt, offset));
  }
  const earliest = Math.max(today, lastTaken + MIN_DAYS_BETWEEN_MOCKS);
  // Backwards from the last mock: weekly in the last four weeks, fortnightly before. Close to the exam, the
  // last mock is today rather than the day before it.
  const days: number[] = [];
  for (let day = Math.max(today, examDay - LAST_MOCK_DAYS_BEFORE); day >= today; day -= examDay - day <= RAMP_DAYS ? 7 : 14) days.push(day);
  // A mock too soon after the last one taken moves to the first day allowed, if that is still before the exam.
  const planned: number[] = [];
  for (const day of days.reverse().map((d) => Math.max(d, earliest))) {
    if (day < examDay && (planned.length === 0 || day > planned[planned.length - 1])) planned.push(day);
  }
  return { mocks: planned.map(isoDate), mockToday: planned[0] === today };
}

function compareTasks(a: string, b: string): number {
  const [ad, at] = a.split('.').map(Number);
  const [bd, bt] = b.split('.').map(Number);
  return ad - bd || at - bt || (a < b ? -1 : a > b ? 1 : 0);
}
