import * as vscode from 'vscode';
import { CommandId } from './commands/commandIds';
import { Disposable } from './disposable';
import type { ExamService } from './exam/examService';
import type { ExamSession } from './exam/examSession';

/** What the item shows while no exam is running (the reviews due, from progress). */
export interface IdleStatus {
  readonly onDidChange: vscode.Event<void>;
  /** Undefined: hide the item. */
  current(): { readonly text: string; readonly tooltip: string; readonly command: vscode.Command } | undefined;
}

/**
 * One status-bar item for Exam Kiosk: the time remaining of the exam in progress (a click returns to it), and
 * otherwise whatever the idle source shows (the reviews due; a click starts a quick quiz).
 */
export class ExamStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('examKiosk.exam', vscode.StatusBarAlignment.Left, 50));
  private timer: NodeJS.Timeout | undefined;
  private idle: IdleStatus | undefined;

  constructor(private readonly service: ExamService) {
    super();
    this.item.name = 'Exam Kiosk';
    this.register(service.onDidChangeExam(() => this.update()));
    this.register({ dispose: () => clearTimeout(this.timer) });
  }

  /** Shows `idle` whenever no exam is running. */
  setIdle(idle: IdleStatus): void {
    this.idle = idle;
    this.register(idle.onDidChange(() => this.update()));
    this.update();
  }

  /** The exam in progress; with several, the one whose clock runs out first (an untimed one last). */
  private running(): ExamSession | undefined {
    const deadline = (s: ExamSession): number => s.state.deadline ?? Infinity;
    return this.service.openSessions().filter((s) => s.state.status === 'in-progress').sort((a, b) => deadline(a) - deadline(b))[0];
  }

  private update(): void {
    const session = this.running();
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!session) {
      this.showIdle();
      return;
    }
    this.item.name = 'Exam Kiosk: exam in progress';
    this.item.command = { command: CommandId.ResumeExam, title: 'Return to exam', arguments: [session.id] };
    this.draw(session);
    this.item.show();
  }

  private showIdle(): void {
    const idle = this.idle?.current();
    if (!idle) {
      this.item.hide();
      return;
    }
    this.item.name = 'Exam Kiosk: reviews due';
    this.item.text = idle.text;
    this.item.tooltip = idle.tooltip;
    this.item.command = idle.command;
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  private draw(session: ExamSession): void {
    const { deadline, bank, status } = session.state;
    if (status !== 'in-progress') {
      this.update();
      return;
    }
    if (deadline === null) {
      this.item.text = `$(watch) ${bank.exam} untimed`;
      this.item.tooltip = `${bank.title}: untimed exam in progress. Click to return to it.`;
      return;
    }
    const left = Math.max(0, deadline - Date.now());
    // Redraw exactly when the shown second changes, as the kiosk's own clock does, so the two never disagree.
    clearTimeout(this.timer);
    if (left > 0) this.timer = setTimeout(() => this.draw(session), (left % 1000 || 1000) + 5);
    const total = Math.ceil(left / 1000);
    const text = `${Math.floor(total / 3600)}:${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
    this.item.text = `$(watch) ${bank.exam} ${text}`;
    this.item.tooltip = `${bank.title}: ${text} remaining. Click to return to the exam.`;
    this.item.backgroundColor = left <= 5 * 60_000 ? new vscode.ThemeColor('statusBarItem.errorBackground') : left <= 30 * 60_000 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }
}
