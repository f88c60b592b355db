/**
 * The reviews due across every certification, for the status bar while no exam is running; a click starts a
 * quick quiz. It is first counted a few seconds after start-up (not during activation) and then whenever
 * progress or a bank changes, and again when the next review falls due.
 */
import * as vscode from 'vscode';
import { reviewCounts } from '../../core/progress/views';
import { duration } from '../../core/progress/viewText';
import type { BankRepository } from '../banks/bankRepository';
import { Disposable } from '../disposable';
import type { IdleStatus } from '../examStatusBar';
import { usableBanks } from '../banks/usableBanks';
import { CommandId } from '../commands/commandIds';
import type { ProgressService } from './progressService';

const FIRST_COUNT_DELAY_MS = 3_000;
/** Longest wait between counts, so a long sleep of the machine can't leave the count stale for days. */
const MAX_WAIT_MS = 60 * 60_000;

type Shown = ReturnType<IdleStatus['current']>;

export class DueStatus extends Disposable implements IdleStatus {
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
      const [state, banks] = await Promise.all([this.progress.state(), usableBanks(this.repository)]);
      const now = Date.now();
      const rows = banks.map((b) => ({ exam: b.info.exam, ...reviewCounts(b.questions, state.banks.get(b.info.id), now) }));
      const due = rows.reduce((n, r) => n + r.dueCount, 0);
      const answered = rows.reduce((n, r) => n + r.answeredQuestions, 0);
      const nextDue = rows.reduce<number | undefined>((min, r) => (r.nextDueAt !== undefined && (min === undefined || r.nextDueAt < min) ? r.nextDueAt : min), undefined);
      const command = { command: CommandId.QuickQuiz, title: 'Quick Quiz' };
      if (answered === 0) this.shown = undefined; // nothing learnt yet: no status-bar noise
      else if (due > 0) {
        const perBank = rows.filter((r) => r.dueCount > 0).map((r) => `${r.exam}: ${r.dueCount}`).join(', ');
        this.shown = { text: `$(mortar-board) ${due} due`, tooltip: `Exam Kiosk: ${due} review${due === 1 ? '' : 's'} due (${perBank}). Click for a quick quiz.`, command };
      } else {
        this.shown = {
          text: '$(mortar-board) 0 due',
          tooltip: `Exam Kiosk: no reviews due${nextDue !== undefined ? `; the next in ${duration(nextDue - now)}` : ''}. Click for a quick quiz.`,
          command,
        };
      }
      this.changed.fire();
      const wait = nextDue === undefined ? MAX_WAIT_MS : Math.min(MAX_WAIT_MS, Math.max(60_000, nextDue - now + 1000));
      this.timer = setTimeout(() => void this.count(), wait);
    } finally {
      this.counting = false;
      if (this.again) void this.count();
    }
  }
}
