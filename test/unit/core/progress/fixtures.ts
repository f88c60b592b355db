// Shared builders for the progress tests: a small blueprint, questions and answer records.
import type { BankInfo, Classification, Question } from '../../../../src/core/bank/model';
import type { AnswerMode, AnswerRecord } from '../../../../src/core/progress/records';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** 2025-03-03, a Monday, 00:00 UTC. */
export const T0 = Date.UTC(2025, 2, 3);

/** A CLF-C02-like blueprint: four domains with the real weights, fewer tasks. */
export const INFO: BankInfo = {
  id: 'clf-c02',
  exam: 'CLF-C02',
  title: 'Cloud Practitioner',
  minutes: 90,
  questionCount: 65,
  scoredCount: 50,
  passingScore: 700,
  domains: [
    { id: '1', title: 'Cloud Concepts', weight: 24, tasks: [{ id: '1.1', title: 'Benefits' }, { id: '1.2', title: 'Design' }] },
    { id: '2', title: 'Security and Compliance', weight: 30, tasks: [{ id: '2.1', title: 'Shared responsibility' }, { id: '2.2', title: 'Governance' }, { id: '2.3', title: 'Access' }] },
    { id: '3', title: 'Cloud Technology and Services', weight: 34, tasks: [{ id: '3.1', title: 'Deploying' }, { id: '3.2', title: 'Infrastructure' }] },
    { id: '4', title: 'Billing, Pricing, and Support', weight: 12, tasks: [{ id: '4.1', title: 'Pricing' }] },
  ],
  description: '',
  file: '/banks/clf-c02/bank.md',
};

export function question(id: string, task: string, options: { hash?: string; classification?: Classification } = {}): Question {
  return {
    id,
    bankId: INFO.id,
    domain: task.split('.')[0],
    task,
    tags: [],
    references: [],
    updated: '2025-01-01',
    stem: `Question ${id}`,
    options: [],
    explanation: '',
    selectCount: 1,
    file: `/banks/clf-c02/questions/${id}.md`,
    stemPosition: { line: 1, column: 1 },
    contentHash: options.hash ?? `h-${id}`,
    classification: options.classification ?? 'authored',
  };
}

/** `perTask` questions for every task of INFO, ids `q<task>-<n>`. */
export function bankQuestions(perTask: number): Question[] {
  return INFO.domains.flatMap((d) => d.tasks.flatMap((t) => Array.from({ length: perTask }, (_, n) => question(`q${t.id}-${n}`, t.id))));
}

let counter = 0;

export function answer(
  q: Question,
  correct: boolean,
  answeredAt: number,
  extra: { mode?: AnswerMode; id?: string; hash?: string; guessed?: boolean } = {},
): AnswerRecord {
  return {
    id: extra.id ?? `r${++counter}`,
    questionId: q.id,
    bankId: q.bankId,
    domain: q.domain,
    task: q.task,
    correct,
    timeMs: 30_000,
    answeredAt,
    mode: extra.mode ?? 'practice',
    contentHash: extra.hash ?? q.contentHash,
    guessed: extra.guessed ?? q.classification === 'guess',
  };
}

/**
 * `right` right and `wrong` wrong answers to distinct questions of `task`, a day apart, ending at `end`, the
 * wrong ones spread evenly so that recency does not favour either.
 */
export function taskHistory(task: string, right: number, wrong: number, end: number): AnswerRecord[] {
  const total = right + wrong;
  return Array.from({ length: total }, (_, i) => {
    const isRight = Math.floor(((i + 1) * right) / total) > Math.floor((i * right) / total);
    return answer(question(`h${task}-${i}`, task), isRight, end - (total - 1 - i) * DAY);
  });
}
