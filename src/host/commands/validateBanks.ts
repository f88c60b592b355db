import * as vscode from 'vscode';
import type { CommandRun } from './services';

/** "Validate Question Banks": reloads every bank from disk and reports the result. */
export const validateBanks: CommandRun = async ({ repository, diagnostics }) => {
  repository.reload();
  const banks = await repository.allBanks();
  await diagnostics.refresh();
  const questions = banks.reduce((sum, { bank }) => sum + bank.questions.length, 0);
  const { errors, warnings } = diagnostics.counts();
  const summary = `Exam Kiosk: ${banks.length} bank${banks.length === 1 ? '' : 's'}, ${questions} valid questions, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`;
  if (errors + warnings > 0) {
    const choice = await vscode.window.showWarningMessage(summary, 'Show Problems');
    if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
  } else {
    void vscode.window.showInformationMessage(summary);
  }
};
