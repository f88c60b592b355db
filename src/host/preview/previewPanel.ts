/**
 * "Preview Question": a question file shown in the kiosk exactly as a candidate sees it, updating as the author
 * types, with "Check answer" to try it. One panel follows the file it was opened for; nothing is recorded.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseQuestion } from '../../core/bank/parseQuestion';
import type { BankInfo, Question } from '../../core/bank/model';
import type { BankSummary } from '../../core/exam/createExam';
import { apply } from '../../core/exam/examReducer';
import type { ExamState } from '../../core/exam/examState';
import { questionView } from '../../core/exam/examViews';
import { previewExam } from '../../core/exam/previewExam';
import { lookupIn } from '../../core/exam/reconcile';
import type { HostToKiosk, KioskToHost, PreviewSnapshot } from '../../protocol';
import { isKioskToHost } from '../../protocol/messageChecks';
import { HostChannel } from '../webview/hostChannel';
import type { BankRepository } from '../banks/bankRepository';
import { Disposable } from '../disposable';
import { renderQuestionView } from '../kiosk/snapshots';
import { openExternalLink } from '../webview/openLink';
import { webviewHtml, webviewOptions } from '../webview/webviewHtml';

export const PREVIEW_VIEW_TYPE = 'examKiosk.preview';
const UPDATE_DELAY_MS = 200;
const PREVIEW_ACTIONS: ReadonlySet<string> = new Set(['select', 'deselect', 'toggle-strike', 'reveal', 'clear']);

export class PreviewPanel extends Disposable {
  private static current: PreviewPanel | undefined;

  /** Shows `uri` in the preview, reusing the open preview panel. */
  static show(extensionUri: vscode.Uri, repository: BankRepository, uri: vscode.Uri): PreviewPanel {
    if (PreviewPanel.current) {
      PreviewPanel.current.follow(uri);
      PreviewPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return PreviewPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Question preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(extensionUri));
    PreviewPanel.current = new PreviewPanel(panel, extensionUri, repository, uri);
    return PreviewPanel.current;
  }

  private uri: vscode.Uri;
  private question: Question | undefined;
  private info: BankInfo | undefined;
  private problems: string[] = [];
  private state: ExamState | undefined;
  private pending: NodeJS.Timeout | undefined;
  private ack = 0;
  private readonly channel: HostChannel<KioskToHost, HostToKiosk>;

  private constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly repository: BankRepository, uri: vscode.Uri) {
    super();
    this.uri = uri;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'exam-kiosk.svg');
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'kiosk', 'Question preview', 'data-preview="true"');
    this.channel = this.register(new HostChannel<KioskToHost, HostToKiosk>(panel.webview, isKioskToHost, 'preview', (message) => this.receive(message)));
    this.register(vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.uri.toString() === this.uri.toString()) this.schedule();
    }));
    this.register(panel.onDidDispose(() => this.dispose()));
    this.register({ dispose: () => clearTimeout(this.pending) });
  }

  override dispose(): void {
    if (PreviewPanel.current === this) PreviewPanel.current = undefined;
    super.dispose();
  }

  private follow(uri: vscode.Uri): void {
    this.uri = uri;
    void this.refresh();
  }

  private schedule(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), UPDATE_DELAY_MS);
  }

  /** Re-parses the file from its editor text (unsaved changes included) and redraws with a fresh attempt. */
  private async refresh(): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const loaded = await this.repository.bankOfFile(this.uri.fsPath);
    const context = loaded?.index.context() ?? { bankId: 'preview', info: undefined, now: new Date(), staleAfterMonths: 0 };
    const parsed = parseQuestion(document.getText(), this.uri.fsPath, context);
    this.info = context.info;
    this.question = parsed.question;
    // With errors there is no question to show, so the errors are the page; otherwise warnings sit above it.
    this.problems = parsed.issues.filter((i) => i.severity === (parsed.question ? 'warning' : 'error')).map((i) => `Line ${i.line}: ${i.message}`);
    this.state = this.question ? previewExam(this.question, this.info ?? placeholderInfo(context.bankId), Date.now()) : undefined;
    this.panel.title = `Preview ${path.basename(this.uri.fsPath)}`;
    this.post();
  }

  private async receive(message: KioskToHost): Promise<void> {
    if (message.type === 'ready') return this.refresh();
    if (message.type === 'open-link') {
      await openExternalLink(message.url);
      return;
    }
    if (message.type !== 'action' || !this.state) return;
    // Only what a candidate can do to one question: the exam's navigation and submission mean nothing here.
    if (!PREVIEW_ACTIONS.has(message.action.type)) return;
    this.ack = message.seq;
    if (message.action.type === 'clear' && this.question) {
      this.state = previewExam(this.question, this.info ?? placeholderInfo('preview'), Date.now());
    } else {
      this.state = apply(this.state, message.action, Date.now()).state;
    }
    this.post();
  }

  private post(): void {
    const info = this.info;
    let message: HostToKiosk;
    if (this.state && this.question) {
      const snapshot: PreviewSnapshot = {
        kind: 'preview',
        examTitle: info?.title ?? 'Question preview',
        examCode: info?.exam ?? 'no bank.md',
        file: this.uri.fsPath,
        question: renderQuestionView(questionView(this.state, lookupIn([this.question]), Date.now())),
        problems: this.problems,
      };
      message = { type: 'snapshot', snapshot, ack: this.ack };
    } else {
      message = { type: 'empty', message: `This question cannot be shown yet. ${this.problems.join(' ')}` };
    }
    this.channel.post(message);
  }
}

function placeholderInfo(bankId: string): BankSummary {
  return { id: bankId, exam: '', title: 'Question preview', passingScore: 700, domains: [] };
}
