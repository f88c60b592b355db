/**
 * Every question bank the extension knows about, loaded on first use and kept current as files change. Views,
 * diagnostics, exams and search read banks only through here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BANK_FILE, QUESTIONS_DIR, loadBankIndex, readBankText } from '../../core/bank/loadBank';
import type { BankIndex } from '../../core/bank/bankIndex';
import type { Bank, BankIssue, Question } from '../../core/bank/model';
import { Disposable } from '../disposable';
import { readSettings } from '../settings';
import { log } from '../log';
import { ORIGIN_RANK, READ_ONLY_ORIGINS, discoverBankRoots, type BankOrigin, type BankRoot } from './bankRoots';

export interface LoadedBank {
  readonly bank: Bank;
  readonly origin: BankOrigin;
  readonly index: BankIndex;
}

export class BankRepository extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  /** Fires after banks were loaded or any bank changed. */
  readonly onDidChange = this.changed.event;

  private roots: Promise<BankRoot[]> | undefined;
  private readonly indexes = new Map<string, Promise<BankIndex>>();

  /**
   * @param importedDir where "Import Question Bank…" writes converted banks, one folder each.
   */
  constructor(private readonly extensionPath: string, readonly importedDir: string) {
    super();
  }

  /**
   * All usable banks, one per bank id: when the same bank is both bundled and open in the workspace (a
   * contributor editing it), the workspace copy is the one used.
   */
  async banks(): Promise<LoadedBank[]> {
    const all = await this.allBanks();
    const byId = new Map<string, LoadedBank>();
    for (const loaded of all) {
      const current = byId.get(loaded.index.bankId);
      if (!current || ORIGIN_RANK[loaded.origin] < ORIGIN_RANK[current.origin]) byId.set(loaded.index.bankId, loaded);
    }
    return [...byId.values()].sort((a, b) => (a.bank.info?.title ?? a.index.bankId).localeCompare(b.bank.info?.title ?? b.index.bankId));
  }

  /** Every bank folder found, including shadowed copies (diagnostics are shown for each). */
  async allBanks(): Promise<LoadedBank[]> {
    const roots = await this.discover();
    return Promise.all(roots.map(async ({ root, origin }) => {
      const index = await this.indexFor(root);
      return { bank: index.bank(), origin, index };
    }));
  }

  /** Whether a bank is being written here (one in the workspace or a configured folder): the contributors' views show then. */
  async authoring(): Promise<boolean> {
    return (await this.discover()).some(({ origin }) => origin === 'workspace' || origin === 'configured');
  }

  async bank(bankId: string): Promise<LoadedBank | undefined> {
    return (await this.banks()).find((loaded) => loaded.index.bankId === bankId);
  }

  async question(bankId: string, questionId: string): Promise<Question | undefined> {
    return (await this.bank(bankId))?.bank.questions.find((q) => q.id === questionId);
  }

  /** The loaded bank a file belongs to (its `bank.md` or one of its question files). */
  async bankOfFile(file: string): Promise<LoadedBank | undefined> {
    const roots = await this.discover();
    const owner = roots.find(({ root }) => isInside(file, root));
    if (!owner) return undefined;
    const index = await this.indexFor(owner.root);
    return { bank: index.bank(), origin: owner.origin, index };
  }

  /** Issues of every bank, grouped by file. */
  async issuesByFile(): Promise<Map<string, BankIssue[]>> {
    const out = new Map<string, BankIssue[]>();
    for (const { bank, origin } of await this.allBanks()) {
      if (READ_ONLY_ORIGINS.has(origin)) continue;
      for (const issue of bank.issues) {
        const list = out.get(issue.file) ?? [];
        list.push(issue);
        out.set(issue.file, list);
      }
    }
    return out;
  }

  /** Forgets everything and finds banks again (settings changed, a bank was added or removed). */
  reload(): void {
    this.roots = undefined;
    this.indexes.clear();
    this.changed.fire();
  }

  /** A file on disk changed, was created or deleted: update just what depends on it. */
  async fileChanged(file: string, kind: 'changed' | 'created' | 'deleted'): Promise<void> {
    if (path.basename(file) === BANK_FILE) {
      this.reload();
      return;
    }
    // Nothing was loaded yet, so nothing is stale: the next reader loads the file as it is now.
    if (!this.roots) return;
    const roots = await this.discover();
    const owner = roots.find(({ root }) => isInside(file, path.join(root, QUESTIONS_DIR)));
    if (!owner || !file.toLowerCase().endsWith('.md')) return;
    const index = await this.indexFor(owner.root);
    if (kind === 'deleted') {
      index.removeQuestion(file);
    } else {
      const issues: BankIssue[] = [];
      const text = await readBankText(file, issues);
      if (text === undefined) index.setQuestionUnreadable(file, issues);
      else index.setQuestionText(file, text);
    }
    this.changed.fire();
  }

  private discover(): Promise<BankRoot[]> {
    this.roots ??= discoverBankRoots(this.extensionPath, this.importedDir, readSettings());
    return this.roots;
  }

  private indexFor(root: string): Promise<BankIndex> {
    let index = this.indexes.get(root);
    if (!index) {
      const settings = readSettings();
      const started = performance.now();
      index = loadBankIndex(root, { staleAfterMonths: settings.staleAfterMonths });
      void index.then((loaded) => log().info(`loaded bank ${loaded.bankId} (${loaded.files.length} question files) in ${(performance.now() - started).toFixed(0)} ms`));
      this.indexes.set(root, index);
    }
    return index;
  }
}

export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
