import * as vscode from 'vscode';
import { DEFAULT_STALE_AFTER_MONTHS } from '../core/bank/loadBank';

/** The extension's settings, read fresh each time so changes apply without a reload. */
export interface Settings {
  readonly bankFolders: readonly string[];
  readonly includeBundledBanks: boolean;
  readonly staleAfterMonths: number;
}

export const SETTINGS_SECTION = 'examKiosk';

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const folders = config.get<unknown>('bankFolders');
  const stale = config.get<number>('staleAfterMonths', DEFAULT_STALE_AFTER_MONTHS);
  return {
    bankFolders: Array.isArray(folders) ? folders.filter((f): f is string => typeof f === 'string' && f.trim() !== '') : [],
    includeBundledBanks: config.get<boolean>('includeBundledBanks', true),
    staleAfterMonths: Number.isFinite(stale) && stale >= 0 ? stale : DEFAULT_STALE_AFTER_MONTHS,
  };
}
