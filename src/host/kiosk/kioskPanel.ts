/**
 * The kiosk panel of one exam. It forwards the page's actions to the exam session, and sends a fresh snapshot
 * after each is saved. It keeps no exam state itself: closing or reloading it loses nothing, and the panel
 * serializer brings it back at the same question.
 */
import * as vscode from 'vscode';
import type { HostToKiosk, KioskSettings, KioskToHost } from '../../protocol';
import { isKioskToHost } from '../../protocol/messageChecks';
import type { ExamService } from '../exam/examService';
import type { ExamSession, SessionChange } from '../exam/examSession';
import { Disposable } from '../disposable';
import { HostChannel } from '../webview/hostChannel';
import { webviewHtml, webviewOptions } from '../webview/webviewHtml';
import { openExternalLink } from '../webview/openLink';
import { SETTINGS_SECTION } from '../settings';
import { examSnapshot, resultSnapshot } from './snapshots';
import { examTabTitle } from '../../core/exam/examLabels';
import type { KioskMode } from './kioskMode';

export const KIOSK_VIEW_TYPE = 'examKiosk.kiosk';

/** How often the tab title's time left is refreshed (it shows minutes). */
const TITLE_REFRESH_MS = 15_000;

export interface KioskPanelHooks {
  /** "Retake incorrect / flagged" from the score report. */
  retake(examId: string, which: 'incorrect' | 'flagged'): void;
  newExam(): void;
  openSource(bankId: string, questionId: string): void;
  readonly kioskMode: KioskMode;
}

export class KioskPanel extends Disposable {
  private static readonly panels = new Map<string, KioskPanel>();

  /** Shows exam `session` in its panel, creating the panel if needed. */
  static show(extensionUri: vscode.Uri, service: ExamService, session: ExamSession, hooks: KioskPanelHooks): KioskPanel {
    const existing = KioskPanel.panels.get(session.id);
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(KIOSK_VIEW_TYPE, examTabTitle(session.state, Date.now()), vscode.ViewColumn.Active, webviewOptions(extensionUri));
    return new KioskPanel(panel, extensionUri, service, session, hooks);
  }

  /** Brings back a panel VS Code restored after a reload. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, service: ExamService, session: ExamSession, hooks: KioskPanelHooks): KioskPanel {
    panel.webview.options = webviewOptions(extensionUri);
    return new KioskPanel(panel, extensionUri, service, session, hooks);
  }

  static forExam(id: string): KioskPanel | undefined {
    return KioskPanel.panels.get(id);
  }

  private readonly channel: HostChannel<KioskToHost, HostToKiosk>;

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly service: ExamService,
    private readonly session: ExamSession,
    private readonly hooks: KioskPanelHooks,
  ) {
    super();
    KioskPanel.panels.set(session.id, this);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'exam-kiosk.svg');
    panel.title = examTabTitle(session.state, Date.now());
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'kiosk', panel.title, `data-exam-id="${session.id}"`);
    this.channel = this.register(new HostChannel(panel.webview, isKioskToHost, 'kiosk', (message) => this.receive(message)));
    this.register(session.onDidChange((change) => this.changed(change)));
    this.register(panel.onDidChangeViewState(({ webviewPanel }) => {
      if (session.state.status === 'in-progress') void session.dispatch({ type: webviewPanel.visible ? 'resume' : 'suspend' });
    }));
    this.register(vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.singleKeyShortcuts`)) this.channel.post({ type: 'settings', settings: kioskSettings() });
    }));
    const titles = setInterval(() => this.refreshTitle(), TITLE_REFRESH_MS);
    this.register({ dispose: () => clearInterval(titles) });
    this.register(panel.onDidDispose(() => this.dispose()));
    if (session.state.status === 'in-progress' && session.state.config.kind === 'full' && session.state.deadline !== null) {
      void hooks.kioskMode.enter(session.id);
    }
  }

  get examId(): string {
    return this.session.id;
  }

  /** Shows the score report (opened from History or the charts), whatever screen the page was on. */
  showReport(): void {
    if (this.session.state.status === 'submitted') this.channel.post({ type: 'show-report' });
  }

  override dispose(): void {
    if (KioskPanel.panels.get(this.session.id) === this) KioskPanel.panels.delete(this.session.id);
    if (this.session.state.status === 'in-progress') void this.session.dispatch({ type: 'suspend' });
    // Closing the kiosk leaves kiosk mode; the exam keeps running and "Resume Exam" brings both back.
    void this.hooks.kioskMode.leave(this.session.id);
    super.dispose();
    this.service.release(this.session.id);
  }

  private async receive(message: KioskToHost): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.channel.post({ type: 'settings', settings: kioskSettings() });
        if (this.session.state.status === 'in-progress') await this.session.dispatch({ type: 'resume' });
        else this.channel.post(this.snapshot(this.session.acknowledged));
        return;
      case 'action':
        await this.session.dispatch(message.action, message.seq);
        return;
      case 'open-link':
        await openExternalLink(message.url);
        return;
      case 'open-source':
        this.hooks.openSource(this.session.state.bank.id, message.questionId);
        return;
      case 'retake':
        this.hooks.retake(this.session.id, message.which);
        return;
      case 'new-exam':
        this.hooks.newExam();
        return;
      case 'take-over':
        await this.session.takeOver();
        return;
    }
  }

  private changed(change: SessionChange): void {
    for (const issue of change.issues) {
      this.channel.post({ type: 'notice', level: issue.severity, message: issue.message });
    }
    if (change.effects.some((effect) => effect.type === 'submitted') && this.hooks.kioskMode.enteredFor === this.session.id) {
      void this.showReportAfterKioskMode(change.ack);
      return;
    }
    this.channel.post(this.snapshot(change.ack));
    this.refreshTitle();
  }

  /**
   * The exam ended in kiosk mode: the workbench comes back first, then the score report, in the kiosk with focus
   * (leaving Zen Mode moves focus away), so that nothing the candidate opens next can be interrupted.
   */
  private async showReportAfterKioskMode(ack: number): Promise<void> {
    await this.hooks.kioskMode.leave(this.session.id);
    if (this.panel.visible) this.panel.reveal(this.panel.viewColumn, false);
    this.channel.post(this.snapshot(ack));
    this.refreshTitle();
  }

  private refreshTitle(): void {
    const title = examTabTitle(this.session.state, Date.now());
    if (this.panel.title !== title) this.panel.title = title;
  }

  private snapshot(ack: number): HostToKiosk {
    const state = this.session.state;
    const lookup = this.session.questionLookup;
    const snapshot = state.status === 'submitted' ? resultSnapshot(state, lookup) : examSnapshot(state, lookup, Date.now(), this.session.ownedHere);
    return { type: 'snapshot', snapshot, ack };
  }
}

function kioskSettings(): KioskSettings {
  return { singleKeyShortcuts: vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('singleKeyShortcuts', true) };
}
