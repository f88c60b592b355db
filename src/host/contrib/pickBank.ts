import * as vscode from 'vscode';
import type { BankRepository, LoadedBank } from '../banks/bankRepository';

/**
 * Banks a contributor writes in: those in the workspace or configured folders, with a usable blueprint. The
 * bundled banks count only when the workspace is this repository (they are then workspace banks).
 */
export async function authoredBanks(repository: BankRepository): Promise<LoadedBank[]> {
  return (await repository.banks()).filter((loaded) => loaded.origin !== 'bundled' && loaded.bank.info !== undefined);
}

/** The bank with `bankId`, the only bank, or the one the user picks; undefined when there is none or on cancel. */
export async function pickBank(banks: readonly LoadedBank[], bankId: string | undefined, title: string): Promise<LoadedBank | undefined> {
  if (bankId !== undefined) return banks.find((loaded) => loaded.index.bankId === bankId);
  if (banks.length === 0) {
    const choice = await vscode.window.showInformationMessage(
      'Exam Kiosk: no question bank to write in. Open a folder with a bank.md, or add one to the "examKiosk.bankFolders" setting.',
      'Open Settings',
    );
    if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'examKiosk.bankFolders');
    return undefined;
  }
  if (banks.length === 1) return banks[0];
  const picked = await vscode.window.showQuickPick(
    banks.map((loaded) => ({ label: loaded.bank.info?.title ?? loaded.index.bankId, description: `${loaded.bank.info?.exam ?? ''} · ${loaded.bank.questions.length} questions`, detail: loaded.bank.root, loaded })),
    { title, placeHolder: 'Which bank?' },
  );
  return picked?.loaded;
}
