import * as vscode from 'vscode';
import { coverageMarkdown, coverageOf } from '../../core/bank/coverage';
import type { BankRepository, LoadedBank } from '../banks/bankRepository';

/**
 * "Copy Coverage Table": the markdown of `exam-kiosk coverage` to the clipboard, for a pull request. For a bank
 * (a row of the view), that bank; from the title bar, the banks being written (workspace and configured), or every
 * bank when there are none. Resolves to the copied text.
 */
export async function copyCoverageCommand(repository: BankRepository, bankId?: string): Promise<string | undefined> {
  let banks: LoadedBank[];
  const named = bankId ? await repository.bank(bankId) : undefined;
  if (named) {
    banks = [named];
  } else {
    const all = await repository.banks();
    const authored = all.filter((loaded) => loaded.origin !== 'bundled');
    banks = authored.length > 0 ? authored : all;
  }
  const coverages = banks.flatMap((loaded) => coverageOf(loaded.bank) ?? []);
  if (coverages.length === 0) {
    void vscode.window.showWarningMessage('Exam Kiosk: no bank with a usable blueprint to copy the coverage of.');
    return undefined;
  }
  const text = coverages.map((coverage) => coverageMarkdown(coverage)).join('\n\n');
  await vscode.env.clipboard.writeText(text);
  void vscode.window.setStatusBarMessage(`Exam Kiosk: copied the coverage table of ${coverages.map((c) => c.exam).join(', ')}.`, 5000);
  return text;
}
