import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import { ViewId } from '../commands/commandIds';
import type { ExamService } from '../exam/examService';
import { FeedbackView } from './feedbackView';

/** The Feedback view of comments left in the kiosk; its commands are in `../commands/`. */
export function registerFeedback(context: vscode.ExtensionContext, repository: BankRepository, service: ExamService): FeedbackView {
  const view = new FeedbackView(service, repository);
  context.subscriptions.push(view, vscode.window.registerTreeDataProvider(ViewId.Feedback, view));
  return view;
}
