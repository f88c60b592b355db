/**
 * Wires weak-area tracking into the extension: every answer recorded (kiosk exams, practice, quick quiz,
 * sidebar), the Certifications tree's progress rows, the Practice and History views, the charts panel, the
 * reviews due in the status bar, steered exams, Settings Sync, export, import and reset. Nothing is read
 * here: the progress store opens on first use.
 */
import * as vscode from 'vscode';
import { certificationProgress } from '../../core/progress/views';
import type { BankRepository } from '../banks/bankRepository';
import { CommandId } from '../commands/commandIds';
import type { ExamService } from '../exam/examService';
import type { ExamStatusBar } from '../examStatusBar';
import type { CertificationsTree } from '../views/certificationsTree';
import { CHARTS_VIEW_TYPE, ChartsPanel } from './chartsPanel';
import { DueStatus } from './dueStatus';
import { ExamRecorder } from './examRecorder';
import { historyRowOf, HistoryTree } from './historyTree';
import { bankIdOf } from './pickCertification';
import { PRACTICE_VIEW_ID, PracticeView } from './practiceView';
import { ProgressCommand } from './progressCommands';
import { ProgressReporter } from './progressReporter';
import { ProgressService } from './progressService';
import { ProgressSync } from './progressSync';
import { quickQuizCommand } from './quickQuiz';
import { practiseWeakAreasCommand, startMockExamCommand } from './steeredExamCommands';
import { exportProgressCommand, importProgressCommand, resetProgressCommand } from './transferCommands';

export const HISTORY_VIEW_ID = 'examKiosk.history';

/** The views progress adds to that already exist. */
export interface ProgressHosts {
  readonly certifications: CertificationsTree;
  readonly statusBar: ExamStatusBar;
}

/** Registers everything above; returns the progress service (for tests and later parts). */
export function registerProgress(context: vscode.ExtensionContext, repository: BankRepository, exams: ExamService, hosts: ProgressHosts): ProgressService {
  const dir = vscode.Uri.joinPath(context.globalStorageUri, 'progress').fsPath;
  const reporter = new ProgressReporter(dir);
  const progress = new ProgressService(dir, new ProgressSync(context.globalState), reporter);
  const recorder = new ExamRecorder(progress, exams, repository);
  const practice = new PracticeView(context.extensionUri, repository, progress, context.globalState, exams);
  const history = new HistoryTree(exams, progress, repository);
  const due = new DueStatus(repository, progress);
  hosts.certifications.setProgress({
    onDidChange: progress.onDidChange,
    async progressOf(loaded) {
      const info = loaded.bank.info;
      if (!info) return undefined;
      return certificationProgress(info, loaded.bank.questions, await progress.state(), Date.now());
    },
    commands: { charts: ProgressCommand.ShowCharts, quiz: ProgressCommand.QuickQuiz },
  });
  hosts.statusBar.setIdle(due);

  const showCharts = (arg?: unknown): ChartsPanel => ChartsPanel.show(context.extensionUri, repository, progress, bankIdOf(arg));
  const historyRow = async (arg: unknown) => historyRowOf(arg, await history.getChildren());
  const retake = async (arg: unknown, which: 'incorrect' | 'flagged'): Promise<void> => {
    const row = await historyRow(arg);
    if (row?.openable) await vscode.commands.executeCommand(CommandId.RetakeExam, row.examId, which);
  };
  const uriOf = (arg: unknown): vscode.Uri | undefined => (arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.file(arg) : undefined);

  context.subscriptions.push(
    reporter, progress, recorder, practice, history, due,
    vscode.window.registerWebviewViewProvider(PRACTICE_VIEW_ID, practice),
    vscode.window.registerTreeDataProvider(HISTORY_VIEW_ID, history),
    vscode.window.registerWebviewPanelSerializer(CHARTS_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        ChartsPanel.revive(panel, context.extensionUri, repository, progress, bankIdOf(state));
      },
    }),
    vscode.commands.registerCommand(ProgressCommand.PractiseWeakAreas, (arg?: unknown) => practiseWeakAreasCommand(repository, progress, arg)),
    vscode.commands.registerCommand(ProgressCommand.StartMockExam, (arg?: unknown) => startMockExamCommand(repository, progress, arg)),
    vscode.commands.registerCommand(ProgressCommand.QuickQuiz, (arg?: unknown) => quickQuizCommand(repository, progress, context.globalState, exams, arg)),
    vscode.commands.registerCommand(ProgressCommand.PractiseInSidebar, (arg?: unknown) => practice.show(bankIdOf(arg))),
    vscode.commands.registerCommand(ProgressCommand.ShowCharts, (arg?: unknown) => void showCharts(arg)),
    vscode.commands.registerCommand(ProgressCommand.RetakeIncorrect, (arg?: unknown) => retake(arg, 'incorrect')),
    vscode.commands.registerCommand(ProgressCommand.RetakeFlagged, (arg?: unknown) => retake(arg, 'flagged')),
    vscode.commands.registerCommand(ProgressCommand.DeleteExam, async (arg?: unknown) => {
      const row = await historyRow(arg);
      if (row) await history.deleteExam(row);
    }),
    vscode.commands.registerCommand(ProgressCommand.RefreshHistory, async () => {
      await progress.refresh();
      await recorder.reconcile();
      progress.invalidate();
    }),
    vscode.commands.registerCommand(ProgressCommand.ExportProgress, (arg?: unknown) => exportProgressCommand(progress, uriOf(arg))),
    vscode.commands.registerCommand(ProgressCommand.ImportProgress, (arg?: unknown) => importProgressCommand(progress, exams, uriOf(arg))),
    vscode.commands.registerCommand(ProgressCommand.ResetProgress, () => resetProgressCommand(progress)),
  );
  return progress;
}
