/** "Exam Kiosk: List Stale Questions": questions whose facts were checked longest ago, opening at `updated:`. */
import * as vscode from 'vscode';
import { ageText, staleQuestions, type StaleQuestion } from '../../core/bank/staleness';
import { firstLine } from '../../core/search/snippet';
import type { BankRepository } from '../banks/bankRepository';
import { readSettings } from '../settings';

export async function listStaleQuestionsCommand(repository: BankRepository): Promise<void> {
  const months = readSettings().staleAfterMonths;
  if (months === 0) {
    const choice = await vscode.window.showInformationMessage('Exam Kiosk: staleness warnings are off ("examKiosk.staleAfterMonths" is 0).', 'Open Settings');
    if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'examKiosk.staleAfterMonths');
    return;
  }
  const now = new Date();
  const banks = (await repository.banks()).filter((loaded) => loaded.origin !== 'bundled');
  const stale = banks.flatMap((loaded) => staleQuestions(loaded.bank, now).map((entry) => ({ entry, exam: loaded.bank.info?.exam ?? loaded.index.bankId })))
    .sort((a, b) => b.entry.ageDays - a.entry.ageDays);
  if (stale.length === 0) {
    void vscode.window.showInformationMessage(`Exam Kiosk: no question was last checked more than ${months} months ago.`);
    return;
  }
  const picked = await vscode.window.showQuickPick(stale.map(({ entry, exam }) => ({
    label: `$(history) ${entry.question.updated} · ${ageText(entry.ageDays)} ago`,
    description: `${entry.question.id} · ${exam}`,
    detail: firstLine(entry.question, 110),
    entry,
  })), {
    title: `Stale Questions (${stale.length}, last checked more than ${months} months ago)`,
    placeHolder: 'Oldest first: open one, check its facts against its references, then update its date',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await openAtUpdated(picked.entry);
}

async function openAtUpdated(entry: StaleQuestion): Promise<void> {
  const line = Math.max(0, entry.line - 1);
  const selection = new vscode.Range(line, 0, line, 0);
  await vscode.window.showTextDocument(vscode.Uri.file(entry.question.file), { selection });
}
