import * as path from 'node:path';
import * as vscode from 'vscode';
import { findBankRoots } from '../../core/bank/loadBank';
import type { Settings } from '../settings';

/** Where a bank was found. A workspace copy wins over a configured one, which wins over the bundled one. */
export type BankOrigin = 'workspace' | 'configured' | 'bundled';

export const ORIGIN_RANK: Record<BankOrigin, number> = { workspace: 0, configured: 1, bundled: 2 };

export interface BankRoot {
  readonly root: string;
  readonly origin: BankOrigin;
}

/** Finds every bank folder: the extension's bundled banks, workspace folders, and configured folders. */
export async function discoverBankRoots(extensionPath: string, settings: Settings): Promise<BankRoot[]> {
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
