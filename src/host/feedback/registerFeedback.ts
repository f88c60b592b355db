import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import { CommandId } from '../commands/commandIds';
import type { ExamService } from '../exam/examService';
import { exportErrataCommand } from './exportErrataCommand';
import { FeedbackView } from './feedbackView';

export function registerFeedback(context: vscode.ExtensionContext, repository: BankRepository, service: ExamService): void {
  const view = new FeedbackView(service, repository);
  context.subscriptions.push(
    view,
    vscode.window.registerTreeDataProvider('examKiosk.feedback', view),
    vscode.commands.registerCommand(CommandId.ExportErrata, (destination?: unknown) =>
      exportErrataCommand(view, repository, destination === 'clipboard' || destination === 'file' ? destination : undefined)),
    vscode.commands.registerCommand(CommandId.RefreshFeedback, () => view.refresh()),
  );
}
