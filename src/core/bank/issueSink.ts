import type { BankIssue, Severity } from './model';

/** Collects issues for one file, so rules only say what is wrong and where. */
export class IssueSink {
  readonly issues: BankIssue[] = [];

  constructor(readonly file: string) {}

  add(severity: Severity, code: string, message: string, at: { line: number; column?: number; endLine?: number; endColumn?: number }): void {
    this.issues.push({
      file: this.file,
      line: Math.max(1, Math.floor(at.line)),
      column: Math.max(1, Math.floor(at.column ?? 1)),
      ...(at.endLine !== undefined ? { endLine: at.endLine } : {}),
      ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
      severity,
      code,
      message,
    });
  }

  error(code: string, message: string, at: { line: number; column?: number; endLine?: number; endColumn?: number }): void {
    this.add('error', code, message, at);
  }

  warning(code: string, message: string, at: { line: number; column?: number; endLine?: number; endColumn?: number }): void {
    this.add('warning', code, message, at);
  }

  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}
