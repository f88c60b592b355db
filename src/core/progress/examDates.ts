/**
 * The learner's exam date per certification: a calendar day (`YYYY-MM-DD`, the learner's own day, no time or
 * zone), or none. It is progress like the answers are: kept in a small file beside the answer log
 * (`exam-dates.json`), carried in the export file and in the synced summary, and merged wherever two copies
 * meet.
 *
 * Every entry carries the time it was set (`setAt`); clearing a date is an entry too (`date: null`), so that a
 * cleared date does not come back from another machine's older copy. Merging keeps, per bank, the entry set
 * last (ties: a date over a clearing, then the later date), which is a join: commutative, associative and
 * idempotent, so machines converge whatever the order in which copies meet.
 *
 * Days are counted on the learner's calendar: the host passes its UTC offset in minutes (east positive,
 * `-new Date().getTimezoneOffset()`), so "12 days to" changes at the learner's midnight, not UTC's.
 */
import { readWithBackup, writeFileAtomic } from '../storage/atomicFile';
import { parseVersionedJson } from '../storage/versionedJson';
import { DAY_MS } from './evidence';
import type { ProgressIssue } from './issues';

export const EXAM_DATES_FORMAT = 'exam-kiosk-exam-dates';
export const EXAM_DATES_VERSION = 1;
export const EXAM_DATES_FILE = 'exam-dates.json';

/** One bank's exam date as last set. */
export interface ExamDateEntry {
  /** `YYYY-MM-DD`, or null when the learner cleared the date. */
  readonly date: string | null;
  /** Epoch ms the date was set or cleared. */
  readonly setAt: number;
}

/** By bank id. */
export type ExamDates = ReadonlyMap<string, ExamDateEntry>;

/** The compact form used in the sync summary and the export: `[date or "", setAt]` by bank id. */
export type ExamDateRows = Readonly<Record<string, readonly [string, number]>>;

export function emptyExamDates(): ExamDates {
  return new Map();
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (years 2000–2999). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^2\d{3}-\d{2}-\d{2}$/.test(text)) return false;
  const day = isoDay(text);
  return day !== undefined && isoDate(day) === text;
}

/** The day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or undefined when it is not one. */
export function isoDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : undefined;
}

