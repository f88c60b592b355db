/**
 * The status bar while no exam is running: with an exam date ahead, the day's plan for the nearest exam
 * ("12 days to CLF-C02 · 18 reviews, 10 new today"); otherwise the reviews due across every certification.
 * A click starts a quick quiz (on the planned certification). It is first worked out a few seconds after
 * start-up (not during activation), then whenever progress or a bank changes, when the next review falls due,
 * and at the learner's midnight, when the plan's day turns.
 */
import * as vscode from 'vscode';
import { planSentence, planText } from '../../core/progress/planText';
import type { StudyPlan } from '../../core/progress/studyPlan';
import { reviewCounts } from '../../core/progress/views';
import { duration } from '../../core/progress/viewText';
import type { BankRepository } from '../banks/bankRepository';
import { Disposable } from '../disposable';
import type { IdleStatus } from '../examStatusBar';
import { usableBanks } from '../banks/usableBanks';
import { CommandId } from '../commands/commandIds';
import type { ProgressService } from './progressService';
import { planContext, planFor } from './studyPlans';

const FIRST_COUNT_DELAY_MS = 3_000;
/** Longest wait between counts, so a long sleep of the machine can't leave the count stale for days. */
const MAX_WAIT_MS = 60 * 60_000;

type Shown = ReturnType<IdleStatus['current']>;

export class StudyStatus extends Disposable implements IdleStatus {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private shown: Shown;
  private timer: NodeJS.Timeout | undefined;
  private counting = false;
  private again = false;

  constructor(private readonly repository: BankRepository, private readonly progress: ProgressService) {
    super();
    this.timer = setTimeout(() => void this.count(), FIRST_COUNT_DELAY_MS);
    this.register(progress.onDidChange(() => void this.count()));
    this.register(repository.onDidChange(() => void this.count()));
    this.register({ dispose: () => clearTimeout(this.timer) });
  }

  current(): Shown {
    return this.shown;
  }

  private async count(): Promise<void> {
    if (this.counting) {
      this.again = true;
      return;
    }
    this.counting = true;
    this.again = false;
    try {
      clearTimeout(this.timer);
      const [context, banks] = await Promise.all([planContext(this.progress), usableBanks(this.repository)]);
      const now = context.now;
      const rows = banks.map((b) => ({ exam: b.info.exam, ...reviewCounts(b.questions, context.state.banks.get(b.info.id), now) }));
      const nextDue = rows.reduce<number | undefined>((min, r) => (r.nextDueAt !== undefined && (min === undefined || r.nextDueAt < min) ? r.nextDueAt : min), undefined);
      const planned = banks.map((b) => planFor(b.info, b.questions, context))
        .filter((plan) => plan.phase === 'ahead' || plan.phase === 'exam-day')
        .sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
      this.shown = planned.length > 0 ? planShown(planned) : dueShown(rows, nextDue, now);
      this.changed.fire();
      const untilMidnight = new Date(now).setHours(24, 0, 1, 0) - now;
      const untilDue = nextDue === undefined ? MAX_WAIT_MS : Math.max(60_000, nextDue - now + 1000);
      this.timer = setTimeout(() => void this.count(), Math.min(MAX_WAIT_MS, untilDue, untilMidnight));
    } finally {
      this.counting = false;
      if (this.again) void this.count();
    }
  }
}

/** The nearest exam's plan; the others' in the tooltip. */
function planShown(plans: readonly StudyPlan[]): Shown {
  const [first, ...others] = plans;
  const more = others.length > 0 ? `\n\nAlso: ${others.map(planText).join('; ')}.` : '';
  return {
    text: `$(calendar) ${planText(first)}`,
    tooltip: `Exam Kiosk: ${planSentence(first)}${more}\n\nClick for a quick quiz on ${first.exam}.`,
    command: { command: CommandId.QuickQuiz, title: 'Quick Quiz', arguments: [first.bankId] },
  };
}

interface DueRow {
  readonly exam: string;
  readonly dueCount: number;
  readonly answeredQuestions: number;
}

function dueShown(rows: readonly DueRow[], nextDue: number | undefined, now: number): Shown {
  const due = rows.reduce((n, r) => n + r.dueCount, 0);
  const answered = rows.reduce((n, r) => n + r.answeredQuestions, 0);
  const command = { command: CommandId.QuickQuiz, title: 'Quick Quiz' };
  if (answered === 0) return undefined; // nothing learnt yet and no date: no status-bar noise
  if (due > 0) {
    const perBank = rows.filter((r) => r.dueCount > 0).map((r) => `${r.exam}: ${r.dueCount}`).join(', ');
    return { text: `$(mortar-board) ${due} due`, tooltip: `Exam Kiosk: ${due} review${due === 1 ? '' : 's'} due (${perBank}). Click for a quick quiz.`, command };
  }
  return {
    text: '$(mortar-board) 0 due',
    tooltip: `Exam Kiosk: no reviews due${nextDue !== undefined ? `; the next in ${duration(nextDue - now)}` : ''}. Set an exam date to plan towards it. Click for a quick quiz.`,
    command,
  };
}
