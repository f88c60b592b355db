/**
 * "Exam Kiosk: Show Progress Charts": a panel with the score trend of full mock exams and each domain's
 * mastery over time for one certification, drawn as SVG by the page from numbers computed here. It survives
 * reloads (the page remembers the certification) and redraws when progress changes.
 */
import * as vscode from 'vscode';
import { DAY_MS } from '../../core/progress/evidence';
import { DEFAULT_CUT } from '../../core/exam/scaledScore';
import { masteryOverTime, scoreTrend } from '../../core/progress/series';
import { readinessSentence } from '../../core/progress/viewText';
import { readiness } from '../../core/progress/readiness';
import type { ChartsSnapshot, ChartsToHost, HostToCharts } from '../../protocol';
import { isChartsToHost } from '../../protocol/messageChecks';
import { HostChannel } from '../webview/hostChannel';
import { openExternalLink } from '../webview/openLink';
import type { BankRepository } from '../banks/bankRepository';
import { CommandId } from '../commands/commandIds';
import { Disposable } from '../disposable';
import { webviewHtml, webviewOptions } from '../webview/webviewHtml';
import { usableBanks } from '../banks/usableBanks';
import type { ProgressService } from './progressService';

export const CHARTS_VIEW_TYPE = 'examKiosk.charts';
/** Beyond this many days of history the mastery chart shows weeks instead of days. */
const WEEKLY_AFTER_DAYS = 120;
const MAX_POINTS = 120;

export class ChartsPanel extends Disposable {
  private static current: ChartsPanel | undefined;
  private bankId: string | undefined;
  private readonly channel: HostChannel<ChartsToHost, HostToCharts>;

  static show(extensionUri: vscode.Uri, repository: BankRepository, progress: ProgressService, bankId?: string): ChartsPanel {
    const open = ChartsPanel.current;
    if (open) {
      if (bankId) open.bankId = bankId;
      open.panel.reveal();
      void open.post();
      return open;
    }
    const panel = vscode.window.createWebviewPanel(CHARTS_VIEW_TYPE, 'Exam Kiosk progress', vscode.ViewColumn.Active, webviewOptions(extensionUri));
    return new ChartsPanel(panel, extensionUri, repository, progress, bankId);
  }

  /** Brings back a panel VS Code restored after a reload. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, repository: BankRepository, progress: ProgressService, bankId?: string): ChartsPanel {
    panel.webview.options = webviewOptions(extensionUri);
    return new ChartsPanel(panel, extensionUri, repository, progress, bankId);
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly repository: BankRepository,
    private readonly progress: ProgressService,
    bankId: string | undefined,
  ) {
    super();
    ChartsPanel.current?.dispose();
    ChartsPanel.current = this;
    this.bankId = bankId;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'exam-kiosk.svg');
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'charts', 'Exam Kiosk progress');
    this.channel = this.register(new HostChannel<ChartsToHost, HostToCharts>(panel.webview, isChartsToHost, 'charts', (message) => this.receive(message)));
    this.register(progress.onDidChange(() => {
      if (panel.visible) void this.post();
    }));
    this.register(panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.visible) void this.post();
    }));
    this.register(panel.onDidDispose(() => this.dispose()));
  }

  override dispose(): void {
    if (ChartsPanel.current === this) ChartsPanel.current = undefined;
    super.dispose();
  }

  private async receive(message: ChartsToHost): Promise<void> {
    if (message.type === 'choose-bank') this.bankId = message.bankId;
    if (message.type === 'open-exam') {
      await vscode.commands.executeCommand(CommandId.ResumeExam, message.examId);
      return;
    }
    if (message.type === 'open-link') {
      await openExternalLink(message.url);
      return;
    }
    await this.post();
  }

  private async post(): Promise<void> {
    const snapshot = await this.snapshot();
    this.channel.post({ type: 'snapshot', snapshot });
  }

  private async snapshot(): Promise<ChartsSnapshot> {
    const banks = await usableBanks(this.repository);
    const state = await this.progress.state();
    const outcomes = await this.progress.outcomes();
    const now = Date.now();
    const bank = banks.find((b) => b.info.id === this.bankId)
      ?? [...banks].sort((a, b) => (state.banks.get(b.info.id)?.lastAnsweredAt ?? 0) - (state.banks.get(a.info.id)?.lastAnsweredAt ?? 0))[0];
    const list = banks.map((b) => ({ id: b.info.id, exam: b.info.exam, title: b.info.title }));
    if (!bank) {
      return { banks: list, bankId: undefined, passingScore: 700, cut: DEFAULT_CUT, exams: [], period: 'day', domains: [], periods: [], readiness: 'No question bank found.' };
    }
    this.bankId = bank.info.id;
    const progress = state.banks.get(bank.info.id);
    const spanDays = progress && progress.answers > 0 ? (now - progress.firstAnsweredAt) / DAY_MS : 0;
    const series = masteryOverTime(bank.info, progress, now, { period: spanDays > WEEKLY_AFTER_DAYS ? 'week' : 'day', maxPoints: MAX_POINTS });
    return {
      banks: list,
      bankId: bank.info.id,
      passingScore: bank.info.passingScore,
      cut: DEFAULT_CUT,
      exams: scoreTrend(outcomes, bank.info.id),
      period: series.period,
      domains: series.domains,
      periods: series.points.map((p) => ({
        start: p.start,
        answers: p.answers,
        means: p.domains.map((m) => m.mean),
        evidence: p.domains.map((m) => m.evidence),
        predictedScaled: p.predictedScaled,
        passLikelihood: p.passLikelihood,
      })),
      readiness: readinessSentence(readiness(bank.info, progress, now)),
    };
  }
}
