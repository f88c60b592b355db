/**
 * Finished exams as the exam engine reports them. The engine keeps exam history; progress only reads it
 * for the score-trend chart and carries it in exports.
 */

/** One domain's result in a finished exam. */
export interface DomainResult {
  readonly correct: number;
  readonly total: number;
}

export interface ExamOutcome {
  readonly examId: string;
  readonly bankId: string;
  /** Epoch ms. */
  readonly finishedAt: number;
  /** Scaled score, 100–1000. */
  readonly scaled: number;
  readonly passed: boolean;
  /** Percent of scored questions right, 0–100. */
  readonly percent: number;
  /** By domain id. */
  readonly perDomain: Readonly<Record<string, DomainResult>>;
}

/** Checks a parsed value (from an import) and returns the outcome or why it is not one. */
export function decodeExamOutcome(value: unknown): ExamOutcome | { readonly error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not an object' };
  const v = value as Record<string, unknown>;
  if (typeof v.examId !== 'string' || v.examId === '') return { error: '"examId" must be a non-empty string' };
  if (typeof v.bankId !== 'string' || v.bankId === '') return { error: '"bankId" must be a non-empty string' };
  if (!isNumber(v.finishedAt) || v.finishedAt < 0) return { error: '"finishedAt" must be epoch milliseconds' };
  if (!isNumber(v.scaled) || v.scaled < 100 || v.scaled > 1000) return { error: '"scaled" must be 100–1000' };
  if (typeof v.passed !== 'boolean') return { error: '"passed" must be true or false' };
  if (!isNumber(v.percent) || v.percent < 0 || v.percent > 100) return { error: '"percent" must be 0–100' };
  if (typeof v.perDomain !== 'object' || v.perDomain === null || Array.isArray(v.perDomain)) {
    return { error: '"perDomain" must be an object' };
  }
  const perDomain: Record<string, DomainResult> = {};
  for (const [id, result] of Object.entries(v.perDomain as Record<string, unknown>)) {
    const r = result as Record<string, unknown> | null;
    if (r === null || typeof r !== 'object' || !isNumber(r.correct) || !isNumber(r.total) || r.correct < 0 || r.total < r.correct) {
      return { error: `"perDomain.${id}" must be { correct, total } with 0 ≤ correct ≤ total` };
    }
    perDomain[id] = { correct: r.correct, total: r.total };
  }
  return {
    examId: v.examId,
    bankId: v.bankId,
    finishedAt: v.finishedAt,
    scaled: v.scaled,
    passed: v.passed,
    percent: v.percent,
    perDomain,
  };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
