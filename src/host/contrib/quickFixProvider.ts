/** Offers the core's quick fixes for Exam Kiosk diagnostics in question files, as VS Code code actions. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BANK_FILE } from '../../core/bank/loadBank';
import { FIXABLE_CODES, localDate, quickFixesFor, type QuickFix } from '../../core/bank/fixes';
import type { BankRepository } from '../banks/bankRepository';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';

export class BankQuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly repository: BankRepository) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const fixable = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && FIXABLE_CODES.has(codeOf(d)));
    const file = document.uri.fsPath;
    if (fixable.length === 0 || path.basename(file) === BANK_FILE) return [];
    const loaded = await this.repository.bankOfFile(file);
    if (!loaded) return [];
    const others = loaded.bank.questions.filter((q) => path.resolve(q.file) !== path.resolve(file)).map((q) => q.id);
    const otherFiles = loaded.index.files.filter((f) => path.resolve(f) !== path.resolve(file)).map((f) => path.basename(f, '.md'));
    const fixContext = { file, bankId: loaded.index.bankId, takenIds: [...others, ...otherFiles], today: localDate(new Date()) };
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of fixable) {
      for (const fix of quickFixesFor({ code: codeOf(diagnostic), line: diagnostic.range.start.line + 1 }, text, fixContext)) {
        if (fix.renameTo && await exists(fix.renameTo)) continue;
        actions.push(toCodeAction(document.uri, fix, diagnostic));
      }
    }
    return actions;
  }
}

function toCodeAction(uri: vscode.Uri, fix: QuickFix, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  const edit = new vscode.WorkspaceEdit();
  for (const change of fix.edits) {
    const range = new vscode.Range(change.start.line - 1, change.start.column - 1, change.end.line - 1, change.end.column - 1);
    edit.replace(uri, range, change.newText);
  }
  if (fix.renameTo) edit.renameFile(uri, vscode.Uri.file(fix.renameTo), { overwrite: false });
  action.edit = edit;
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred === true;
  return action;
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

async function exists(file: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(vscode.Uri.file(file));
    return true;
  } catch {
    return false;
  }
}
