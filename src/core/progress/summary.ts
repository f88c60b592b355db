/**
 * The summary file: the progress state saved whole, so that opening the extension reads a small file plus
 * the log's new tail instead of replaying the whole log. It is derived data: written atomically, and rebuilt
 * from the log whenever it is missing, damaged, from another log (after a reset) or behind in a way a tail
 * read can't fix.
 */
import { readWithBackup, writeFileAtomic, type RecoveredRead } from '../storage/atomicFile';
import type { Tally } from './evidence';
import { validWeights, type FsrsWeights, type ReviewCard } from './scheduler';
import { emptyState, type BankProgress, type DayCell, type ProgressState, type QuestionProgress } from './state';

export const SUMMARY_FORMAT = 'exam-kiosk-progress-summary';
export const SUMMARY_VERSION = 1;

/** Which log, and how far into it, the summary covers. */
export interface LogPosition {
  readonly logId: string;
  /** Byte offset after the last line applied. */
  readonly bytes: number;
  /** Complete lines up to `bytes`. */
  readonly lines: number;
}

export type DecodedSummary =
  /** `weights`: the learner's FSRS weights the review cards were computed with; undefined for the defaults. */
  | { readonly kind: 'ok'; readonly state: ProgressState; readonly position: LogPosition; readonly weights?: FsrsWeights }
  /** Written by a newer Exam Kiosk: not read, and not overwritten either. */
  | { readonly kind: 'future'; readonly version: number };

type TallyRow = [number, number, number, number, number];
type QuestionRow = [number, number, number, 0 | 1, number, number, number, number, number, number, number, string];
type DayRow = [number, number, number, number];

export function encodeSummary(state: ProgressState, position: LogPosition, weights?: FsrsWeights): string {
  const banks: Record<string, unknown> = {};
  for (const [bankId, bank] of state.banks) {
    const questions: Record<string, QuestionRow> = {};
    for (const [id, q] of bank.questions) {
      const c = q.card;
      questions[id] = [q.attempts, q.right, q.lastAnsweredAt, q.lastCorrect ? 1 : 0, c.stability, c.difficulty,
        c.lastReview, c.due, c.scheduledDays, c.reps, c.lapses, c.contentHash];
    }
    const days: Record<string, Record<string, DayRow>> = {};
    for (const [day, cells] of bank.days) {
      const row: Record<string, DayRow> = {};
      for (const [domain, cell] of cells) row[domain] = [cell.correct, cell.total, cell.answers, cell.right];
      days[day] = row;
    }
    banks[bankId] = {
      answers: bank.answers,
      right: bank.right,
      first: bank.firstAnsweredAt,
      last: bank.lastAnsweredAt,
      tasks: tallyRows(bank.tasks),
      domains: tallyRows(bank.domains),
      questions,
      days,
    };
  }
  return JSON.stringify({
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    log: position,
    records: state.records,
    lastAnsweredAt: state.lastAnsweredAt,
    ...(weights !== undefined ? { weights } : {}),
    banks,
  });
}

/** Decodes a summary, or says why it can't be used (the caller then rebuilds from the log). */
export function decodeSummary(text: string): DecodedSummary | { readonly error: string } {
  const v = JSON.parse(text) as Record<string, unknown>;
  if (!isObject(v) || v.format !== SUMMARY_FORMAT) return { error: 'not a progress summary' };
  if (typeof v.version !== 'number' || v.version < 1) return { error: 'no valid version' };
  if (v.version > SUMMARY_VERSION) return { kind: 'future', version: v.version };
  const log = v.log as Record<string, unknown>;
  if (!isObject(log) || typeof log.logId !== 'string' || !isCount(log.bytes) || !isCount(log.lines)) {
    return { error: 'no valid log position' };
  }
  if (!isCount(v.records) || !isNumber(v.lastAnsweredAt) || !isObject(v.banks)) return { error: 'damaged totals' };
  const state = emptyState();
  state.records = v.records;
  state.lastAnsweredAt = v.lastAnsweredAt;
  for (const [bankId, raw] of Object.entries(v.banks)) {
    const bank = decodeBank(bankId, raw);
    if (typeof bank === 'string') return { error: `bank ${bankId}: ${bank}` };
    state.banks.set(bankId, bank);
  }
  if (v.weights !== undefined && !validWeights(v.weights)) return { error: 'damaged FSRS weights' };
  const position = { logId: log.logId, bytes: log.bytes, lines: log.lines };
  return v.weights === undefined ? { kind: 'ok', state, position } : { kind: 'ok', state, position, weights: v.weights };
}

export function writeSummary(file: string, state: ProgressState, position: LogPosition, weights?: FsrsWeights): Promise<void> {
  return writeFileAtomic(file, encodeSummary(state, position, weights));
}

export function readSummary(file: string): Promise<RecoveredRead<DecodedSummary>> {
  return readWithBackup(file, decodeSummary);
}

function decodeBank(bankId: string, raw: unknown): BankProgress | string {
  if (!isObject(raw)) return 'not an object';
  const { answers, right, first, last } = raw;
  if (!isCount(answers) || !isCount(right) || !isNumber(first) || !isNumber(last)) return 'damaged totals';
  const tasks = decodeTallies(raw.tasks);
  const domains = decodeTallies(raw.domains);
  if (tasks === undefined || domains === undefined) return 'damaged tallies';
  if (!isObject(raw.questions) || !isObject(raw.days)) return 'damaged questions or days';
  const questions = new Map<string, QuestionProgress>();
  for (const [id, row] of Object.entries(raw.questions)) {
    if (!Array.isArray(row) || row.length !== 12 || !row.slice(0, 11).every(isNumber) || typeof row[11] !== 'string') {
      return `damaged question ${id}`;
    }
    const r = row as QuestionRow;
    const card: ReviewCard = {
      stability: r[4], difficulty: r[5], lastReview: r[6], due: r[7], scheduledDays: r[8], reps: r[9], lapses: r[10], contentHash: r[11],
    };
    questions.set(id, { attempts: r[0], right: r[1], lastAnsweredAt: r[2], lastCorrect: r[3] === 1, card });
  }
  const days = new Map<number, Map<string, DayCell>>();
  for (const [day, row] of Object.entries(raw.days)) {
    if (!isObject(row) || !/^\d+$/.test(day)) return `damaged day ${day}`;
    const cells = new Map<string, DayCell>();
    for (const [domain, cell] of Object.entries(row)) {
      if (!Array.isArray(cell) || cell.length !== 4 || !cell.every(isNumber)) return `damaged day ${day}`;
      cells.set(domain, { correct: cell[0], total: cell[1], answers: cell[2], right: cell[3] });
    }
    days.set(Number(day), cells);
  }
  return { bankId, tasks, domains, questions, days, answers, right, firstAnsweredAt: first, lastAnsweredAt: last };
}

function tallyRows(map: ReadonlyMap<string, Tally>): Record<string, TallyRow> {
  const out: Record<string, TallyRow> = {};
  for (const [key, t] of map) out[key] = [t.correct, t.total, t.ref, t.answers, t.right];
  return out;
}

function decodeTallies(raw: unknown): Map<string, Tally> | undefined {
  if (!isObject(raw)) return undefined;
  const out = new Map<string, Tally>();
  for (const [key, row] of Object.entries(raw)) {
    if (!Array.isArray(row) || row.length !== 5 || !row.every(isNumber)) return undefined;
    out.set(key, { correct: row[0], total: row[1], ref: row[2], answers: row[3], right: row[4] });
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isCount(value: unknown): value is number {
  return isNumber(value) && value >= 0 && Number.isInteger(value);
}
