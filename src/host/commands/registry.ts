/**
 * The one place commands are registered: every id of `CommandId` maps to the file that runs it (the type makes
 * a missing one a compile error), and every run is guarded so that a failing command is logged and told, never
 * left as an unhandled rejection.
 */
import * as vscode from 'vscode';
import { log } from '../log';
import { CommandId, type CommandIdValue } from './commandIds';
import type { CommandRun, Services } from './services';
import { chooseCertification } from './chooseCertification';
import { copyCoverageTable } from './copyCoverageTable';
import { deleteExam } from './deleteExam';
import { exportErrata } from './exportErrata';
import { exportProgress } from './exportProgress';
import { importBank } from './importBank';
import { importProgress } from './importProgress';
import { listStaleQuestions } from './listStaleQuestions';
import { newQuestion } from './newQuestion';
import { openWalkthrough } from './openWalkthrough';
import { practiseInSidebar } from './practiseInSidebar';
import { practiseWeakAreas } from './practiseWeakAreas';
import { previewQuestion } from './previewQuestion';
import { quickQuiz } from './quickQuiz';
import { refreshBanks } from './refreshBanks';
import { refreshFeedback } from './refreshFeedback';
import { refreshHistory } from './refreshHistory';
import { removeImportedBank } from './removeImportedBank';
import { resetProgress } from './resetProgress';
import { resumeExam } from './resumeExam';
import { retakeExam } from './retakeExam';
import { retakeFlagged } from './retakeFlagged';
import { retakeIncorrect } from './retakeIncorrect';
import { searchQuestions } from './searchQuestions';
import { setExamDate } from './setExamDate';
import { showProgressCharts } from './showProgressCharts';
import { startDiagnostic } from './startDiagnostic';
import { startExam } from './startExam';
import { startMockExam } from './startMockExam';
import { validateBanks } from './validateBanks';

const COMMANDS: { readonly [K in CommandIdValue]: CommandRun } = {
  [CommandId.ValidateBanks]: validateBanks,
  [CommandId.RefreshBanks]: refreshBanks,
  [CommandId.StartExam]: startExam,
  [CommandId.ResumeExam]: resumeExam,
  [CommandId.RetakeExam]: retakeExam,
  [CommandId.PreviewQuestion]: previewQuestion,
  [CommandId.ExportErrata]: exportErrata,
  [CommandId.RefreshFeedback]: refreshFeedback,
  [CommandId.PractiseWeakAreas]: practiseWeakAreas,
  [CommandId.StartMockExam]: startMockExam,
  [CommandId.QuickQuiz]: quickQuiz,
  [CommandId.PractiseInSidebar]: practiseInSidebar,
  [CommandId.ShowCharts]: showProgressCharts,
  [CommandId.RetakeIncorrect]: retakeIncorrect,
  [CommandId.RetakeFlagged]: retakeFlagged,
  [CommandId.DeleteExam]: deleteExam,
  [CommandId.RefreshHistory]: refreshHistory,
  [CommandId.ExportProgress]: exportProgress,
  [CommandId.ImportProgress]: importProgress,
  [CommandId.ResetProgress]: resetProgress,
  [CommandId.ImportBank]: importBank,
  [CommandId.RemoveImportedBank]: removeImportedBank,
  [CommandId.NewQuestion]: newQuestion,
  [CommandId.SearchQuestions]: searchQuestions,
  [CommandId.ListStaleQuestions]: listStaleQuestions,
  [CommandId.CopyCoverageTable]: copyCoverageTable,
  [CommandId.SetExamDate]: setExamDate,
  [CommandId.ChooseCertification]: chooseCertification,
  [CommandId.StartDiagnostic]: startDiagnostic,
  [CommandId.OpenWalkthrough]: openWalkthrough,
};

/** Registers every command of Exam Kiosk against `services`. */
export function registerCommands(context: vscode.ExtensionContext, services: Services): void {
  for (const [id, run] of Object.entries(COMMANDS) as [CommandIdValue, CommandRun][]) {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(services, ...args);
      } catch (error) {
        log().error(`${id} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        void vscode.window.showErrorMessage(`Exam Kiosk: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }));
  }
}
