/**
 * Lints bank files as they are typed: ~300 ms after the last change, the edited document alone is parsed with
 * its bank's blueprint and ids, and its problems replace the on-disk ones. On save or close the file goes back to
 * the on-disk diagnostics.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BANK_FILE, QUESTIONS_DIR } from '../../core/bank/loadBank';
import { lintBankFileText } from '../../core/bank/lintText';
import { isInside, type BankRepository, type LoadedBank } from '../banks/bankRepository';
import type { BankDiagnostics } from '../diagnostics';
import { Disposable } from '../disposable';

export const LINT_DELAY_MS = 300;

export class LiveLinter extends Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose diagnostics currently come from their unsaved text. */
  private readonly live = new Set<string>();

  constructor(private readonly repository: BankRepository, private readonly diagnostics: BankDiagnostics) {
    super();
    this.register(vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) this.schedule(event.document);
    }));
    this.register(vscode.workspace.onDidSaveTextDocument((document) => void this.handBack(document, true)));
    this.register(vscode.workspace.onDidCloseTextDocument((document) => void this.handBack(document, false)));
    this.register({ dispose: () => this.timers.forEach((timer) => clearTimeout(timer)) });
    // Documents restored unsaved from the last session are linted as they are, not as they are on disk.
    for (const document of vscode.workspace.textDocuments) if (document.isDirty) this.schedule(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isCandidate(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.lint(document, document.version);
    }, LINT_DELAY_MS));
  }

  private async lint(document: vscode.TextDocument, version: number): Promise<void> {
    const loaded = await this.bankFor(document.uri.fsPath);
    // The document may have been saved, closed or changed again while the bank loaded.
    if (!loaded || document.isClosed || document.version !== version) return;
    if (!document.isDirty) {
      // Undone back to what is on disk: the on-disk diagnostics are right again.
      await this.handBack(document, false);
      return;
    }
    this.live.add(document.uri.toString());
    this.diagnostics.setLive(document.uri, lintBankFileText(loaded.index, document.uri.fsPath, document.getText()));
  }

  private async handBack(document: vscode.TextDocument, saved: boolean): Promise<void> {
    if (!isCandidate(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (!this.live.delete(key)) return;
    // Re-read a saved question file now rather than waiting for the file watcher, so the Problems panel
    // doesn't show the pre-save problems in between. A saved bank.md reloads its bank through the watcher.
    if (saved && path.basename(document.uri.fsPath) !== BANK_FILE) await this.repository.fileChanged(document.uri.fsPath, 'changed');
    this.diagnostics.setLive(document.uri, undefined);
  }

  /** The bank `file` is a bank file of (its bank.md or under its questions/), unless it is a bundled bank. */
  private async bankFor(file: string): Promise<LoadedBank | undefined> {
    const loaded = await this.repository.bankOfFile(file);
    if (!loaded || loaded.origin === 'bundled') return undefined;
    const root = loaded.bank.root;
    const isBankFile = path.resolve(file) === path.join(root, BANK_FILE) || isInside(file, path.join(root, QUESTIONS_DIR));
    return isBankFile ? loaded : undefined;
  }
}

function isCandidate(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && document.uri.fsPath.toLowerCase().endsWith('.md');
}
