/**
 * What an exam is made of: which questions, how long, and whether answers are revealed as you go. A config is
 * plain data stored with the exam, so a past exam says how it was set up.
 */
import type { Question } from '../bank/model';

/** A full exam: the bank's official question count and minutes, drawn to match the blueprint weights. */
export interface FullExamConfig {
  readonly kind: 'full';
}

/** Which part of the blueprint to draw from. Both lists empty or absent means the whole blueprint. */
export interface BlueprintFilter {
  /** Domain ids (`"2"`): every task of these domains is eligible. */
  readonly domains?: readonly string[];
  /** Task ids (`"3.4"`): these tasks are eligible in addition to the domains above. */
  readonly tasks?: readonly string[];
}

/** A shorter or longer exam over part of the blueprint, timed or untimed. */
export interface CustomExamConfig extends BlueprintFilter {
  readonly kind: 'custom';
  readonly count: number;
  /** Minutes on the clock, or `null` for an untimed exam. */
  readonly minutes: number | null;
  /** `diagnostic`: the short first exam across the blueprint that the walkthrough suggests (named so everywhere). */
  readonly purpose?: 'diagnostic';
}

/**
 * When a practice question shows its answer: `complete` as soon as the candidate has chosen as many options as
 * the question asks for, `manual` only on an explicit reveal action (a "Check answer" button).
 */
export type RevealWhen = 'complete' | 'manual';

/** Practice: the answer and explanation of each question are revealed right after it is answered. */
export interface PracticeConfig extends BlueprintFilter {
  readonly kind: 'practice';
  readonly count: number;
  readonly minutes: number | null;
  /** Default `complete`. */
  readonly revealWhen?: RevealWhen;
}

/** An explicit list of questions, e.g. "retake the ones I got wrong" or "the ones I flagged". */
export interface QuestionListConfig {
  readonly kind: 'list';
  readonly questionIds: readonly string[];
  /** `keep` the list's order or `shuffle` it with the exam's seed. */
  readonly order: 'keep' | 'shuffle';
  readonly minutes: number | null;
  /** Reveal answers as in {@link PracticeConfig}. Default false: an exam. */
  readonly practice?: boolean;
  readonly revealWhen?: RevealWhen;
}

export type ExamConfig = FullExamConfig | CustomExamConfig | PracticeConfig | QuestionListConfig;
export type ExamKind = ExamConfig['kind'];

/**
 * How much more likely a question is to be drawn than an average one (1 = neutral, 0 = only when nothing else
 * is left). Lets weak-area tracking steer sampling towards weak tasks and due questions. Either a map by
 * question id (missing ids weigh 1) or a function. Weights are not stored with the exam: the drawn question ids
 * are, so a stored exam never needs them again.
 */
export type QuestionWeights = ReadonlyMap<string, number> | ((question: Question) => number);

/**
 * When the learner last met each question in an earlier full mock exam (question id → epoch ms). A mock draws
 * every question not in it before any that is, and those least recently met first, so successive mocks repeat
 * no more questions than the bank's size per task statement forces. Like weights, it is not stored with the exam.
 */
export type MetBefore = ReadonlyMap<string, number>;

/** Whether answers are revealed question by question. */
export function isPractice(config: ExamConfig): boolean {
  return config.kind === 'practice' || (config.kind === 'list' && config.practice === true);
}

/** The reveal policy of a practice exam; `undefined` for an exam without reveals. */
export function revealPolicy(config: ExamConfig): RevealWhen | undefined {
  if (!isPractice(config)) return undefined;
  return (config.kind === 'practice' || config.kind === 'list') && config.revealWhen === 'manual' ? 'manual' : 'complete';
}

/** The weight of `question`, sanitised: anything that is not a finite number ≥ 0 counts as 0. */
export function weightOf(weights: QuestionWeights | undefined, question: Question): number {
  if (weights === undefined) return 1;
  const raw = typeof weights === 'function' ? weights(question) : weights.get(question.id) ?? 1;
  return Number.isFinite(raw) && raw > 0 ? raw : 0;
}
