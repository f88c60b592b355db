import * as vscode from 'vscode';
import { CommandId } from './commands/commandIds';
import { Disposable } from './disposable';
import type { ExamService } from './exam/examService';
import type { ExamSession } from './exam/examSession';

/** The time remaining of the exam in progress, in the status bar; a click returns to it. */
export class ExamStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('examKiosk.exam', vscode.StatusBarAlignment.Left, 50));
  private interval: NodeJS.Timeout | undefined;

  constructor(private readonly service: ExamService) {
    super();
    this.item.name = 'Exam Kiosk: exam in progress';
    this.register(service.onDidChangeExam(() => this.update()));
    this.register({ dispose: () => clearInterval(this.interval) });
  }

  private running(): ExamSession | undefined {
    return this.service.openSessions().find((s) => s.state.status === 'in-progress');
  }

  private update(): void {
    const session = this.running();
    clearInterval(this.interval);
    this.interval = undefined;
    if (!session) {
      this.item.hide();
      return;
    }
    this.item.command = { command: CommandId.ResumeExam, title: 'Return to exam', arguments: [session.id] };
    this.draw(session);
    if (session.state.deadline !== null) this.interval = setInterval(() => this.draw(session), 1000);
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
    const total = Math.ceil(left / 1000);
    const text = `${Math.floor(total / 3600)}:${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
    this.item.text = `$(watch) ${bank.exam} ${text}`;
    this.item.tooltip = `${bank.title}: ${text} remaining. Click to return to the exam.`;
    this.item.backgroundColor = left <= 5 * 60_000 ? new vscode.ThemeColor('statusBarItem.errorBackground') : left <= 30 * 60_000 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }
}
