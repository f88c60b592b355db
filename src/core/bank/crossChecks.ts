/** Rules that need a bank's questions together: ids are unique within a bank. */
import type { BankIssue, Question } from './model';

/**
 * Keeps the first question (in file order) of each id and reports the others at their `id` line, naming the
 * file that already has it: progress is keyed by id, so two questions can't share one.
 */
export function checkAcrossQuestions(questions: readonly Question[]): { questions: Question[]; issues: BankIssue[] } {
  const byId = new Map<string, Question>();
  const kept: Question[] = [];
  const issues: BankIssue[] = [];
  for (const question of [...questions].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = byId.get(question.id);
    if (first) {
      issues.push({
        file: question.file,
        line: 2,
        column: 1,
        severity: 'error',
        code: 'id-duplicate',
        message: `The id "${question.id}" is already used by ${first.file}; every question needs its own id.`,
      });
      continue;
    }
    byId.set(question.id, question);
    kept.push(question);
  }
  return { questions: kept, issues };
}
