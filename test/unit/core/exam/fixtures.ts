// Question banks built in code for the exam engine's tests.
import type { BankInfo, Domain, Question } from '../../../../src/core/bank/model';
import { createExam } from '../../../../src/core/exam/createExam';
import type { ExamConfig } from '../../../../src/core/exam/examConfig';
import type { ExamState } from '../../../../src/core/exam/examState';

/** A blueprint shaped like CLF-C02: four domains weighted 24 / 30 / 34 / 12 with a few tasks each. */
export function blueprint(overrides: Partial<BankInfo> = {}): BankInfo {
  const domain = (id: string, weight: number, taskCount: number): Domain => ({
    id,
    title: `Domain ${id}`,
    weight,
    tasks: Array.from({ length: taskCount }, (_, i) => ({ id: `${id}.${i + 1}`, title: `Task ${id}.${i + 1}` })),
  });
  return {
    id: 'test-bank',
    exam: 'TST-C01',
    title: 'Test Certification',
    minutes: 90,
    questionCount: 65,
    scoredCount: 50,
    passingScore: 700,
    domains: [domain('1', 24, 4), domain('2', 30, 4), domain('3', 34, 8), domain('4', 12, 3)],
    description: '',
    file: '/banks/test-bank/bank.md',
    ...overrides,
  };
}

export interface QuestionSpec {
  readonly id: string;
  readonly domain?: string;
  readonly task?: string;
  /** Number of options; default 4, or 5 for multiple response. */
  readonly options?: number;
  /** Original indices of the correct options; default `[0]`. */
  readonly correct?: readonly number[];
  readonly hash?: string;
}

/** A question whose options read `<id> option <n>`, so tests can tell which option is shown where. */
export function question(spec: QuestionSpec): Question {
  const correct = spec.correct ?? [0];
  const optionCount = spec.options ?? (correct.length > 1 ? 5 : 4);
  const domain = spec.domain ?? '1';
  return {
    id: spec.id,
    bankId: 'test-bank',
    domain,
    task: spec.task ?? `${domain}.1`,
    tags: [],
    references: [`https://docs.aws.amazon.com/${spec.id}`],
    updated: '2026-01-01',
    stem: `Stem of ${spec.id}`,
    options: Array.from({ length: optionCount }, (_, i) => ({
      markdown: `${spec.id} option ${i}`,
      correct: correct.includes(i),
      position: { line: 10 + i, column: 1 },
    })),
    explanation: `Explanation of ${spec.id}`,
    selectCount: correct.length,
    file: `/banks/test-bank/questions/${spec.id}.md`,
    stemPosition: { line: 8, column: 1 },
    contentHash: spec.hash ?? `hash-${spec.id}`,
    classification: 'authored',
  };
}

/** `perTask` questions for every task of `info`, ids `q-<task>-<n>`. */
export function fullBank(info: BankInfo, perTask: number): Question[] {
  return info.domains.flatMap((d) =>
    d.tasks.flatMap((t) => Array.from({ length: perTask }, (_, n) => question({ id: `q-${t.id}-${n}`, domain: d.id, task: t.id }))),
  );
}

/** Counts of `items` by `key`. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Start time used by the exam tests. */
export const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);

/** An exam over `questions` in the given order (a kept list), `minutes` long (null: untimed), started at T0. */
export function listExam(questions: readonly Question[], minutes: number | null = 30, extra: Partial<ExamConfig> = {}): ExamState {
  const config = { kind: 'list', questionIds: questions.map((q) => q.id), order: 'keep', minutes, ...extra } as ExamConfig;
  const { state, issues } = createExam({ info: blueprint(), questions, config, seed: 1234, now: T0 });
  if (!state) throw new Error(`test exam not created: ${JSON.stringify(issues)}`);
  return state;
}
