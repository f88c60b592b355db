import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';

/** Opens a question's markdown file at its stem. */
export async function revealQuestionSource(repository: BankRepository, bankId: string, questionId: string): Promise<void> {
  const question = await repository.question(bankId, questionId);
  if (!question) {
    void vscode.window.showWarningMessage(`Exam Kiosk: question ${questionId} is no longer in the ${bankId} bank.`);
    return;
  }
  const line = Math.max(0, question.stemPosition.line - 1);
  await vscode.window.showTextDocument(vscode.Uri.file(question.file), { selection: new vscode.Range(line, 0, line, 0), preview: true });
}
