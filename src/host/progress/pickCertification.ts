/**
 * Choosing the certification for a progress command: from the command's argument (a tree row, a bank id, or
 * `{ bankId }`), or a QuickPick of the usable banks with their readiness and reviews due, the most recently
 * used first.
 */
import * as vscode from 'vscode';
import type { ProgressState } from '../../core/progress/state';
import { reviewCounts } from '../../core/progress/views';
import { readiness } from '../../core/progress/readiness';
import { readinessText } from '../../core/progress/viewText';
import type { BankRepository } from '../banks/bankRepository';
import { chooseBank, type UsableBank } from '../banks/usableBanks';

/** The bank id a command argument names: a bank id, `{ bankId }`, or a Certifications tree row. */
export function bankIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg !== 'object' || arg === null) return undefined;
  const value = arg as { bankId?: unknown; loaded?: { index?: { bankId?: unknown } } };
  if (typeof value.bankId === 'string') return value.bankId;
  if (typeof value.loaded?.index?.bankId === 'string') return value.loaded.index.bankId;
  return undefined;
}

export interface PickOptions {
  readonly title: string;
  /** Bank id to put first (e.g. the last one used). */
  readonly preferred?: string;
}

/** The bank `arg` names, or the user's pick; undefined when there is none or the pick was cancelled. */
export async function pickCertification(repository: BankRepository, state: ProgressState, arg: unknown, options: PickOptions): Promise<UsableBank | undefined> {
  return chooseBank(repository, bankIdOf(arg), async (banks) => {
    const now = Date.now();
    const items = banks.map((bank) => {
      const progress = state.banks.get(bank.info.id);
      const { dueCount } = reviewCounts(bank.questions, progress, now);
      return {
        label: bank.info.title,
        description: bank.info.exam,
        detail: `${readinessText(readiness(bank.info, progress, now))}${dueCount > 0 ? ` · ${dueCount} reviews due` : ''}`,
        bank,
      };
    });
    items.sort((a, b) => Number(b.bank.info.id === options.preferred) - Number(a.bank.info.id === options.preferred));
    const picked = await vscode.window.showQuickPick(items, { title: options.title, placeHolder: 'Which certification?', matchOnDescription: true });
    return picked?.bank;
  });
}
