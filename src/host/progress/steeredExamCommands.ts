/**
 * Exams steered by progress, started through the kiosk's "Start Practice Exam" command with weights:
 * "Practise Weak Areas" (a practice exam over the weak part of the blueprint, leaning towards due reviews and
 * weak tasks) and "Start Full Mock Exam" (the blueprint as it is, drawing last week's questions less often;
 * the exam service adds the questions met in earlier mocks, drawn last, to every full mock).
 * The rules are in `core/progress/weakAreas.ts`.
 */
import * as vscode from 'vscode';
import type { BankInfo } from '../../core/bank/model';
import { mockExamWeights, weakAreaPlan, type WeakAreaPlan } from '../../core/progress/weakAreas';
import type { BankRepository } from '../banks/bankRepository';
import type { UsableBank } from '../banks/usableBanks';
import { lastCertification } from '../banks/lastCertification';
import { CommandId } from '../commands/commandIds';
import type { StartExamArgs } from '../kiosk/startExamCommand';
import { walkthroughStepDone } from '../walkthroughSteps';
import { pickCertification, pickCertificationThen, showHandOffInput } from './pickCertification';
import type { ProgressService } from './progressService';

/** Asks for the certification and the number of questions, then starts a practice exam over the weak areas. */
export async function practiseWeakAreasCommand(repository: BankRepository, progress: ProgressService, memento: vscode.Memento, bankId?: string): Promise<void> {
  const state = await progress.state();
  let chosen: { readonly bank: UsableBank; readonly plan: WeakAreaPlan } | undefined;
  // The count box follows the pick without closing it (see pickCertificationThen), so focus never falls back
  // to a walkthrough or view in between and the typed count reaches the box.
  const count = await pickCertificationThen(repository, state, bankId, { title: 'Practise Weak Areas', preferred: lastCertification(memento) }, (bank, shown) => {
    const plan = weakAreaPlan(bank.info, bank.questions, state.banks.get(bank.info.id), Date.now());
    chosen = { bank, plan };
    if (plan.available === 0) {
      shown();
      void vscode.window.showInformationMessage(`Exam Kiosk: ${bank.info.exam} has no questions to practise.`);
      return Promise.resolve(undefined);
    }
    return askCount(bank.info, plan, shown);
  });
  if (count === undefined || !chosen) return;
  const { bank, plan } = chosen;
  const args: StartExamArgs = {
    bankId: bank.info.id,
    kind: 'practice',
    count,
    minutes: null,
    domains: plan.domains,
    tasks: plan.tasks,
    weights: plan.weights,
  };
  await vscode.commands.executeCommand(CommandId.StartExam, args);
}

/** How many questions: a whole number up to what the weak areas hold; undefined when cancelled. */
function askCount(info: BankInfo, plan: WeakAreaPlan, shown: () => void): Promise<number | undefined> {
  const box = vscode.window.createInputBox();
  box.title = `Practise Weak Areas: ${info.exam}`;
  box.prompt = `${describePlan(plan, info)}. How many questions? ${plan.available} available.`;
  box.value = String(Math.min(10, plan.available));
  box.valueSelection = [0, box.value.length];
  const problem = (value: string): string | undefined => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < 1) return 'A whole number, at least 1.';
    if (n > plan.available) return `Only ${plan.available} questions are in your weak areas.`;
    return undefined;
  };
  box.onDidChangeValue((value) => { box.validationMessage = problem(value); });
  return showHandOffInput(box, shown, (value) => {
    box.validationMessage = problem(value);
    return box.validationMessage === undefined ? { answer: Number(value) } : undefined;
  });
}

/** Starts a full mock exam of the certification, drawing last week's questions less often. */
export async function startMockExamCommand(repository: BankRepository, progress: ProgressService, memento: vscode.Memento, bankId?: string): Promise<void> {
  const state = await progress.state();
  const bank = await pickCertification(repository, state, bankId, { title: 'Start Full Mock Exam', preferred: lastCertification(memento) });
  if (!bank) return;
  const args: StartExamArgs = {
    bankId: bank.info.id,
    kind: 'full',
    weights: mockExamWeights(bank.questions, state.banks.get(bank.info.id), Date.now()),
  };
  if (await vscode.commands.executeCommand<string | undefined>(CommandId.StartExam, args)) walkthroughStepDone('mockStarted');
}

/** "Domains 2, 3 and tasks 1.3, 4.1 · 5 reviews due", or "the whole blueprint (nothing weak or due yet)". */
export function describePlan(plan: WeakAreaPlan, info: BankInfo): string {
  if (plan.wholeBlueprint) return `No weak areas or reviews due yet, so the whole ${info.exam} blueprint`;
  const parts: string[] = [];
  if (plan.domains.length > 0) parts.push(`domain${plan.domains.length === 1 ? '' : 's'} ${plan.domains.join(', ')}`);
  if (plan.tasks.length > 0) parts.push(`task${plan.tasks.length === 1 ? '' : 's'} ${plan.tasks.join(', ')}`);
  const due = plan.due > 0 ? ` · ${plan.due} review${plan.due === 1 ? '' : 's'} due` : '';
  return `Weak areas: ${parts.join(' and ')}${due}`;
}
