/**
 * Wires the kiosk: opening exams in their panels (for the commands in `../commands/`), panel restore after
 * reloads, and the score report's actions.
 */
import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import { CommandId } from '../commands/commandIds';
import type { ExamService } from '../exam/examService';
import { KIOSK_VIEW_TYPE, KioskPanel, type KioskPanelHooks } from './kioskPanel';
import type { StartExamArgs } from './startExamCommand';
import { outcomeOf } from '../../core/exam/resultReview';
import { revealQuestionSource } from '../commands/revealQuestionSource';
import { KioskMode } from './kioskMode';
import type { Kiosk } from '../commands/services';

export function registerKiosk(context: vscode.ExtensionContext, repository: BankRepository, service: ExamService): Kiosk {
  const kioskMode = new KioskMode(context.globalState);
  const hooks: KioskPanelHooks = {
    retake: (examId, which) => void retake(examId, which),
    newExam: () => void vscode.commands.executeCommand(CommandId.StartExam),
    openSource: (bankId, questionId) => void revealQuestionSource(repository, bankId, questionId),
    kioskMode,
  };

  async function openExam(id: string): Promise<void> {
    const result = await service.open(id);
    if ('error' in result) {
      void vscode.window.showErrorMessage(`Exam Kiosk: ${result.error}`);
      return;
    }
    for (const issue of result.issues) notify(issue.severity, issue.message);
    // A finished exam opens on its score report, even in a panel left on the answer review.
    KioskPanel.show(context.extensionUri, service, result.session, hooks).showReport();
  }

  async function retake(examId: string, which: 'incorrect' | 'flagged'): Promise<void> {
    const result = await service.open(examId);
    if ('error' in result) return;
    const state = result.session.state;
    const ids = state.items
      .filter((item) => (which === 'flagged' ? item.flagged : ['incorrect', 'unanswered'].includes(outcomeOf(item))))
      .map((item) => item.questionId);
    if (ids.length === 0) {
      void vscode.window.showInformationMessage(`Exam Kiosk: no ${which} questions to retake.`);
      return;
    }
    const args: StartExamArgs = { bankId: state.bank.id, questionIds: ids, minutes: null };
    await vscode.commands.executeCommand(CommandId.StartExam, args);
  }

  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(KIOSK_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const saved = (state ?? {}) as { examId?: unknown };
        const id = typeof saved.examId === 'string' ? saved.examId : await service.active();
        const result = id ? await service.open(id) : undefined;
        if (!result || 'error' in result) {
          panel.dispose();
          if (result && 'error' in result && !result.missing) void vscode.window.showErrorMessage(`Exam Kiosk: ${result.error}`);
          return;
        }
        const open = KioskPanel.forExam(result.session.id);
        if (open) {
          // The exam was reopened (by "Resume Exam", say) before VS Code got round to restoring this panel.
          panel.dispose();
          open.panel.reveal();
          return;
        }
        for (const issue of result.issues) notify(issue.severity, issue.message);
        KioskPanel.revive(panel, context.extensionUri, service, result.session, hooks);
      },
    }),
  );
  // VS Code restores open kiosk panels through the serializer above. When it could not (the browser tab of a
  // web VS Code was refreshed before the workbench saved its layout, say), an exam still running is not left
  // behind silently: its clock keeps counting here, and the user is offered to return to it.
  setTimeout(() => void offerToResume(), RESUME_OFFER_DELAY_MS);
  async function offerToResume(): Promise<void> {
    const id = await service.active();
    // Kiosk mode outlived its exam (it ended while VS Code was closed): give the candidate their layout back.
    if (kioskMode.enteredFor !== undefined && kioskMode.enteredFor !== id) await kioskMode.leave();
    if (!id || KioskPanel.forExam(id)) return;
    const result = await service.open(id);
    if ('error' in result || result.session.state.status !== 'in-progress' || KioskPanel.forExam(id)) return;
    const { bank, deadline } = result.session.state;
    const left = deadline === null ? 'untimed' : `${Math.max(0, Math.ceil((deadline - Date.now()) / 60_000))} minutes left`;
    const choice = await vscode.window.showInformationMessage(`Exam Kiosk: your ${bank.exam} exam is still in progress (${left}).`, 'Return to Exam');
    if (choice === 'Return to Exam') await openExam(id);
  }

  return { openExam, retake };
}

const RESUME_OFFER_DELAY_MS = 4000;

function notify(severity: 'error' | 'warning' | 'info', message: string): void {
  const text = `Exam Kiosk: ${message}`;
  if (severity === 'error') void vscode.window.showErrorMessage(text);
  else if (severity === 'warning') void vscode.window.showWarningMessage(text);
  else void vscode.window.showInformationMessage(text);
}
