/**
 * Entry point: builds the parts, registers their views and providers, then every command against them in one
 * place (`host/commands/registry.ts`). No bank is read here; banks load when a view or command first needs them.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BankRepository } from './host/banks/bankRepository';
import { BankWatcher } from './host/banks/bankWatcher';
import { ViewId } from './host/commands/commandIds';
import { registerCommands } from './host/commands/registry';
import type { Services } from './host/commands/services';
import type { CoverageTree } from './host/contrib/coverageTree';
import { BankDiagnostics } from './host/diagnostics';
import { log } from './host/log';
import { CertificationsTree } from './host/views/certificationsTree';
import { ExamService } from './host/exam/examService';
import { ExamStatusBar } from './host/examStatusBar';
import { registerKiosk } from './host/kiosk/registerKiosk';
import { registerPreview } from './host/preview/registerPreview';
import { registerFeedback } from './host/feedback/registerFeedback';
import { registerContributorTools } from './host/contrib';
import { registerProgress } from './host/progress';
import type { StudyStatus } from './host/progress/studyStatus';
import type { WeightFitting } from './host/progress/weightFitting';

/**
 * What `activate` returns: the parts it built, so that the in-host tests (`test/vscode/`) act on the very
 * instances VS Code shows. Not an API for other extensions: it changes whenever the host does.
 */
export interface ExamKioskInternals extends Services {
  readonly certifications: CertificationsTree;
  readonly coverage: CoverageTree;
  readonly fitting: WeightFitting;
  readonly study: StudyStatus;
}

export function activate(context: vscode.ExtensionContext): ExamKioskInternals {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const repository = new BankRepository(context.extensionPath, path.join(context.globalStorageUri.fsPath, 'imported-banks'));
  const diagnostics = new BankDiagnostics(repository);
  const certifications = new CertificationsTree(repository);
  const exams = new ExamService(context.globalStorageUri.fsPath, repository);
  closing = () => exams.close();
  const statusBar = new ExamStatusBar(exams);
  context.subscriptions.push(
    repository,
    diagnostics,
    certifications,
    vscode.window.registerTreeDataProvider(ViewId.Certifications, certifications),
    exams,
    statusBar,
  );
  const kiosk = registerKiosk(context, repository, exams);
  registerPreview(context, repository);
  const feedback = registerFeedback(context, repository, exams);
  const { searchCache, coverage } = registerContributorTools(context, repository, diagnostics);
  const progress = registerProgress(context, repository, exams, { certifications, statusBar });
  const services: Services = {
    extensionUri: context.extensionUri,
    memento: context.globalState,
    repository,
    diagnostics,
    exams,
    kiosk,
    feedback,
    searchCache,
    ...progress,
  };
  registerCommands(context, services);
  // The contributors' views show only where a bank is being written.
  const authoring = async (): Promise<void> => {
    await vscode.commands.executeCommand('setContext', 'examKiosk.authoring', await repository.authoring());
  };
  context.subscriptions.push(repository.onDidChange(() => void authoring()));
  const activationMs = performance.now() - started;
  // CPU time too: on a busy machine the wall time mostly measures waiting for a core.
  const cpu = process.cpuUsage(cpuAtStart);
  // After activate() returns: the file watchers (a watcher starts on the server asynchronously anyway, about a
  // second later, and banks load only when first needed), the log channel (VS Code's first creation of one
  // costs milliseconds), and the Problems for banks in the workspace, which show without waiting for a view.
  setTimeout(() => {
    context.subscriptions.push(new BankWatcher(repository), log());
    log().info(`activated in ${activationMs.toFixed(1)} ms (${((cpu.user + cpu.system) / 1000).toFixed(1)} ms CPU)`);
    void diagnostics.refresh();
    void authoring();
  }, 0);
  return { ...services, certifications, coverage, fitting: progress.fitting, study: progress.study };
}

/** What must finish before the extension host goes (set by activate). */
let closing: (() => Promise<void>) | undefined;

export function deactivate(): Promise<void> | undefined {
  // VS Code waits for this promise (and only then disposes context.subscriptions): open exams finish their
  // saves and give their leases up, so a reloaded window owns its exam at once.
  return closing?.();
}
