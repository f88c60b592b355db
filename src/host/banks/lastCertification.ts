/**
 * The certification the learner used last, wherever (an exam, the quick quiz, the Practice view): the next
 * place that needs one starts there, so the sidebar doesn't open on another certification than the one just
 * practised.
 */
import type * as vscode from 'vscode';

const KEY = 'examKiosk.lastCertification';

export function lastCertification(memento: vscode.Memento): string | undefined {
  return memento.get<string>(KEY);
}

export function rememberCertification(memento: vscode.Memento, bankId: string): Thenable<void> {
  return memento.update(KEY, bankId);
}
