import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import { CommandId } from '../commands/commandIds';
import { importBankCommand, type ImportArgs } from './importBankCommand';
import { removeImportedBankCommand } from './removeImportedBankCommand';

export function registerImport(context: vscode.ExtensionContext, repository: BankRepository): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.ImportBank, (args?: unknown) =>
      importBankCommand(repository, typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as ImportArgs) : {})),
    vscode.commands.registerCommand(CommandId.RemoveImportedBank, () => removeImportedBankCommand(repository)),
  );
}
