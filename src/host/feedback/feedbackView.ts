/**
 * The "Feedback" view: every comment left in the kiosk, for the bank's authors. A row opens the question's
 * source at its stem; the title bar exports the errata report.
 */
import * as vscode from 'vscode';
import type { ExamState } from '../../core/exam/examState';
import { collectFeedback, type FeedbackEntry } from '../../core/errata/feedback';
import type { BankRepository } from '../banks/bankRepository';
import { Disposable } from '../disposable';
import type { ExamService } from '../exam/examService';

const REFRESH_DELAY_MS = 500;

export class FeedbackView extends Disposable implements vscode.TreeDataProvider<FeedbackEntry> {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  private entries: Promise<FeedbackEntry[]> | undefined;
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly service: ExamService, private readonly repository: BankRepository) {
    super();
    const refresh = (): void => {
      clearTimeout(this.pending);
      this.pending = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
    };
    this.register(service.onDidChangeList(refresh));
    this.register(service.onDidChangeExam(({ change }) => {
      if (change.state.items.some((item) => item.comment)) refresh();
    }));
    this.register(repository.onDidChange(refresh));
    this.register({ dispose: () => clearTimeout(this.pending) });
  }

  refresh(): void {
    this.entries = undefined;
    this.changed.fire();
  }

  /** Every comment, newest exam first. */
  all(): Promise<FeedbackEntry[]> {
    this.entries ??= this.collect();
    return this.entries;
  }

  async getChildren(entry?: FeedbackEntry): Promise<FeedbackEntry[]> {
    return entry ? [] : this.all();
  }

  getTreeItem(entry: FeedbackEntry): vscode.TreeItem {
    const firstLine = entry.comment.split('\n')[0];
    const item = new vscode.TreeItem(firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine);
    item.description = `${entry.exam} · ${entry.questionId}`;
    item.iconPath = new vscode.ThemeIcon(entry.file ? 'comment' : 'comment-unresolved');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(entry.comment);
    tooltip.appendMarkdown(`\n\n---\n\n**${entry.questionId}** · answered ${entry.answerGiven.map((a) => a.letter).join(', ') || 'nothing'} · exam of ${new Date(entry.at).toLocaleString()}`);
    item.tooltip = tooltip;
    item.contextValue = 'feedback';
    if (entry.file) {
      const line = Math.max(0, (entry.line ?? 1) - 1);
      item.command = {
        command: 'vscode.open',
        title: 'Open question source',
        arguments: [vscode.Uri.file(entry.file), { selection: new vscode.Range(line, 0, line, 0), preview: true }],
      };
    }
    return item;
  }

  private async collect(): Promise<FeedbackEntry[]> {
    const { entries } = await this.service.list();
    const states: ExamState[] = [];
    for (const entry of entries) {
      const state = await this.service.peek(entry.id);
      if (state) states.push(state);
    }
    const banks = await this.repository.banks();
    const byBank = new Map(banks.map((b) => [b.index.bankId, new Map(b.bank.questions.map((q) => [q.id, q]))]));
    return collectFeedback(states, (bankId, questionId) => byBank.get(bankId)?.get(questionId));
  }
}
