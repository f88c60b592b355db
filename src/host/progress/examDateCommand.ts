/**
 * "Set Exam Date…": the certification (the row it was run on, or a pick), then the day in an input box that
 * reads it back as you type ("Fri 15 Jan 2027 · in 42 days"); an empty box removes the date. The date is
 * saved with progress and synced; the Certifications view and the status bar then plan towards it.
 */
import * as vscode from 'vscode';
import { examDateOf, isoDate, isoDay, localDay } from '../../core/progress/examDates';
import { examDateSummary, parseExamDate } from '../../core/progress/examDateInput';
import { planText } from '../../core/progress/planText';
import type { BankRepository } from '../banks/bankRepository';
import { lastCertification, rememberCertification } from '../banks/lastCertification';
import type { UsableBank } from '../banks/usableBanks';
import { walkthroughStepDone } from '../walkthroughSteps';
import { pickCertificationThen, showHandOffInput } from './pickCertification';
import type { ProgressService } from './progressService';
import { planContext, planFor } from './studyPlans';

/** What the learner typed: a day, or null to remove the date. */
type Answer = { readonly date: string | null };

export async function setExamDateCommand(repository: BankRepository, progress: ProgressService, memento: vscode.Memento, bankId?: string): Promise<void> {
  const state = await progress.state();
  const dates = await progress.examDates();
  const today = isoDate(localDay(Date.now(), -new Date().getTimezoneOffset()));
  let chosen: UsableBank | undefined;
  const answer = await pickCertificationThen(repository, state, bankId, { title: 'Set Exam Date', preferred: lastCertification(memento) }, (bank, shown) => {
    chosen = bank;
    return askDate(bank, examDateOf(dates, bank.info.id), today, shown);
  });
  if (!answer || !chosen) return;
  const bank = chosen;
  void rememberCertification(memento, bank.info.id);
  const failed = await progress.setExamDate(bank.info.id, answer.date);
  if (failed !== undefined) {
    void vscode.window.showErrorMessage(`Exam Kiosk: the exam date could not be saved. ${failed}`);
    return;
  }
  if (answer.date === null) {
    void vscode.window.showInformationMessage(`Exam Kiosk: the ${bank.info.exam} exam date was removed.`);
    return;
  }
  walkthroughStepDone('examDateSet');
  const plan = planFor(bank.info, bank.questions, await planContext(progress));
  void vscode.window.showInformationMessage(`Exam Kiosk: ${bank.info.exam} exam on ${examDateSummary(answer.date, today)}. ${planText(plan)}.`);
}

/** The input box; resolves with the answer, or undefined when the learner cancelled or left it unchanged. */
function askDate(bank: UsableBank, current: string | undefined, today: string, shown: () => void): Promise<Answer | undefined> {
  const suggested = current ?? isoDate((isoDay(today) ?? 0) + 56);
  const box = vscode.window.createInputBox();
  box.title = `Set Exam Date: ${bank.info.exam}`;
  box.prompt = current === undefined
    ? 'The day of your exam: 2027-01-15, 15 Jan, or in 6 weeks.'
    : `Now ${examDateSummary(current, today)}. Type another day, or clear the box to remove the date.`;
  box.value = suggested;
  box.valueSelection = [0, suggested.length];
  box.ignoreFocusOut = true;
  const validate = (value: string): void => {
    if (value.trim() === '') {
      box.validationMessage = { message: current === undefined ? 'Type the day of your exam.' : 'Press Enter to remove the exam date.', severity: vscode.InputBoxValidationSeverity.Info };
      return;
    }
    const parsed = parseExamDate(value, today);
    box.validationMessage = 'error' in parsed
      ? { message: parsed.error, severity: vscode.InputBoxValidationSeverity.Error }
      : { message: examDateSummary(parsed.date, today), severity: vscode.InputBoxValidationSeverity.Info };
  };
  validate(suggested);
  box.onDidChangeValue(validate);
  return showHandOffInput<Answer>(box, shown, (typed) => {
    const value = typed.trim();
    if (value === '') return current === undefined ? undefined : { answer: { date: null } };
    const parsed = parseExamDate(value, today);
    if (!('date' in parsed)) return undefined;
    return { answer: parsed.date === current ? undefined : { date: parsed.date } };
  });
}
