/**
 * "Exam Kiosk: Start Practice Exam…": asks for the certification and the kind of exam (full mock, custom,
 * practice), then opens the kiosk. With an argument (from the sidebar, history, or tests) it skips the
 * questions it answers.
 */
import * as vscode from 'vscode';
import type { BankInfo } from '../../core/bank/model';
import type { ExamConfig } from '../../core/exam/examConfig';
import type { BankRepository, LoadedBank } from '../banks/bankRepository';
import { chooseBank } from '../banks/usableBanks';
import type { ExamService } from '../exam/examService';
import { askBlueprintFilter, askCount, askMinutes } from './examPrompts';
import { examLabel, hoursMinutes } from '../../core/exam/examLabels';
import { rememberCertification } from '../banks/lastCertification';

/** What a caller may fix in advance; everything left out is asked. */
export interface StartExamArgs {
  readonly bankId?: string;
  readonly kind?: 'full' | 'custom' | 'practice';
  readonly count?: number;
  /** Minutes on the clock; `null` for untimed. */
  readonly minutes?: number | null;
  readonly domains?: readonly string[];
  readonly tasks?: readonly string[];
  readonly seed?: number;
  /** Explicit questions (retakes); `kind` is then ignored. */
  readonly questionIds?: readonly string[];
  readonly practice?: boolean;
  /**
   * Relative chances of questions being drawn, by question id (missing ids weigh 1): progress uses them to
   * lean an exam towards weak areas and due reviews. Plain data, so it survives `executeCommand`.
   */
  readonly weights?: Readonly<Record<string, number>>;
  /** A custom exam that is the walkthrough's diagnostic (named so in its tab and in History). */
  readonly diagnostic?: boolean;
}

export type OpenExam = (examId: string) => Promise<void>;

const RETURN_TO_EXAM = 'Return to Exam';
const START_ANYWAY = 'Start Anyway';

export async function startExamCommand(repository: BankRepository, service: ExamService, openExam: OpenExam, args: StartExamArgs = {}, memento?: vscode.Memento): Promise<string | undefined> {
  const active = await service.active();
  if (active) {
    const state = await service.peek(active);
    const left = state?.deadline ? ` with ${hoursMinutes(state.deadline - Date.now())} left on its clock` : '';
    const choice = await vscode.window.showWarningMessage(
      `Your ${state ? examLabel(state) : 'exam'} is still in progress${left}.`,
      { modal: true, detail: 'Its clock keeps running until you end it. Return to it, or start another exam beside it?' },
      RETURN_TO_EXAM, START_ANYWAY);
    if (choice === RETURN_TO_EXAM) {
      await openExam(active);
      return active;
    }
    if (choice !== START_ANYWAY) return undefined;
  }
  const loaded = await pickBank(repository, args.bankId);
  if (!loaded?.bank.info) return undefined;
  if (memento) void rememberCertification(memento, loaded.index.bankId);
  const config = args.questionIds ? listConfig(args) : await askConfig(loaded.bank.info, loaded, args);
  if (!config) return undefined;
  const weights = args.weights ? new Map(Object.entries(args.weights)) : undefined;
  const result = await service.start({ bankId: loaded.index.bankId, config, seed: args.seed, weights });
  if ('error' in result) {
    void vscode.window.showErrorMessage(`Exam Kiosk: ${result.error}`);
    return undefined;
  }
  for (const issue of result.issues) void vscode.window.showInformationMessage(`Exam Kiosk: ${issue.message}`);
  await openExam(result.session.id);
  return result.session.id;
}

async function pickBank(repository: BankRepository, bankId: string | undefined): Promise<LoadedBank | undefined> {
  const chosen = await chooseBank(repository, bankId, async (banks) => {
    const picked = await vscode.window.showQuickPick(banks.map((b) => ({
      label: b.info.title,
      description: b.info.exam,
      detail: `${b.questions.length} questions · ${b.loaded.origin} bank`,
      bank: b,
    })), { title: 'Start Practice Exam: certification', placeHolder: 'Which certification?' });
    return picked?.bank;
  });
  return chosen?.loaded;
}

async function askConfig(info: BankInfo, loaded: LoadedBank, args: StartExamArgs): Promise<ExamConfig | undefined> {
  const kind = args.kind ?? await pickKind(info);
  if (!kind) return undefined;
  if (kind === 'full') return { kind: 'full' };
  const title = kind === 'custom' ? 'Custom exam' : 'Practice mode';
  const filter = args.domains || args.tasks ? { domains: args.domains ?? [], tasks: args.tasks ?? [] } : await askBlueprintFilter(info, title);
  if (!filter) return undefined;
  const available = loaded.bank.questions.filter((q) => filter.domains.includes(q.domain) || filter.tasks.includes(q.task)).length;
  const count = args.count ?? await askCount(title, available, kind === 'custom' ? Math.min(20, available) : Math.min(10, available));
  if (count === undefined) return undefined;
  const minutes = args.minutes !== undefined ? args.minutes : await askMinutes(title, info, count, kind === 'practice');
  if (minutes === undefined) return undefined;
  return kind === 'custom'
    ? { kind: 'custom', count, minutes, domains: filter.domains, tasks: filter.tasks, ...(args.diagnostic === true ? { purpose: 'diagnostic' as const } : {}) }
    : { kind: 'practice', count, minutes, domains: filter.domains, tasks: filter.tasks, revealWhen: 'manual' };
}

async function pickKind(info: BankInfo): Promise<'full' | 'custom' | 'practice' | undefined> {
  const picked = await vscode.window.showQuickPick([
    { label: '$(watch) Full mock exam', description: `${info.questionCount} questions · ${info.minutes} minutes`, detail: 'Drawn to match the official blueprint weights, timed like the real exam, scored at the end.', examKind: 'full' as const },
    { label: '$(settings) Custom exam', description: 'your count, time and domains', detail: 'Choose how many questions, the minutes (or untimed), and which domains or task statements.', examKind: 'custom' as const },
    { label: '$(mortar-board) Practice mode', description: 'answers shown as you go', detail: 'The answer and explanation appear right after each answer. Untimed or timed.', examKind: 'practice' as const },
  ], { title: `Start Practice Exam: ${info.exam}`, placeHolder: 'What kind of exam?' });
  return picked?.examKind;
}

function listConfig(args: StartExamArgs): ExamConfig {
  const practice = args.practice ?? false;
  return { kind: 'list', questionIds: args.questionIds ?? [], order: 'shuffle', minutes: args.minutes ?? null, practice, ...(practice ? { revealWhen: 'manual' as const } : {}) };
}
