import * as vscode from 'vscode';
import type { Domain, TaskStatement } from '../../core/bank/model';
import type { BankRepository, LoadedBank } from '../banks/bankRepository';
import { Disposable } from '../disposable';

type Node =
  | { readonly kind: 'bank'; readonly loaded: LoadedBank }
  | { readonly kind: 'domain'; readonly loaded: LoadedBank; readonly domain: Domain }
  | { readonly kind: 'task'; readonly loaded: LoadedBank; readonly task: TaskStatement };

/** The "Certifications" view: every bank, its domains and task statements. */
export class CertificationsTree extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly changed = this.register(new vscode.EventEmitter<Node | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly repository: BankRepository) {
    super();
    this.register(repository.onDidChange(() => this.changed.fire(undefined)));
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return (await this.repository.banks()).map((loaded) => ({ kind: 'bank', loaded }));
    if (node.kind === 'bank') return (node.loaded.bank.info?.domains ?? []).map((domain) => ({ kind: 'domain', loaded: node.loaded, domain }));
    if (node.kind === 'domain') return node.domain.tasks.map((task) => ({ kind: 'task', loaded: node.loaded, task }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const { bank } = node.loaded;
    if (node.kind === 'bank') {
      const info = bank.info;
      const item = new vscode.TreeItem(info?.title ?? node.loaded.index.bankId, vscode.TreeItemCollapsibleState.Collapsed);
      const errors = bank.issues.filter((i) => i.severity === 'error').length;
      item.description = `${info?.exam ?? 'bank.md has problems'} · ${bank.questions.length} questions${errors ? ` · ${errors} errors` : ''}`;
      item.tooltip = new vscode.MarkdownString(info
        ? `**${info.title}** (${info.exam})\n\n${bank.questions.length} questions · ${info.questionCount} per exam · ${info.minutes} minutes · passing score ${info.passingScore}\n\n${node.loaded.origin} bank at \`${bank.root}\``
        : `The bank at \`${bank.root}\` has no usable bank.md: see the Problems panel.`);
      item.iconPath = new vscode.ThemeIcon(errors ? 'warning' : 'mortar-board');
      item.contextValue = 'bank';
      item.id = `bank:${bank.root}`;
      return item;
    }
    if (node.kind === 'domain') {
      const count = bank.questions.filter((q) => q.domain === node.domain.id).length;
      const item = new vscode.TreeItem(`${node.domain.id}. ${node.domain.title}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.domain.weight}% of the exam · ${count} questions`;
      item.contextValue = 'domain';
      item.id = `domain:${bank.root}:${node.domain.id}`;
      return item;
    }
    const count = bank.questions.filter((q) => q.task === node.task.id).length;
    const item = new vscode.TreeItem(`${node.task.id} ${node.task.title}`, vscode.TreeItemCollapsibleState.None);
    item.description = `${count} questions`;
    item.tooltip = `${node.task.id} ${node.task.title}`;
    item.contextValue = 'task';
    item.id = `task:${bank.root}:${node.task.id}`;
    return item;
  }
}
