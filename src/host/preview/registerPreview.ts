/** The CodeLens that offers the preview on question files (the command is in `../commands/previewQuestion.ts`). */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import { isInside } from '../banks/bankRepository';
import { CommandId } from '../commands/commandIds';

export function registerPreview(context: vscode.ExtensionContext, repository: BankRepository): void {
  context.subscriptions.push(vscode.languages.registerCodeLensProvider({ language: 'markdown', scheme: 'file' }, new PreviewLens(repository)));
}

class PreviewLens implements vscode.CodeLensProvider {
  constructor(private readonly repository: BankRepository) {}

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const loaded = await this.repository.bankOfFile(document.uri.fsPath);
    if (!loaded || !isInside(document.uri.fsPath, path.join(loaded.index.root, 'questions'))) return [];
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
      title: '$(preview) Preview as candidate',
      tooltip: 'Show this question in the kiosk, as a candidate sees it, and try it',
      command: CommandId.PreviewQuestion,
      arguments: [document.uri],
    })];
  }
}
