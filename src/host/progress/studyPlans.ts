/**
 * Gathers what the study plan needs for one certification (its progress, the exam date, the mocks taken, the
 * learner's FSRS weights and time zone) and asks the core for today's plan. The Certifications view and the
 * status bar both read plans from here, so they always agree.
 */
import type { BankInfo, Question } from '../../core/bank/model';
import { examDateOf, type ExamDates } from '../../core/progress/examDates';
import type { ExamOutcome } from '../../core/progress/outcomes';
import type { FsrsWeights } from '../../core/progress/scheduler';
import type { ProgressState } from '../../core/progress/state';
import { studyPlan, type StudyPlan } from '../../core/progress/studyPlan';
import type { ProgressService } from './progressService';

/** Everything about the learner a plan reads, fetched once for several banks. */
export interface PlanContext {
  readonly state: ProgressState;
  readonly dates: ExamDates;
  readonly mocks: readonly ExamOutcome[];
  readonly weights: FsrsWeights | undefined;
  readonly now: number;
}

export async function planContext(progress: ProgressService, now = Date.now()): Promise<PlanContext> {
  const [state, dates, mocks, weights] = await Promise.all([progress.state(), progress.examDates(), progress.outcomes(), progress.weights()]);
  return { state, dates, mocks, weights, now };
}

export function planFor(info: BankInfo, questions: readonly Question[], context: PlanContext): StudyPlan {
  return studyPlan({
    info,
    questions,
    bank: context.state.banks.get(info.id),
    examDate: examDateOf(context.dates, info.id),
    now: context.now,
    mocks: context.mocks,
    // Days turn at the learner's midnight, whatever the time zone.
    options: { utcOffsetMinutes: -new Date(context.now).getTimezoneOffset(), weights: context.weights },
  });
}
