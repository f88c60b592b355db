import * as vscode from 'vscode';
import type { BankIssue, Severity } from '../core/bank/model';
import type { BankRepository } from './banks/bankRepository';
import { Disposable } from './disposable';

export const DIAGNOSTIC_SOURCE = 'Exam Kiosk';

/** Shows every bank issue in the Problems panel, at its line and column, and keeps it current. */
export class BankDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('exam-kiosk'));
  /** Files whose diagnostics come from unsaved editor text and must not be overwritten from disk. */
  private readonly liveFiles = new Set<string>();

  constructor(private readonly repository: BankRepository) {
    super();
    this.register(repository.onDidChange(() => void this.refresh()));
  }

  async refresh(): Promise<void> {
    const byFile = await this.repository.issuesByFile();
    const seen = new Set<string>();
    this.collection.forEach((uri) => {
      if (!byFile.has(uri.fsPath) && !this.liveFiles.has(uri.fsPath)) this.collection.delete(uri);
    });
    for (const [file, issues] of byFile) {
      seen.add(file);
      if (!this.liveFiles.has(file)) this.collection.set(vscode.Uri.file(file), issues.map(toDiagnostic));
    }
  }

  /** Shows issues computed from an editor's unsaved text; `undefined` hands the file back to disk state. */
  setLive(uri: vscode.Uri, issues: readonly BankIssue[] | undefined): void {
    if (issues === undefined) {
      this.liveFiles.delete(uri.fsPath);
      void this.refresh();
      return;
    }
    this.liveFiles.add(uri.fsPath);
    this.collection.set(uri, issues.map(toDiagnostic));
  }

  /** Counts for summaries. */
  counts(): { errors: number; warnings: number } {
    let errors = 0;
    let warnings = 0;
    this.collection.forEach((_uri, diagnostics) => {
      for (const d of diagnostics) {
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    });
    return { errors, warnings };
  }
}

export function toDiagnostic(issue: BankIssue): vscode.Diagnostic {
  const line = issue.line - 1;
  const column = issue.column - 1;
  const endLine = (issue.endLine ?? issue.line) - 1;
  const endColumn = issue.endColumn !== undefined ? issue.endColumn - 1 : Number.MAX_SAFE_INTEGER;
  const range = new vscode.Range(line, column, endLine, Math.max(endColumn, column));
  const diagnostic = new vscode.Diagnostic(range, issue.message, SEVERITY[issue.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = issue.code;
  return diagnostic;
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};
