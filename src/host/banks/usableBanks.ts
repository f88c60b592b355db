/**
 * The banks a command can run on, and choosing one of them: the one a command argument names, the only one
 * there is, or the user's pick. Every command that needs a certification goes through here, so they all
 * answer a missing or unknown bank the same way.
 */
import * as vscode from 'vscode';
import type { BankInfo, Question } from '../../core/bank/model';
import type { BankRepository, LoadedBank } from './bankRepository';

/** A bank with a usable blueprint and at least one question. */
export interface UsableBank {
  readonly loaded: LoadedBank;
  readonly info: BankInfo;
  readonly questions: readonly Question[];
}

export async function usableBanks(repository: BankRepository): Promise<UsableBank[]> {
  return (await repository.banks()).flatMap((loaded) =>
    loaded.bank.info && loaded.bank.questions.length > 0 ? [{ loaded, info: loaded.bank.info, questions: loaded.bank.questions }] : []);
}

/**
 * The usable bank with id `wanted`, or when no id is given the only usable bank, or the one `ask` picks among
 * several; undefined (after telling the user why) when there is none or the pick was cancelled.
 */
export async function chooseBank(
  repository: BankRepository,
  wanted: string | undefined,
  ask: (banks: readonly UsableBank[]) => Promise<UsableBank | undefined>,
): Promise<UsableBank | undefined> {
  const banks = await usableBanks(repository);
  if (wanted !== undefined) {
    const found = banks.find((b) => b.info.id === wanted);
    if (!found) void vscode.window.showErrorMessage(`Exam Kiosk: no usable question bank "${wanted}".`);
    return found;
  }
  if (banks.length === 0) {
    void vscode.window.showErrorMessage('Exam Kiosk: no usable question bank found. Run "Exam Kiosk: Validate Question Banks" for details.');
    return undefined;
  }
  return banks.length === 1 ? banks[0] : ask(banks);
}
