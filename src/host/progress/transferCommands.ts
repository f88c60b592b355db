/**
 * "Export Progress…", "Import Progress…" and "Reset Progress…". The export is one JSON file with every answer
 * and the mock-exam outcomes (format in `core/progress/transfer.ts`); import takes an export or a raw answer
 * log, keeps what is new and valid and says what it took and skipped; reset asks first (modal) and keeps the
 * answer log as a dated backup beside it.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { withImported } from '../../core/progress/examLedger';
import type { ImportReport } from '../../core/progress/transfer';
import type { ExamService } from '../exam/examService';
import type { ProgressService } from './progressService';

/** Writes every answer and mock-exam outcome to `target` (or a file the user picks). */
export async function exportProgressCommand(progress: ProgressService, target?: vscode.Uri): Promise<void> {
  const store = await progress.open();
  if (!store) return;
  const uri = target ?? await vscode.window.showSaveDialog({
    title: 'Export Exam Kiosk progress',
    defaultUri: vscode.Uri.file(path.join(os.homedir(), `exam-kiosk-progress-${new Date().toISOString().slice(0, 10)}.json`)),
    filters: { 'Exam Kiosk progress': ['json'] },
    saveLabel: 'Export',
  });
  if (!uri) return;
  const result = await store.exportJson(await progress.outcomes());
  const failure = result.issues.find((i) => i.code === 'io-error' || i.code === 'future-version');
  if (failure) {
    void vscode.window.showErrorMessage(`Exam Kiosk: progress could not be exported: ${failure.message}`);
    return;
  }
  try {
    await vscode.workspace.fs.writeFile(uri, Buffer.from(result.value, 'utf8'));
  } catch (error) {
    void vscode.window.showErrorMessage(`Exam Kiosk: could not write ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const answers = (JSON.parse(result.value) as { records: unknown[] }).records.length;
  const skipped = result.issues.length > 0 ? ` (${result.issues.length} damaged lines of the log were left out)` : '';
  void vscode.window.showInformationMessage(`Exam Kiosk: exported ${answers} answer${answers === 1 ? '' : 's'} to ${uri.fsPath}${skipped}.`);
}

/** Imports an export or answer log from `source` (or a file the user picks) and reports what was taken and skipped. */
export async function importProgressCommand(progress: ProgressService, exams: ExamService, source?: vscode.Uri): Promise<ImportReport | undefined> {
  const store = await progress.open();
  if (!store) return undefined;
  const uri = source ?? (await vscode.window.showOpenDialog({
    title: 'Import Exam Kiosk progress',
    canSelectMany: false,
    filters: { 'Exam Kiosk progress or answer log': ['json', 'jsonl'] },
    openLabel: 'Import',
  }))?.[0];
  if (!uri) return undefined;
  let text: string;
  try {
    text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  } catch (error) {
    void vscode.window.showErrorMessage(`Exam Kiosk: could not read ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const ledger = await progress.readLedger();
  const known = new Set([...(ledger?.entries.keys() ?? []), ...(await exams.list()).entries.map((e) => e.id)]);
  const result = await store.importJson(text, known);
  const report = result.value;
  if (report.refused !== undefined) {
    void vscode.window.showErrorMessage(`Exam Kiosk: nothing was imported. ${report.refused}`);
    return report;
  }
  if (report.exams.length > 0) await progress.updateLedger((current) => withImported(current, report.exams));
  progress.reporter.report('import', result.issues);
  progress.invalidate();
  void progress.publishNow();
  const message = importSummary(report);
  const details = report.skipped.map((issue) => issue.message);
  void vscode.window.showInformationMessage(`Exam Kiosk: ${message}`, ...(details.length > 0 ? ['Show Skipped'] : [])).then((choice) => {
    if (choice === 'Show Skipped') void vscode.workspace.openTextDocument({ content: details.join('\n'), language: 'plaintext' }).then((doc) => vscode.window.showTextDocument(doc));
  });
  return report;
}

/** "Imported 120 answers and 2 mock exams; skipped 30 already here and 1 invalid." */
export function importSummary(report: ImportReport): string {
  const taken = `Imported ${report.records.length} answer${report.records.length === 1 ? '' : 's'} and ${report.exams.length} mock exam${report.exams.length === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const duplicates = report.duplicateRecords + report.duplicateExams;
  if (duplicates > 0) parts.push(`${duplicates} already here`);
  if (report.skipped.length > 0) parts.push(`${report.skipped.length} invalid`);
  return parts.length > 0 ? `${taken}; skipped ${parts.join(' and ')}.` : `${taken}.`;
}

/** Resets progress after a modal confirmation, keeping the answer log as a dated backup. */
export async function resetProgressCommand(progress: ProgressService): Promise<void> {
  const store = await progress.open();
  if (!store) return;
  const choice = await vscode.window.showWarningMessage(
    'Reset all Exam Kiosk progress?',
    {
      modal: true,
      detail: 'Weak areas, mastery, readiness and review schedules start again from nothing, on this machine and in the progress synced to your other machines. '
        + 'Your answer log is kept as a dated backup file, and your exam history stays.',
    },
    'Reset Progress',
  );
  if (choice !== 'Reset Progress') return;
  const result = await store.reset();
  if (result.issues.length > 0) {
    void vscode.window.showErrorMessage(`Exam Kiosk: ${result.issues.map((i) => i.message).join(' ')}`);
    return;
  }
  await progress.afterReset();
  const backup = result.value.backup;
  const message = backup ? `Exam Kiosk: progress was reset. The previous answer log is kept at ${backup}.` : 'Exam Kiosk: progress was reset.';
  void vscode.window.showInformationMessage(message, ...(backup ? ['Open Folder'] : [])).then((picked) => {
    if (picked === 'Open Folder' && backup) void vscode.env.openExternal(vscode.Uri.file(path.dirname(backup)));
  });
}
