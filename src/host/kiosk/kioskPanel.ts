/**
 * The kiosk panel of one exam. It forwards the page's actions to the exam session, and sends a fresh snapshot
 * after each is saved. It keeps no exam state itself: closing or reloading it loses nothing, and the panel
 * serializer brings it back at the same question.
 */
import * as vscode from 'vscode';
import type { HostToKiosk, KioskToHost } from '../../protocol';
import type { ExamService } from '../exam/examService';
import type { ExamSession, SessionChange } from '../exam/examSession';
import { Disposable } from '../disposable';
import { webviewHtml, webviewOptions } from '../webview/webviewHtml';
import { examSnapshot, resultSnapshot } from './snapshots';
import { openExternalLink } from '../webview/openLink';

export const KIOSK_VIEW_TYPE = 'examKiosk.kiosk';

export interface KioskPanelHooks {
  /** "Retake incorrect / flagged" from the score report. */
  retake(examId: string, which: 'incorrect' | 'flagged'): void;
  newExam(): void;
  openSource(bankId: string, questionId: string): void;
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
    const panel = vscode.window.createWebviewPanel(KIOSK_VIEW_TYPE, titleOf(session), vscode.ViewColumn.Active, webviewOptions(extensionUri));
    return new KioskPanel(panel, extensionUri, service, session, hooks);
  }

  /** Brings back a panel VS Code restored after a reload. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, service: ExamService, session: ExamSession, hooks: KioskPanelHooks): KioskPanel {
    panel.webview.options = webviewOptions(extensionUri);
    panel.title = titleOf(session);
    return new KioskPanel(panel, extensionUri, service, session, hooks);
  }

  static forExam(id: string): KioskPanel | undefined {
    return KioskPanel.panels.get(id);
  }

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
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'kiosk', titleOf(session), `data-exam-id="${session.id}"`);
    this.register(panel.webview.onDidReceiveMessage((message: KioskToHost) => void this.receive(message)));
    this.register(session.onDidChange((change) => this.changed(change)));
    this.register(panel.onDidChangeViewState(({ webviewPanel }) => {
      if (session.state.status === 'in-progress') void session.dispatch({ type: webviewPanel.visible ? 'resume' : 'suspend' });
    }));
    this.register(panel.onDidDispose(() => this.dispose()));
  }

  get examId(): string {
    return this.session.id;
  }

  override dispose(): void {
    if (KioskPanel.panels.get(this.session.id) === this) KioskPanel.panels.delete(this.session.id);
    if (this.session.state.status === 'in-progress') void this.session.dispatch({ type: 'suspend' });
    super.dispose();
    this.service.release(this.session.id);
  }

  private async receive(message: KioskToHost): Promise<void> {
    switch (message.type) {
      case 'ready':
        if (this.session.state.status === 'in-progress') await this.session.dispatch({ type: 'resume' });
        else this.post(this.snapshot(this.session.acknowledged));
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
    }
  }

  private changed(change: SessionChange): void {
    for (const issue of change.issues) {
      this.post({ type: 'notice', level: issue.severity, message: issue.message });
    }
    this.post(this.snapshot(change.ack));
    this.panel.title = titleOf(this.session);
  }

  private snapshot(ack: number): HostToKiosk {
    const state = this.session.state;
    const lookup = this.session.questionLookup;
    const snapshot = state.status === 'submitted' ? resultSnapshot(state, lookup) : examSnapshot(state, lookup, Date.now());
    return { type: 'snapshot', snapshot, ack };
  }

  private post(message: HostToKiosk): void {
    void this.panel.webview.postMessage(message);
  }
}

function titleOf(session: ExamSession): string {
  const state = session.state;
  return `${state.bank.exam} ${state.status === 'submitted' ? 'score report' : 'exam'}`;
}
