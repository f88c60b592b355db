/**
 * One answered question, wherever it was answered. Records are the only source of truth for progress: every
 * view, the summary file and the sync summary are derived from them.
 */
import { randomBytes } from 'node:crypto';
import type { Question } from '../bank/model';

/** Where the answer was given. */
export type AnswerMode = 'exam' | 'practice' | 'quiz' | 'sidebar';

export const ANSWER_MODES: readonly AnswerMode[] = ['exam', 'practice', 'quiz', 'sidebar'];

/** One answer, as stored on one line of the answer log and in exports. */
export interface AnswerRecord {
  /** Unique id (time in base 36 + 48 random bits), so imports and merges can drop duplicates. */
  readonly id: string;
  readonly questionId: string;
  readonly bankId: string;
  readonly domain: string;
  readonly task: string;
  readonly correct: boolean;
  /** Time the learner spent on the question, in milliseconds. */
  readonly timeMs: number;
  /** When the answer was given, epoch milliseconds. */
  readonly answeredAt: number;
  readonly mode: AnswerMode;
  /** The exam the answer belongs to, when `mode` is `exam`. */
  readonly examId?: string;
  /** The question's content hash when it was answered; a different hash restarts its review schedule. */
  readonly contentHash: string;
  /** True when domain and task were the importer's classifier guess rather than authored. */
  readonly guessed: boolean;
}

/** What the caller knows about an answer; the rest comes from the question. */
export interface AnswerInput {
  readonly correct: boolean;
  readonly timeMs: number;
  readonly answeredAt: number;
  readonly mode: AnswerMode;
  readonly examId?: string;
}

/** A new record id: sortable by time, unique enough for merging several machines' histories. */
export function newRecordId(answeredAt: number): string {
  return `${Math.max(0, Math.floor(answeredAt)).toString(36)}-${randomBytes(6).toString('hex')}`;
}

/** Builds the record of `answer` to `question`. `id` is for tests and imports; new answers get a fresh one. */
export function createAnswerRecord(question: Question, answer: AnswerInput, id?: string): AnswerRecord {
  const record: AnswerRecord = {
    id: id ?? newRecordId(answer.answeredAt),
    questionId: question.id,
    bankId: question.bankId,
    domain: question.domain,
    task: question.task,
    correct: answer.correct,
    timeMs: Math.max(0, Math.round(answer.timeMs)),
    answeredAt: Math.round(answer.answeredAt),
    mode: answer.mode,
    contentHash: question.contentHash,
    guessed: question.classification === 'guess',
  };
  return answer.examId === undefined ? record : { ...record, examId: answer.examId };
}

/** The JSON written for a record: `examId` and `guessed` only when they say something, to keep lines short. */
export function encodeRecord(record: AnswerRecord): string {
  const { guessed, examId, ...rest } = record;
  const out: Record<string, unknown> = { ...rest };
  if (examId !== undefined) out.examId = examId;
  if (guessed) out.guessed = true;
  return JSON.stringify(out);
}

/**
 * Checks a parsed value and returns the record, or the reason it is not one. Unknown extra fields are
 * ignored so that a newer minor version's additions don't make older ones reject a line.
 */
export function decodeRecord(value: unknown): AnswerRecord | { readonly error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not an object' };
  const v = value as Record<string, unknown>;
  for (const key of ['id', 'questionId', 'bankId', 'domain', 'task', 'contentHash'] as const) {
    if (typeof v[key] !== 'string' || (key !== 'contentHash' && v[key] === '')) {
      return { error: `"${key}" must be a non-empty string` };
    }
  }
  if (typeof v.correct !== 'boolean') return { error: '"correct" must be true or false' };
  if (!isFiniteNumber(v.answeredAt) || v.answeredAt < 0) return { error: '"answeredAt" must be epoch milliseconds' };
  if (!isFiniteNumber(v.timeMs) || v.timeMs < 0) return { error: '"timeMs" must be a non-negative number' };
  if (!ANSWER_MODES.includes(v.mode as AnswerMode)) return { error: `"mode" must be one of ${ANSWER_MODES.join(', ')}` };
  if (v.examId !== undefined && typeof v.examId !== 'string') return { error: '"examId" must be a string' };
  if (v.guessed !== undefined && typeof v.guessed !== 'boolean') return { error: '"guessed" must be true or false' };
  const record: { -readonly [K in keyof AnswerRecord]: AnswerRecord[K] } = {
    id: v.id as string,
    questionId: v.questionId as string,
    bankId: v.bankId as string,
    domain: v.domain as string,
    task: v.task as string,
    correct: v.correct,
    timeMs: v.timeMs,
    answeredAt: v.answeredAt,
    mode: v.mode as AnswerMode,
    contentHash: v.contentHash as string,
    guessed: v.guessed === true,
  };
  if (typeof v.examId === 'string') record.examId = v.examId;
  return record;
}

export function isRecordError(value: AnswerRecord | { readonly error: string }): value is { readonly error: string } {
  return 'error' in value;
}

/** Records in answering order; the input is returned as is when it already is (the usual case for a log). */
export function sortedByTime(records: readonly AnswerRecord[]): readonly AnswerRecord[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i].answeredAt < records[i - 1].answeredAt) {
      return records.slice().sort((a, b) => a.answeredAt - b.answeredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
  }
  return records;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
