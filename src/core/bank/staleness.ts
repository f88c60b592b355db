/**
 * Questions whose facts were last checked long ago, oldest first. Built from the validator's `question-stale`
 * warnings, so the list and the Problems panel always agree on what is stale.
 */
import type { Bank, Question } from './model';

export interface StaleQuestion {
  readonly question: Question;
  /** 1-based line of `updated:` in the question file. */
  readonly line: number;
  /** Whole days from `updated` to now. */
  readonly ageDays: number;
}

/** The bank's stale questions, oldest first (ties by id). */
export function staleQuestions(bank: Bank, now: Date): StaleQuestion[] {
  const byFile = new Map(bank.questions.map((question) => [question.file, question]));
  const out: StaleQuestion[] = [];
  for (const issue of bank.issues) {
    if (issue.code !== 'question-stale') continue;
    const question = byFile.get(issue.file);
    if (!question) continue;
    out.push({ question, line: issue.line, ageDays: daysBetween(question.updated, now) });
  }
  return out.sort((a, b) => b.ageDays - a.ageDays || a.question.id.localeCompare(b.question.id));
}

/** Days from the ISO date `updated` (midnight UTC) to `now`, never negative. */
export function daysBetween(updated: string, now: Date): number {
  const then = Date.parse(`${updated}T00:00:00Z`);
  if (Number.isNaN(then)) return 0;
  return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}

/** An age in words: "3 years 2 months", "14 months" reads worse than "1 year 2 months"; under a month, days. */
export function ageText(days: number): string {
  // An average month; the extra day makes 365 days a year rather than 11 months.
  const months = Math.floor((days + 1) / 30.4375);
  if (months < 1) return `${days} day${days === 1 ? '' : 's'}`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [];
  if (years > 0) parts.push(`${years} year${years === 1 ? '' : 's'}`);
  if (rest > 0) parts.push(`${rest} month${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}
