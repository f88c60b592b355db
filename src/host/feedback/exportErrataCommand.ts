import * as vscode from 'vscode';
import { errataReport } from '../../core/errata/errataReport';
import { gitCommitOf } from '../../core/errata/gitCommit';
import type { BankRepository } from '../banks/bankRepository';
import type { FeedbackView } from './feedbackView';

/** "Exam Kiosk: Export Errata Report": every kiosk comment as markdown, to the clipboard or a file. */
export async function exportErrataCommand(view: FeedbackView, repository: BankRepository, destination?: 'clipboard' | 'file'): Promise<string | undefined> {
  const entries = await view.all();
  if (entries.length === 0) {
    void vscode.window.showInformationMessage('Exam Kiosk: no comments yet. Comments typed under questions during exams appear here.');
    return undefined;
  }
  const banks = await repository.banks();
  const roots = new Map(banks.map((b) => [b.index.bankId, b.index.root]));
  const commits = new Map<string, string | undefined>();
  for (const [bankId, root] of roots) commits.set(bankId, await gitCommitOf(root));
  const report = errataReport(entries, { rootOf: (e) => roots.get(e.bankId), commitOf: (e) => commits.get(e.bankId), now: new Date() });
  const where = destination ?? (await vscode.window.showQuickPick(
    [{ label: '$(clippy) Copy to Clipboard', value: 'clipboard' as const }, { label: '$(save) Save to File…', value: 'file' as const }],
    { title: 'Export Errata Report', placeHolder: `${entries.length} comment${entries.length === 1 ? '' : 's'}` },
  ))?.value;
  if (where === 'clipboard') {
    await vscode.env.clipboard.writeText(report);
    void vscode.window.showInformationMessage(`Exam Kiosk: errata report with ${entries.length} comment${entries.length === 1 ? '' : 's'} copied to the clipboard.`);
  } else if (where === 'file') {
    const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.env.HOME ?? '/');
    const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(base, `errata-${new Date().toISOString().slice(0, 10)}.md`), filters: { Markdown: ['md'] } });
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, Buffer.from(report, 'utf8'));
    await vscode.window.showTextDocument(target);
  }
  return report;
}
