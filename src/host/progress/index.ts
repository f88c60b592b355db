/**
 * Wires weak-area tracking into the extension: every answer recorded (kiosk exams, practice, quick quiz,
 * sidebar), the Certifications tree's progress rows, the Practice and History views, the charts panel, the
 * reviews due in the status bar and Settings Sync. Nothing is read here: the progress store opens on first
 * use. Its commands are in `../commands/`.
 */
import * as vscode from 'vscode';
import { certificationProgress } from '../../core/progress/views';
import type { BankRepository } from '../banks/bankRepository';
import { bankIdArg } from '../commands/commandArgs';
import { ViewId } from '../commands/commandIds';
import type { ExamService } from '../exam/examService';
import type { ExamStatusBar } from '../examStatusBar';
import type { CertificationsTree } from '../views/certificationsTree';
import { CHARTS_VIEW_TYPE, ChartsPanel } from './chartsPanel';
import { planContext, planFor } from './studyPlans';
import { StudyStatus } from './studyStatus';
import { WeightFitting } from './weightFitting';
import { ExamRecorder } from './examRecorder';
import { HistoryTree } from './historyTree';
import { PracticeView } from './practiceView';
import { ProgressReporter } from './progressReporter';
import { ProgressService } from './progressService';
import { ProgressSync } from './progressSync';

/** The views progress adds to that already exist. */
export interface ProgressHosts {
  readonly certifications: CertificationsTree;
  readonly statusBar: ExamStatusBar;
}

/** What progress gives the rest of the extension (its commands, tests). */
export interface ProgressParts {
  readonly progress: ProgressService;
  readonly recorder: ExamRecorder;
  readonly practice: PracticeView;
  readonly history: HistoryTree;
  readonly fitting: WeightFitting;
  readonly study: StudyStatus;
}

export function registerProgress(context: vscode.ExtensionContext, repository: BankRepository, exams: ExamService, hosts: ProgressHosts): ProgressParts {
  const dir = vscode.Uri.joinPath(context.globalStorageUri, 'progress').fsPath;
  const reporter = new ProgressReporter(dir);
  const progress = new ProgressService(dir, new ProgressSync(context.globalState), reporter);
  const recorder = new ExamRecorder(progress, exams, repository);
  const practice = new PracticeView(context.extensionUri, repository, progress, context.globalState, exams);
  const history = new HistoryTree(exams, progress, repository);
  const study = new StudyStatus(repository, progress);
  const fitting = new WeightFitting(progress, context.extensionPath);
  hosts.certifications.setProgress({
    onDidChange: progress.onDidChange,
    async progressOf(loaded) {
      const info = loaded.bank.info;
      if (!info) return undefined;
      const plans = await planContext(progress);
      const numbers = certificationProgress(info, loaded.bank.questions, plans.state, plans.now, { mocks: plans.mocks });
      return { ...numbers, plan: planFor(info, loaded.bank.questions, plans) };
    },
  });
  hosts.statusBar.setIdle(study);

  context.subscriptions.push(
    reporter, progress, recorder, practice, history, study, fitting,
    vscode.window.registerWebviewViewProvider(ViewId.Practice, practice),
    vscode.window.registerTreeDataProvider(ViewId.History, history),
    vscode.window.registerWebviewPanelSerializer(CHARTS_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        ChartsPanel.revive(panel, context.extensionUri, repository, progress, bankIdArg(state));
      },
    }),
  );
  return { progress, recorder, practice, history, fitting, study };
}
