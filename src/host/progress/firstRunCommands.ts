/**
 * The walkthrough's first steps: choosing the certification to prepare for (the one every picker then offers
 * first and the Practice view shows), and a short diagnostic: an untimed exam of about twenty questions
 * spread over the blueprint's domains and task statements, scored at the end like a mock, whose answers
 * seed the weak-area numbers.
 */
import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import { lastCertification, rememberCertification } from '../banks/lastCertification';
import { CommandId } from '../commands/commandIds';
import type { StartExamArgs } from '../kiosk/startExamCommand';
import { walkthroughStepDone } from '../walkthroughSteps';
import { pickCertification } from './pickCertification';
import type { PracticeView } from './practiceView';
import type { ProgressService } from './progressService';

/** Questions in the diagnostic: enough to touch most task statements, short enough for a first sitting. */
export const DIAGNOSTIC_QUESTIONS = 20;
/** Questions already answered are drawn this much less often, so a diagnostic measures what is not yet known. */
const ANSWERED_WEIGHT = 0.25;

export async function chooseCertificationCommand(
  repository: BankRepository, progress: ProgressService, memento: vscode.Memento, practice: PracticeView, bankId?: string,
): Promise<void> {
  const state = await progress.state();
  const bank = await pickCertification(repository, state, bankId, { title: 'Choose Your Certification', preferred: lastCertification(memento) });
  if (!bank) return;
  await rememberCertification(memento, bank.info.id);
  walkthroughStepDone('certificationChosen');
  await practice.certificationChosen();
  void vscode.window.showInformationMessage(
    `Exam Kiosk: preparing for ${bank.info.exam} (${bank.info.title}). Quick Quiz, the diagnostic, exam dates and the Practice view start with it.`);
}

export async function startDiagnosticCommand(repository: BankRepository, progress: ProgressService, memento: vscode.Memento, bankId?: string): Promise<void> {
  const state = await progress.state();
  const bank = await pickCertification(repository, state, bankId, { title: 'Start Diagnostic', preferred: lastCertification(memento) });
  if (!bank) return;
  const answered = state.banks.get(bank.info.id)?.questions;
  const weights: Record<string, number> = {};
  for (const q of bank.questions) if (answered?.has(q.id)) weights[q.id] = ANSWERED_WEIGHT;
  const args: StartExamArgs = {
    bankId: bank.info.id,
    kind: 'custom',
    count: Math.min(DIAGNOSTIC_QUESTIONS, bank.questions.length),
    minutes: null,
    domains: bank.info.domains.map((d) => d.id),
    weights,
    diagnostic: true,
  };
  if (await vscode.commands.executeCommand<string | undefined>(CommandId.StartExam, args)) walkthroughStepDone('diagnosticStarted');
}
