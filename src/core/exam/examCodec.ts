/**
 * Reading an exam file back: the JSON is checked field by field, so a damaged or hand-edited file is reported
 * (and recovered from the backup by the store) instead of crashing the kiosk later. A file from a newer version
 * of Exam Kiosk is recognised as such, so it can be refused and left untouched.
 */
import type { ExamConfig } from './examConfig';
import { EXAM_SCHEMA, type ExamState } from './examState';

export type DecodedExam =
  | { readonly kind: 'exam'; readonly state: ExamState }
  /** Written by a newer Exam Kiosk: do not read, do not overwrite. */
  | { readonly kind: 'future'; readonly schema: number };

/** The file content of `state`. */
export function encodeExamState(state: ExamState): string {
  return JSON.stringify(state);
}

/** Decodes an exam file, or says what is wrong with it. Never throws. */
export function decodeExamState(text: string): DecodedExam | { readonly error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(data)) return { error: 'not an exam object' };
  if (typeof data.schema === 'number' && Number.isInteger(data.schema) && data.schema > EXAM_SCHEMA) {
    return { kind: 'future', schema: data.schema };
  }
  if (data.schema !== EXAM_SCHEMA) return { error: `unknown exam format ${JSON.stringify(data.schema)}` };
  const problem = stateProblem(data);
  return problem === undefined ? { kind: 'exam', state: data as unknown as ExamState } : { error: problem };
}

type Data = Record<string, unknown>;

function stateProblem(d: Data): string | undefined {
  if (!isId(d.id)) return 'id is missing or not a safe file name';
  if (!isRecord(d.bank) || !isString(d.bank.id) || !isString(d.bank.exam) || !isString(d.bank.title) || !isNumber(d.bank.passingScore)) return 'bank is invalid';
  if (!Array.isArray(d.bank.domains) || !d.bank.domains.every((x) => isRecord(x) && isString(x.id) && isString(x.title))) return 'bank domains are invalid';
  const configProblem = isRecord(d.config) ? configProblemOf(d.config) : 'config is missing';
  if (configProblem) return configProblem;
  for (const key of ['seed', 'createdAt', 'startedAt', 'updatedAt']) if (!isNumber(d[key])) return `${key} is not a number`;
  if (!isNumberOrNull(d.deadline) || !isNumberOrNull(d.viewingSince) || !isNumberOrNull(d.submittedAt)) return 'a time is invalid';
  if (!Array.isArray(d.items) || d.items.length === 0) return 'the exam has no questions';
  for (let i = 0; i < d.items.length; i++) {
    const problem = itemProblem(d.items[i]);
    if (problem) return `question ${i + 1}: ${problem}`;
  }
  if (!isInt(d.current) || d.current < 0 || d.current >= d.items.length) return 'current question is out of range';
  if (d.status !== 'in-progress' && d.status !== 'submitted') return 'status is invalid';
  if (!(d.submitReason === null || d.submitReason === 'user' || d.submitReason === 'time-up' || d.submitReason === 'time-up-while-closed')) return 'submit reason is invalid';
  if (d.status === 'submitted' && (d.submittedAt === null || d.submitReason === null)) return 'a submitted exam has no submission time or reason';
  if (!(d.result === null || isSummary(d.result))) return 'result is invalid';
  return undefined;
}

function itemProblem(x: unknown): string | undefined {
  if (!isRecord(x)) return 'not an object';
  for (const key of ['questionId', 'contentHash', 'domain', 'task', 'comment'] as const) if (!isString(x[key])) return `${key} is invalid`;
  for (const key of ['optionOrder', 'answerKey', 'selected', 'struck'] as const) if (!isIntArray(x[key])) return `${key} is invalid`;
  const order = x.optionOrder as number[];
  if (new Set(order).size !== order.length || order.some((o) => o < 0 || o >= order.length)) return 'option order is not a permutation';
  if (!isInt(x.selectCount) || x.selectCount < 1) return 'selectCount is invalid';
  if (typeof x.flagged !== 'boolean' || typeof x.revealed !== 'boolean') return 'flags are invalid';
  if (!isNumber(x.timeSpentMs) || x.timeSpentMs < 0) return 'time spent is invalid';
  if (x.availability !== 'ok' && x.availability !== 'missing' && x.availability !== 'changed') return 'availability is invalid';
  return undefined;
}

function configProblemOf(c: Data): string | undefined {
  const minutesOk = (m: unknown) => m === null || (isNumber(m) && m > 0);
  const filterOk = (list: unknown) => list === undefined || (Array.isArray(list) && list.every(isString));
  const kind = c.kind as ExamConfig['kind'];
  switch (kind) {
    case 'full': return undefined;
    case 'custom':
    case 'practice':
      if (kind === 'custom' && c.purpose !== undefined && c.purpose !== 'diagnostic') return 'custom config is invalid';
      return isInt(c.count) && minutesOk(c.minutes) && filterOk(c.domains) && filterOk(c.tasks) ? undefined : `${kind} config is invalid`;
    case 'list':
      return Array.isArray(c.questionIds) && c.questionIds.every(isString) && (c.order === 'keep' || c.order === 'shuffle') && minutesOk(c.minutes)
        ? undefined
        : 'list config is invalid';
    default: return `unknown exam kind ${JSON.stringify(c.kind)}`;
  }
}

function isSummary(x: unknown): boolean {
  return isRecord(x) && ['correct', 'total', 'percent', 'scaledScore'].every((k) => isNumber(x[k])) && typeof x.passed === 'boolean';
}

function isRecord(x: unknown): x is Data {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function isString(x: unknown): x is string {
  return typeof x === 'string';
}
function isNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
function isInt(x: unknown): x is number {
  return Number.isInteger(x);
}
function isNumberOrNull(x: unknown): boolean {
  return x === null || isNumber(x);
}
function isIntArray(x: unknown): x is number[] {
  return Array.isArray(x) && x.every(isInt);
}
function isId(x: unknown): x is string {
  return typeof x === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(x);
}

/** Whether `id` can name an exam file. */
export const isExamId = isId;

