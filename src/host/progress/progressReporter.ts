/**
 * Tells the user about progress problems once per window, in one sentence with what was recovered or set
 * aside, and keeps every detail in the "Exam Kiosk Progress" output channel. Routine events (a line another
 * window is still writing, an answer already in the log) are not problems and are not reported.
 */
import * as vscode from 'vscode';
import type { ProgressIssue, ProgressIssueCode } from '../../core/progress/issues';
import { Disposable } from '../disposable';

const ROUTINE: ReadonlySet<ProgressIssueCode> = new Set(['incomplete-line', 'duplicate-record']);

export class ProgressReporter extends Disposable {
  private channel: vscode.OutputChannel | undefined;
  private readonly told = new Set<string>();

  constructor(private readonly folder: string) {
    super();
  }

  /** Progress is off in this window: the store was refused. */
  refused(message: string): void {
    this.log(`Progress store refused: ${message}`);
    this.once('refused', 'warning', `Exam Kiosk: answers are not being recorded in this window. ${message} Your progress files were left as they are.`);
  }

  /** Exams are not recorded: the ledger was refused. */
  refusedLedger(message: string): void {
    this.log(message);
    this.once('ledger-refused', 'warning', `Exam Kiosk: ${message}`);
  }

  /** Notes about recovered files, already in sentences. */
  notes(notes: readonly string[]): void {
    if (notes.length === 0) return;
    for (const note of notes) this.log(note);
    this.once(`notes:${notes.join('|')}`, 'info', `Exam Kiosk: ${notes.join(' ')}`);
  }

  /** Issues the caller tells the user itself: kept in the log only. */
  logOnly(context: string, issues: readonly ProgressIssue[]): void {
    for (const issue of issues) this.log(`[${context}] ${issue.code}: ${issue.message}`);
  }

  /** Issues from store operations (`context` says which, for the log). */
  report(context: string, issues: readonly ProgressIssue[]): void {
    const real = issues.filter((i) => !ROUTINE.has(i.code));
    if (real.length === 0) return;
    for (const issue of real) this.log(`[${context}] ${issue.code}${issue.line !== undefined ? ` line ${issue.line}` : ''}: ${issue.message}`);
    const sentences: string[] = [];
    const count = (codes: readonly ProgressIssueCode[]): number => real.filter((i) => codes.includes(i.code)).length;
    const damaged = count(['damaged-line', 'invalid-record', 'missing-header', 'unknown-format']);
    if (damaged > 0) sentences.push(`${damaged} damaged line${damaged === 1 ? '' : 's'} of the answer log ${damaged === 1 ? 'was' : 'were'} skipped; ${damaged === 1 ? 'it stays' : 'they stay'} in the file for inspection.`);
    if (count(['summary-unreadable']) > 0) sentences.push('The progress summary was damaged and has been rebuilt from the answer log (nothing was lost).');
    if (count(['summary-from-backup']) > 0) sentences.push('The progress summary was damaged; its backup was used and the damaged file set aside.');
    if (count(['summary-stale']) > 0) sentences.push('The progress summary is from a newer Exam Kiosk and was left alone; progress was read from the answer log.');
    if (count(['invalid-sync']) > 0) sentences.push('Part of the progress synced from other machines was damaged and was ignored.');
    const errors = real.filter((i) => i.code === 'io-error' || i.code === 'future-version');
    if (errors.length > 0) sentences.push(errors[0].message);
    if (sentences.length === 0) return;
    const severity = errors.length > 0 ? 'error' : damaged > 0 ? 'warning' : 'info';
    this.once(`${context}:${real.map((i) => i.code).sort().join(',')}`, severity, `Exam Kiosk: ${sentences.join(' ')}`);
  }

  private once(key: string, severity: 'error' | 'warning' | 'info', message: string): void {
    if (this.told.has(key)) return;
    this.told.add(key);
    const items = ['Show Details', 'Open Folder'];
    const shown = severity === 'error' ? vscode.window.showErrorMessage(message, ...items)
      : severity === 'warning' ? vscode.window.showWarningMessage(message, ...items)
        : vscode.window.showInformationMessage(message, ...items);
    void shown.then((choice) => {
      if (choice === 'Show Details') this.output().show(true);
      if (choice === 'Open Folder') void vscode.env.openExternal(vscode.Uri.file(this.folder));
    });
  }

  private log(line: string): void {
    this.output().appendLine(`${new Date().toISOString()} ${line}`);
  }

  private output(): vscode.OutputChannel {
    this.channel ??= this.register(vscode.window.createOutputChannel('Exam Kiosk Progress'));
    return this.channel;
  }
}
