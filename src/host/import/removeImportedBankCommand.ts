import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import { isInside } from '../banks/bankRepository';

/** "Exam Kiosk: Remove Imported Bank…": deletes an imported bank's folder after a confirmation. */
export async function removeImportedBankCommand(repository: BankRepository): Promise<void> {
  const imported = (await repository.banks()).filter((b) => b.origin === 'imported');
  if (imported.length === 0) {
    void vscode.window.showInformationMessage('Exam Kiosk: there is no imported bank.');
    return;
  }
  const picked = await vscode.window.showQuickPick(imported.map((b) => ({
    label: b.bank.info?.title ?? b.index.bankId,
    description: `${b.bank.questions.length} questions`,
    root: b.index.root,
  })), { title: 'Remove Imported Bank' });
  if (!picked || !isInside(picked.root, repository.importedDir)) return;
  const confirm = await vscode.window.showWarningMessage(`Remove "${picked.label}"? Its questions are deleted; your answers to them stay in your progress history.`, { modal: true }, 'Remove');
  if (confirm !== 'Remove') return;
  await fs.rm(picked.root, { recursive: true, force: true });
  repository.reload();
}