/** The `YYYY-MM-DD` text of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The learner's calendar day (days since 1970-01-01) at `now`, for a UTC offset in minutes (east positive). */
export function localDay(now: number, utcOffsetMinutes = 0): number {
  return Math.floor((now + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** Epoch ms of the start of the learner's calendar day `day`. */
export function startOfLocalDay(day: number, utcOffsetMinutes = 0): number {
  return day * DAY_MS - utcOffsetMinutes * 60_000;
}

/** The date set for `bankId`, if any. */
export function examDateOf(dates: ExamDates, bankId: string): string | undefined {
  return dates.get(bankId)?.date ?? undefined;
}

/**
 * The dates with `bankId`'s set to `date` (or cleared with null) at `now`. An invalid date leaves the dates as
 * they are and says why.
 */
export function withExamDate(dates: ExamDates, bankId: string, date: string | null, now: number): { readonly dates: ExamDates; readonly error?: string } {
  if (date !== null && !isIsoDate(date)) return { dates, error: `Not a date: "${date}" (expected YYYY-MM-DD).` };
  if (bankId === '') return { dates, error: 'No certification given.' };
  const next = new Map(dates);
  // Never earlier than what is there: a clock set back must not lose to the entry it replaces when merged.
  const setAt = Math.max(now, (dates.get(bankId)?.setAt ?? -Infinity) + 1);
  next.set(bankId, { date, setAt });
  return { dates: next };
}

/** The join of two sets of dates (see the module comment). */
export function mergeExamDates(a: ExamDates, b: ExamDates): ExamDates {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const out = new Map(a);
  for (const [bankId, entry] of b) {
    const current = out.get(bankId);
    if (current === undefined || laterEntry(entry, current)) out.set(bankId, entry);
  }
  return out;
}

/** Whether the two sets hold the same entries. */
export function sameExamDates(a: ExamDates, b: ExamDates): boolean {
  if (a.size !== b.size) return false;
  for (const [bankId, entry] of a) {
    const other = b.get(bankId);
    if (other === undefined || other.date !== entry.date || other.setAt !== entry.setAt) return false;
  }
  return true;
}

function laterEntry(x: ExamDateEntry, y: ExamDateEntry): boolean {
  if (x.setAt !== y.setAt) return x.setAt > y.setAt;
  if ((x.date === null) !== (y.date === null)) return x.date !== null;
  return (x.date ?? '') > (y.date ?? '');
}

/** The compact rows of `dates` (sorted by bank id, so equal dates encode equally). */
export function examDateRows(dates: ExamDates): Record<string, [string, number]> {
  const out: Record<string, [string, number]> = {};
  for (const bankId of [...dates.keys()].sort()) {
    const entry = dates.get(bankId)!;
    out[bankId] = [entry.date ?? '', entry.setAt];
  }
  return out;
}

/**
 * Reads rows back (from a sync summary, an export or the file). Rows that are not `[date or "", setAt]` are
 * dropped and counted; `undefined` (a summary or export from before exam dates) is no dates and no issue.
 */
export function examDatesFromRows(value: unknown): { readonly dates: ExamDates; readonly invalid: number } {
  const dates = new Map<string, ExamDateEntry>();
  if (value === undefined) return { dates, invalid: 0 };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { dates, invalid: 1 };
  let invalid = 0;
  for (const [bankId, row] of Object.entries(value as Record<string, unknown>)) {
    if (bankId !== '' && Array.isArray(row) && row.length === 2 && (row[0] === '' || isIsoDate(row[0]))
      && typeof row[1] === 'number' && Number.isFinite(row[1]) && row[1] >= 0) {
      dates.set(bankId, { date: row[0] === '' ? null : row[0], setAt: row[1] });
    } else {
      invalid++;
    }
  }
  return { dates, invalid };
}

/** The file's text. */
export function encodeExamDates(dates: ExamDates): string {
  return `${JSON.stringify({ format: EXAM_DATES_FORMAT, version: EXAM_DATES_VERSION, dates: examDateRows(dates) })}\n`;
}

export type DecodedExamDates =
  | { readonly kind: 'ok'; readonly dates: ExamDates; readonly invalid: number }
  /** Written by a newer Exam Kiosk: neither used nor overwritten. */
  | { readonly kind: 'future'; readonly version: number };

/** Decodes the file's text, or says why it can't be used. */
export function decodeExamDates(text: string): DecodedExamDates | { readonly error: string } {
  const parsed = parseVersionedJson(text, EXAM_DATES_FORMAT, EXAM_DATES_VERSION, 'an exam-dates file');
  if ('error' in parsed || parsed.kind === 'future') return parsed;
  const { dates, invalid } = examDatesFromRows(parsed.body.dates ?? {});
  return { kind: 'ok', dates, invalid };
}

export type ExamDatesRead =
  | { readonly kind: 'ok'; readonly dates: ExamDates; readonly issues: readonly ProgressIssue[] }
  /** From a newer Exam Kiosk: dates are shown from the synced summary only and the file is left alone. */
  | { readonly kind: 'future'; readonly message: string };

/** Reads the file: missing is no dates; a damaged file falls back to its backup, then to no dates (said so). */
export async function readExamDates(file: string): Promise<ExamDatesRead> {
  const read = await readWithBackup(file, decodeExamDates);
  if (read.kind === 'missing') return { kind: 'ok', dates: emptyExamDates(), issues: [] };
  if (read.kind === 'unreadable') {
    return { kind: 'ok', dates: emptyExamDates(), issues: [{ code: 'exam-dates-recovered', message: `The exam dates could not be read (${read.error}); set them again or they come back from Settings Sync.` }] };
  }
  if (read.value.kind === 'future') {
    return { kind: 'future', message: `The exam dates were saved by a newer Exam Kiosk (version ${read.value.version}); update Exam Kiosk to change them.` };
  }
  const issues: ProgressIssue[] = [];
  if (read.origin === 'backup') issues.push({ code: 'exam-dates-recovered', message: `The exam dates file was damaged (${read.mainError}); its backup was used.` });
  if (read.value.invalid > 0) issues.push({ code: 'invalid-exam-date', message: `${read.value.invalid} damaged exam dates were skipped.` });
  return { kind: 'ok', dates: read.value.dates, issues };
}

export function writeExamDates(file: string, dates: ExamDates): Promise<void> {
  return writeFileAtomic(file, encodeExamDates(dates));
}
