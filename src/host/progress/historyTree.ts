/**
 * The "History" view: past exams with date, score and pass/fail, the running one first. A row opens the exam
 * in the kiosk (its score report and answer review once submitted); its context menu retakes the incorrect
 * or flagged questions, or deletes the exam after a confirmation. Mock-exam outcomes imported from another
 * machine are listed too, without an exam to open.
 */
import * as vscode from 'vscode';
import { withoutExam } from '../../core/progress/examLedger';
import { historyRows, historyText, type HistoryRow } from '../../core/progress/historyRows';
import type { BankRepository } from '../banks/bankRepository';
import { CommandId } from '../commands/commandIds';
import { Disposable } from '../disposable';
import type { ExamService } from '../exam/examService';
import type { ProgressService } from './progressService';

const REFRESH_DELAY_MS = 200;

export class HistoryTree extends Disposable implements vscode.TreeDataProvider<HistoryRow> {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly exams: ExamService, private readonly progress: ProgressService, private readonly repository: BankRepository) {
    super();
    const refresh = (): void => {
      clearTimeout(this.pending);
      this.pending = setTimeout(() => this.changed.fire(), REFRESH_DELAY_MS);
    };
    this.register(exams.onDidChangeList(refresh));
    this.register(progress.onDidChange(refresh));
    this.register(repository.onDidChange(refresh));
    this.register({ dispose: () => clearTimeout(this.pending) });
  }

  async getChildren(row?: HistoryRow): Promise<HistoryRow[]> {
    if (row) return [];
    const [{ entries }, ledger, banks] = await Promise.all([this.exams.list(), this.progress.readLedger(), this.repository.banks()]);
    const codes = new Map(banks.map((b) => [b.index.bankId, b.bank.info?.exam]));
    return historyRows(entries, ledger ?? { entries: new Map() }, (bankId) => codes.get(bankId));
  }

  getTreeItem(row: HistoryRow): vscode.TreeItem {
    const { label, description } = historyText(row, formatDate);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = description;
    item.id = `exam:${row.examId}`;
    item.iconPath = iconOf(row);
    item.accessibilityInformation = { label: `${label}, ${description}` };
    item.contextValue = row.status === 'in-progress' ? 'exam.running' : row.openable ? 'exam.submitted' : 'exam.imported';
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${row.exam} ${row.kind}**\n\n`);
    tooltip.appendText(row.status === 'in-progress' ? `In progress since ${new Date(row.at).toLocaleString()}.` : `Finished ${new Date(row.at).toLocaleString()}.`);
    if (row.scaled !== undefined) tooltip.appendText(` Scaled score ${row.scaled} (estimate), ${row.passed ? 'pass' : 'fail'}.`);
    if (row.correct !== undefined) tooltip.appendText(` ${row.correct} of ${row.total} right (${row.percent}%).`);
    if (!row.openable) tooltip.appendText(' Imported from another machine: there is no exam to open.');
    item.tooltip = tooltip;
    if (row.openable) item.command = { command: CommandId.ResumeExam, title: 'Open exam', arguments: [row.examId] };
    return item;
  }

  /** Deletes the exam of `row` after a modal confirmation. */
  /** The row of exam `examId`, as History lists it now. */
  async row(examId: string | undefined): Promise<HistoryRow | undefined> {
    if (!examId) return undefined;
    return (await this.getChildren()).find((row) => row.examId === examId);
  }

  async deleteExam(row: HistoryRow): Promise<void> {
    const what = `${row.exam} ${row.kind.toLowerCase()} of ${formatDate(row.at)}`;
    const choice = await vscode.window.showWarningMessage(
      `Delete the ${what}?`,
      { modal: true, detail: 'Its score report and answer review are deleted. The answers it taught your weak areas stay in your progress.' },
      'Delete',
    );
    if (choice !== 'Delete') return;
    if (row.openable) await this.exams.delete(row.examId);
    await this.progress.updateLedger((ledger) => withoutExam(ledger, row.examId));
    this.changed.fire();
  }
}

function iconOf(row: HistoryRow): vscode.ThemeIcon {
  if (row.status === 'in-progress') return new vscode.ThemeIcon('watch');
  if (row.passed === true) return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  if (row.passed === false) return new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
  return new vscode.ThemeIcon('history');
}

function formatDate(at: number): string {
  return new Date(at).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

