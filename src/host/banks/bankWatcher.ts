import * as vscode from 'vscode';
import { Disposable } from '../disposable';
import { resolveFolder } from './bankRoots';
import type { BankRepository } from './bankRepository';
import { readSettings, SETTINGS_SECTION } from '../settings';

/** Keeps the repository current: bank files saved, created or deleted on disk, and settings changed. */
export class BankWatcher extends Disposable {
  private folderWatchers: vscode.Disposable[] = [];

  constructor(private readonly repository: BankRepository) {
    super();
    this.watch(vscode.workspace.createFileSystemWatcher('**/*.md'));
    this.watchConfiguredFolders();
    this.register(vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTINGS_SECTION)) {
        this.watchConfiguredFolders();
        repository.reload();
      }
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => repository.reload()));
    this.register({ dispose: () => this.folderWatchers.forEach((w) => w.dispose()) });
  }

  private watchConfiguredFolders(): void {
    this.folderWatchers.forEach((w) => w.dispose());
    this.folderWatchers = readSettings().bankFolders.map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(resolveFolder(folder)), '**/*.md'));
      this.subscribe(watcher);
      return watcher;
    });
  }

  private watch(watcher: vscode.FileSystemWatcher): void {
    this.register(watcher);
    this.subscribe(watcher);
  }

  private subscribe(watcher: vscode.FileSystemWatcher): void {
    const on = (kind: 'changed' | 'created' | 'deleted') => (uri: vscode.Uri): void => {
      if (uri.scheme === 'file') void this.repository.fileChanged(uri.fsPath, kind);
    };
    watcher.onDidChange(on('changed'));
    watcher.onDidCreate(on('created'));
    watcher.onDidDelete(on('deleted'));
  }
}
