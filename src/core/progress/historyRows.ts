/**
 * The History view's rows: the exams the kiosk keeps (running or submitted) and mock-exam outcomes imported
 * from another machine, newest first, with the words each row shows.
 */
import type { ExamListEntry } from '../exam/examIndex';
import type { Ledger } from './examLedger';

export interface HistoryRow {
  readonly examId: string;
  readonly bankId: string;
  /** Exam code, e.g. `CLF-C02`. */
  readonly exam: string;
  /** "Full mock exam", "Practice", … */
  readonly kind: string;
  readonly status: 'in-progress' | 'submitted';
  /** Submission time, or the start of an exam still running. */
  readonly at: number;
  readonly scaled?: number;
  readonly passed?: boolean;
  readonly correct?: number;
  readonly total?: number;
  readonly percent?: number;
  /** There is an exam file: it opens in the kiosk and can be retaken. */
  readonly openable: boolean;
}

/** A short name for the kind of exam an entry is. */
export function kindName(entry: Pick<ExamListEntry, 'kind' | 'practice' | 'diagnostic'>): string {
  switch (entry.kind) {
    case 'full': return 'Full mock exam';
    case 'custom': return entry.diagnostic === true ? 'Diagnostic' : 'Custom exam';
    case 'practice': return 'Practice';
    case 'list': return entry.practice ? 'Practice retake' : 'Retake';
  }
}

/** `examCodeOf` names the exam of an imported outcome's bank (`CLF-C02`) when the bank is here. */
export function historyRows(entries: readonly ExamListEntry[], ledger: Ledger, examCodeOf: (bankId: string) => string | undefined = () => undefined): HistoryRow[] {
  const rows: HistoryRow[] = entries.map((e) => ({
    examId: e.id,
    bankId: e.bankId,
    exam: e.exam,
    kind: kindName(e),
    status: e.status,
    at: e.submittedAt ?? e.createdAt,
    openable: true,
    ...(e.result ? { scaled: e.result.scaledScore, passed: e.result.passed, correct: e.result.correct, total: e.result.total, percent: e.result.percent } : {}),
  }));
  const listed = new Set(entries.map((e) => e.id));
  for (const entry of ledger.entries.values()) {
    const o = entry.outcome;
    if (!entry.imported || o === undefined || listed.has(entry.examId)) continue;
    rows.push({
      examId: o.examId,
      bankId: o.bankId,
      exam: examCodeOf(o.bankId) ?? o.bankId.toUpperCase(),
      kind: 'Full mock exam (imported)',
      status: 'submitted',
      at: o.finishedAt,
      scaled: o.scaled,
      passed: o.passed,
      percent: o.percent,
      openable: false,
    });
  }
  // Running exams first, then newest first.
  return rows.sort((a, b) => (a.status === b.status ? b.at - a.at : a.status === 'in-progress' ? -1 : 1) || (a.examId < b.examId ? 1 : -1));
}

/** The row's label and description, e.g. `CLF-C02 Full mock exam · 742 Pass` and the date. */
export function historyText(row: HistoryRow, formatDate: (at: number) => string): { label: string; description: string } {
  if (row.status === 'in-progress') return { label: `${row.exam} ${row.kind}`, description: `in progress · started ${formatDate(row.at)}` };
  const verdict = row.passed === undefined ? '' : row.passed ? 'Pass' : 'Fail';
  const score = row.kind.startsWith('Full') || row.kind === 'Custom exam' || row.kind === 'Diagnostic'
    ? `${row.scaled ?? '?'} ${verdict}`
    : row.correct !== undefined ? `${row.correct}/${row.total} right` : `${row.percent ?? '?'}%`;
  return { label: `${row.exam} ${row.kind} · ${score.trim()}`, description: formatDate(row.at) };
}
