/**
 * Starting an exam: draw the questions, shuffle their options, start the clock. Pure: the seed and the time
 * come in as arguments, so the same seed and bank give the same exam.
 */
import type { BankInfo, Question } from '../bank/model';
import { seededRandom } from '../random';
import type { ExamConfig, MetBefore, QuestionWeights, RevealWhen } from './examConfig';
import { EXAM_SCHEMA, type ExamBankRef, type ExamIssue, type ExamItem, type ExamState } from './examState';
import { answerKeyOf, optionOrder } from './optionOrder';
import { selectQuestions } from './sampling';

export interface CreateExamInput {
  readonly info: BankInfo;
  /** The bank's valid questions. */
  readonly questions: readonly Question[];
  readonly config: ExamConfig;
  /** Seed of every random choice; store-worthy, e.g. from `newSeed()`. */
  readonly seed: number;
  /** Epoch ms: creation time and start of the clock. */
  readonly now: number;
  /** Defaults to {@link examId}`(now, seed)`. Must be a safe file name (letters, digits, `-`, `_`). */
  readonly id?: string;
  readonly weights?: QuestionWeights;
  /** For a full mock exam: when the learner met each question in an earlier one (see `mockHistory.ts`). */
  readonly metBefore?: MetBefore;
}

export interface CreateExamResult {
  /** `undefined` when no exam could be made (no questions, invalid count or minutes); `issues` say why. */
  readonly state: ExamState | undefined;
  /** Questions asked for; `state.items.length` is lower when the bank had too few (an issue says so). */
  readonly requested: number;
  readonly issues: readonly ExamIssue[];
}

/**
 * Creates an exam that starts at `now`. The host shows any instructions before calling this, because the
 * clock runs from here on, also while VS Code is closed, as in a real exam.
 */
export function createExam(input: CreateExamInput): CreateExamResult {
  const { info, config, now } = input;
  const seed = input.seed >>> 0;
  const id = input.id ?? examId(now, seed);
  const minutes = config.kind === 'full' ? info.minutes : config.minutes;
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) {
    return { state: undefined, requested: 0, issues: [{ severity: 'error', code: 'id-invalid', message: `Not a usable exam id: ${id}` }] };
  }
  if (minutes !== null && !(Number.isFinite(minutes) && minutes > 0)) {
    return { state: undefined, requested: 0, issues: [{ severity: 'error', code: 'minutes-invalid', message: `Cannot time an exam at ${minutes} minutes.` }] };
  }
  const selection = selectQuestions(info, input.questions, config, seededRandom(seed), input.weights, input.metBefore);
  if (selection.questions.length === 0) return { state: undefined, requested: selection.requested, issues: selection.issues };
  const state = startedState({
    id,
    info,
    config,
    seed,
    now,
    deadline: minutes === null ? null : now + Math.round(minutes * 60_000),
    items: selection.questions.map((question) => newItem(question, seed)),
  });
  return { state, requested: selection.requested, issues: selection.issues };
}

/** What an exam keeps of its bank: the blueprint's names, not its questions. */
export type BankSummary = Pick<BankInfo, 'id' | 'exam' | 'title' | 'passingScore' | 'domains'>;

function bankRefOf(info: BankSummary): ExamBankRef {
  return { id: info.id, exam: info.exam, title: info.title, passingScore: info.passingScore, domains: info.domains.map((d) => ({ id: d.id, title: d.title })) };
}

/**
 * An untimed practice exam of one question held in memory, never saved: the preview, the quick quiz and the
 * sidebar's practice view all answer through the kiosk's engine this way.
 */
export function oneQuestionState(id: string, info: BankSummary, item: ExamItem, seed: number, now: number, revealWhen: RevealWhen): ExamState {
  const config: ExamConfig = { kind: 'list', questionIds: [item.questionId], order: 'keep', minutes: null, practice: true, revealWhen };
  return startedState({ id, info, config, seed, now, deadline: null, items: [item] });
}

/** An exam in progress on its first question, its clock started at `now`. */
function startedState(start: {
  readonly id: string;
  readonly info: BankSummary;
  readonly config: ExamConfig;
  readonly seed: number;
  readonly now: number;
  readonly deadline: number | null;
  readonly items: readonly ExamItem[];
}): ExamState {
  const { now } = start;
  return {
    schema: EXAM_SCHEMA,
    id: start.id,
    bank: bankRefOf(start.info),
    config: start.config,
    seed: start.seed,
    createdAt: now,
    startedAt: now,
    updatedAt: now,
    deadline: start.deadline,
    items: start.items,
    current: 0,
    viewingSince: now,
    status: 'in-progress',
    submittedAt: null,
    submitReason: null,
    result: null,
  };
}

/** A fresh item for `question`, its options shuffled for the exam with `seed`. */
export function newItem(question: Question, seed: number): ExamItem {
  return {
    questionId: question.id,
    contentHash: question.contentHash,
    domain: question.domain,
    task: question.task,
    optionOrder: optionOrder(seed, question.id, question.options.length),
    answerKey: answerKeyOf(question.options),
    // The parser guarantees ≥ 1; clamping keeps a bad question from making an exam file that cannot be read back.
    selectCount: Math.max(1, Math.floor(question.selectCount) || 1),
    selected: [],
    flagged: false,
    comment: '',
    struck: [],
    revealed: false,
    timeSpentMs: 0,
    availability: 'ok',
  };
}

/** A readable, sortable, file-name-safe id: `exam-20260501-142530-1a2b3c4d` (UTC time and seed). */
export function examId(now: number, seed: number): string {
  const date = new Date(Number.isFinite(now) ? now : 0).toISOString();
  const stamp = date.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `exam-${stamp}-${(seed >>> 0).toString(16).padStart(8, '0')}`;
}
