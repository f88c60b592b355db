/**
 * Choosing the certification for a progress command: the bank the command was run on, or a QuickPick of the
 * usable banks with their readiness and reviews due, the most recently used first.
 */
import * as vscode from 'vscode';
import type { ProgressState } from '../../core/progress/state';
import { reviewCounts } from '../../core/progress/views';
import { readiness } from '../../core/progress/readiness';
import { readinessText } from '../../core/progress/viewText';
import type { BankRepository } from '../banks/bankRepository';
import { chooseBank, type UsableBank } from '../banks/usableBanks';

export interface PickOptions {
  readonly title: string;
  /** Bank id to put first (e.g. the last one used). */
  readonly preferred?: string;
}

/** Bank `bankId`, or the user's pick; undefined when there is none or the pick was cancelled. */
export async function pickCertification(repository: BankRepository, state: ProgressState, bankId: string | undefined, options: PickOptions): Promise<UsableBank | undefined> {
  return chooseBank(repository, bankId, async (banks) => {
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
