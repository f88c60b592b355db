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

type BankItem = vscode.QuickPickItem & { readonly bank: UsableBank };

/** Bank `bankId`, or the user's pick; undefined when there is none or the pick was cancelled. */
export async function pickCertification(repository: BankRepository, state: ProgressState, bankId: string | undefined, options: PickOptions): Promise<UsableBank | undefined> {
  return chooseBank(repository, bankId, async (banks) => {
    const picked = await vscode.window.showQuickPick(bankItems(banks, state, options), { title: options.title, placeHolder: 'Which certification?', matchOnDescription: true });
    return picked?.bank;
  });
}

/**
 * For commands that ask more once the certification is known: `next` gets the bank and must call `shown()`
 * right after showing its own quick input. Until then the pick stays up (VS Code's multi-step pattern), so
 * focus never falls back in between to where the command was started: a walkthrough's button takes focus back
 * after the next input has opened, and typing would go to the walkthrough.
 */
export async function pickCertificationThen<T>(
  repository: BankRepository, state: ProgressState, bankId: string | undefined, options: PickOptions,
  next: (bank: UsableBank, shown: () => void) => Promise<T | undefined>,
): Promise<T | undefined> {
  let handOff: Promise<T | undefined> | undefined;
  const bank = await chooseBank(repository, bankId, (banks) => new Promise<UsableBank | undefined>((resolve) => {
    const pick = vscode.window.createQuickPick<BankItem>();
    pick.title = options.title;
    pick.placeholder = 'Which certification?';
    pick.matchOnDescription = true;
    pick.items = bankItems(banks, state, options);
    let accepted = false;
    pick.onDidAccept(() => {
      const chosen = pick.activeItems[0]?.bank;
      if (!chosen || accepted) return;
      accepted = true;
      handOff = next(chosen, () => pick.dispose());
      // Whatever `next` does, the pick goes once it is done.
      void handOff.finally(() => pick.dispose());
      resolve(chosen);
    });
    pick.onDidHide(() => {
      if (!accepted) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  }));
  if (!bank) return undefined;
  return handOff ?? next(bank, () => undefined);
}

/**
 * Shows `box` as the step after the pick (the `next` of `pickCertificationThen`) and settles once: with the
 * answer `accept` makes of the value on Enter (`undefined` from `accept` keeps the box open, for a value it
 * refused), or undefined when the box is hidden (Escape, focus elsewhere).
 */
export function showHandOffInput<T>(box: vscode.InputBox, shown: () => void, accept: (value: string) => { readonly answer: T | undefined } | undefined): Promise<T | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: T | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(answer);
      box.dispose();
    };
    box.onDidAccept(() => {
      const accepted = accept(box.value);
      if (accepted) finish(accepted.answer);
    });
    box.onDidHide(() => finish(undefined));
    box.show();
    shown();
  });
}

function bankItems(banks: readonly UsableBank[], state: ProgressState, options: PickOptions): BankItem[] {
  const now = Date.now();
  const items = banks.map((bank): BankItem => {
    const progress = state.banks.get(bank.info.id);
    const { dueCount } = reviewCounts(bank.questions, progress, now);
    return {
      label: bank.info.title,
      description: bank.info.id === options.preferred ? `${bank.info.exam} · last used` : bank.info.exam,
      detail: `${readinessText(readiness(bank.info, progress, now))}${dueCount > 0 ? ` · ${dueCount} reviews due` : ''}`,
      bank,
    };
  });
  return items.sort((a, b) => Number(b.bank.info.id === options.preferred) - Number(a.bank.info.id === options.preferred));
}
