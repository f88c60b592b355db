import * as path from 'node:path';
import * as vscode from 'vscode';
import { findBankRoots } from '../../core/bank/loadBank';
import type { Settings } from '../settings';

/**
 * Where a bank was found. A workspace copy wins over a configured one, which wins over an imported or bundled
 * one. Imported banks are converted community banks kept in the extension's storage.
 */
export type BankOrigin = 'workspace' | 'configured' | 'imported' | 'bundled';

export const ORIGIN_RANK: Record<BankOrigin, number> = { workspace: 0, configured: 1, imported: 2, bundled: 3 };

/** Origins whose banks are read-only sources for practice: their issues stay out of the Problems panel. */
export const READ_ONLY_ORIGINS: ReadonlySet<BankOrigin> = new Set(['imported', 'bundled']);

export interface BankRoot {
  readonly root: string;
  readonly origin: BankOrigin;
}

/** Finds every bank folder: the extension's bundled banks, workspace folders, and configured folders. */
export async function discoverBankRoots(extensionPath: string, importedDir: string, settings: Settings): Promise<BankRoot[]> {
  const found = new Map<string, BankRoot>();
  const add = (root: string, origin: BankOrigin): void => {
    const key = path.resolve(root);
    const existing = found.get(key);
    if (!existing || ORIGIN_RANK[origin] < ORIGIN_RANK[existing.origin]) found.set(key, { root: key, origin });
  };
  const workspaceFiles = await vscode.workspace.findFiles('**/bank.md', '**/{node_modules,.git,.vscode-test}/**', 500);
  for (const uri of workspaceFiles) if (uri.scheme === 'file') add(path.dirname(uri.fsPath), 'workspace');
  const configured = settings.bankFolders.map((folder) => resolveFolder(folder));
  for (const root of await findBankRoots(configured)) add(root, 'configured');
  for (const root of await findBankRoots([importedDir], 1)) add(root, 'imported');
  if (settings.includeBundledBanks) {
    for (const root of await findBankRoots([path.join(extensionPath, 'question-banks')])) add(root, 'bundled');
  }
  return [...found.values()].sort((a, b) => a.root.localeCompare(b.root));
}

/** A configured folder: `~` expands to the home folder, relative paths are relative to the first workspace folder. */
export function resolveFolder(folder: string): string {
  const home = process.env.HOME ?? process.env.USERPROFILE ?? '';
  const expanded = folder.startsWith('~') ? path.join(home, folder.slice(1)) : folder;
  if (path.isAbsolute(expanded)) return expanded;
  const base = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? home;
  return path.resolve(base, expanded);
}
