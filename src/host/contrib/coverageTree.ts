/**
 * The "Blueprint Coverage" view: per bank, its domains and task statements with question counts against the
 * exam weights; thin task statements and off-balance domains carry a warning.
 */
import * as vscode from 'vscode';
import { coverageOf, THIN_TASK_THRESHOLD, WEIGHT_TOLERANCE_POINTS, type Coverage, type DomainCoverage, type TaskCoverage } from '../../core/bank/coverage';
import type { BankRepository, LoadedBank } from '../banks/bankRepository';
import { Disposable } from '../disposable';

export type CoverageNode =
  | { readonly kind: 'bank'; readonly loaded: LoadedBank; readonly coverage: Coverage | undefined }
  | { readonly kind: 'domain'; readonly loaded: LoadedBank; readonly domain: DomainCoverage }
  | { readonly kind: 'task'; readonly loaded: LoadedBank; readonly task: TaskCoverage };

export class CoverageTree extends Disposable implements vscode.TreeDataProvider<CoverageNode> {
  private readonly changed = this.register(new vscode.EventEmitter<CoverageNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly repository: BankRepository) {
    super();
    this.register(repository.onDidChange(() => this.changed.fire(undefined)));
  }

  async getChildren(node?: CoverageNode): Promise<CoverageNode[]> {
    if (!node) return (await this.repository.banks()).map((loaded) => ({ kind: 'bank', loaded, coverage: coverageOf(loaded.bank) }));
    if (node.kind === 'bank') return (node.coverage?.domains ?? []).map((domain) => ({ kind: 'domain', loaded: node.loaded, domain }));
    if (node.kind === 'domain') return node.domain.tasks.map((task) => ({ kind: 'task', loaded: node.loaded, task }));
    return [];
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    const root = node.loaded.bank.root;
    if (node.kind === 'bank') return bankItem(node.loaded, node.coverage);
    if (node.kind === 'domain') {
      const d = node.domain;
      const item = new vscode.TreeItem(`${d.id}. ${d.title}`, vscode.TreeItemCollapsibleState.Collapsed);
      const thin = d.tasks.filter((t) => t.thin).length;
      item.description = `${d.count} · ${d.share.toFixed(0)}% (exam ${d.weight}%)${d.offBalance ? ' · off-balance' : ''}${thin ? ` · ${thin} thin` : ''}`;
      item.tooltip = d.offBalance
        ? `${d.title}: ${d.share.toFixed(1)}% of the bank's questions against an exam weight of ${d.weight}%, off by more than ${WEIGHT_TOLERANCE_POINTS} points. Mock exams follow the weights, so ${d.share < d.weight ? 'this domain needs more questions' : 'other domains need more questions'}.`
        : `${d.title}: ${d.share.toFixed(1)}% of the bank's questions, exam weight ${d.weight}%.`;
      item.iconPath = new vscode.ThemeIcon(d.offBalance ? 'warning' : 'pass', d.offBalance ? new vscode.ThemeColor('list.warningForeground') : undefined);
      item.id = `coverage-domain:${root}:${d.id}`;
      item.accessibilityInformation = { label: `${item.label}: ${d.count} questions, ${d.share.toFixed(0)}% of the bank, exam weight ${d.weight}%${d.offBalance ? ', off-balance' : ''}` };
      item.contextValue = 'coverageDomain';
      return item;
    }
    const t = node.task;
    const item = new vscode.TreeItem(`${t.id} ${t.title}`, vscode.TreeItemCollapsibleState.None);
    item.description = `${t.count} question${t.count === 1 ? '' : 's'}${t.thin ? ` · thin (< ${THIN_TASK_THRESHOLD})` : ''}`;
    item.tooltip = t.thin ? `${t.id} ${t.title}: only ${t.count}; a mock exam can't vary a task statement with fewer than ${THIN_TASK_THRESHOLD} questions.` : `${t.id} ${t.title}`;
    item.iconPath = new vscode.ThemeIcon(t.thin ? 'warning' : 'pass', t.thin ? new vscode.ThemeColor('list.warningForeground') : undefined);
    item.id = `coverage-task:${root}:${t.id}`;
    item.accessibilityInformation = { label: `${item.label}: ${item.description}` };
    item.contextValue = 'coverageTask';
    return item;
  }
}

function bankItem(loaded: LoadedBank, coverage: Coverage | undefined): vscode.TreeItem {
  // The exam code keeps the row short in a narrow side bar; the title is in the tooltip.
  const title = loaded.bank.info?.exam ?? loaded.index.bankId;
  const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `coverage-bank:${loaded.bank.root}`;
  item.contextValue = 'coverageBank';
  // The tooltip would otherwise be read out instead of the label.
  const speak = (description: string): void => { item.accessibilityInformation = { label: `${title}: ${description}` }; };
  if (!coverage) {
    item.description = 'bank.md has no usable blueprint';
    speak(item.description);
    item.iconPath = new vscode.ThemeIcon('error');
    return item;
  }
  const thin = coverage.domains.reduce((sum, d) => sum + d.tasks.filter((t) => t.thin).length, 0);
  const off = coverage.domains.filter((d) => d.offBalance).length;
  const problems = [off ? `${off} off-balance` : '', thin ? `${thin} thin` : ''].filter(Boolean).join(', ');
  item.description = `${coverage.total} questions${problems ? ` · ${problems}` : ''}`;
  speak(item.description);
  item.tooltip = `${coverage.exam} ${coverage.title}: ${coverage.total} questions, ${coverage.multipleResponse} multiple response. ${loaded.origin} bank at ${loaded.bank.root}`;
  item.iconPath = new vscode.ThemeIcon(problems ? 'warning' : 'mortar-board', problems ? new vscode.ThemeColor('list.warningForeground') : undefined);
  return item;
}
