/**
 * Export and import of all progress as one versioned JSON file, and reset with a kept backup. The export
 * carries every answer record (everything else is derived from them), the exam dates and, when the host passes
 * them, the finished exams. Import validates each entry, drops the ones already present (by record id or exam
 * id) and reports what it took and what it skipped; the caller appends the new records to the log and merges
 * the dates (an export from before exam dates has none).
 */
import { promises as fs } from 'node:fs';
import { backupPath, errorMessage } from '../storage/atomicFile';
import type { ProgressIssue } from './issues';
import { LOG_FORMAT, parseLogText } from './logFormat';
import { emptyExamDates, examDateRows, examDatesFromRows, type ExamDates } from './examDates';
import { decodeExamOutcome, type ExamOutcome } from './outcomes';
import { decodeRecord, encodeRecord, type AnswerRecord } from './records';

export const EXPORT_FORMAT = 'exam-kiosk-progress-export';
export const EXPORT_VERSION = 1;

/** The export file: one record a line inside a JSON document, so it diffs and greps well. */
export function exportProgress(records: readonly AnswerRecord[], exams: readonly ExamOutcome[], now: number, dates: ExamDates = emptyExamDates()): string {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now }).slice(0, -1);
  const list = (lines: string[]): string => (lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`);
  const examDates = dates.size === 0 ? '' : `,\n"examDates": ${JSON.stringify(examDateRows(dates))}`;
  return `${head},\n"records": ${list(records.map(encodeRecord))},\n"exams": ${list(exams.map((e) => JSON.stringify(e)))}${examDates}\n}\n`;
}

export interface ImportReport {
  /** New, valid records to append (not in the log yet, each once). */
  readonly records: readonly AnswerRecord[];
  /** New, valid exam outcomes for the host's exam history. */
  readonly exams: readonly ExamOutcome[];
  /** The exam dates the file carries (to merge with this machine's: the one set last wins). */
  readonly examDates: ExamDates;
  /** Records skipped because the log (or the file itself) already had them. */
  readonly duplicateRecords: number;
  readonly duplicateExams: number;
  /** Entries skipped as invalid, with their index (or log line) and reason. */
  readonly skipped: readonly ProgressIssue[];
  /** Set when the whole file was refused (not JSON, not an export, a newer version); nothing is imported. */
  readonly refused?: string;
}

/**
 * Reads an export (or a raw answer log) and keeps what is new and valid. `knownRecordIds` and
 * `knownExamIds` are what this machine already has.
 */
export function parseImport(text: string, knownRecordIds: ReadonlySet<string>, knownExamIds: ReadonlySet<string>): ImportReport {
  const refuse = (reason: string): ImportReport => ({
    records: [], exams: [], examDates: emptyExamDates(), duplicateRecords: 0, duplicateExams: 0, skipped: [], refused: reason,
  });
  if (text.trimStart().startsWith(`{"format":"${LOG_FORMAT}"`)) return importLog(text, knownRecordIds);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(`The file is not JSON (${errorMessage(error)}).`);
  }
  const v = value as Record<string, unknown>;
  if (typeof v !== 'object' || v === null || v.format !== EXPORT_FORMAT) return refuse('The file is not an Exam Kiosk progress export.');
  if (typeof v.version !== 'number' || v.version < 1) return refuse('The export has no valid version.');
  if (v.version > EXPORT_VERSION) {
    return refuse(`The export was made by a newer version of Exam Kiosk (format version ${v.version}; this version reads `
      + `${EXPORT_VERSION}). Update Exam Kiosk to import it.`);
  }
  if (!Array.isArray(v.records)) return refuse('The export has no "records" list.');
  const skipped: ProgressIssue[] = [];
  const answers = keepNew(v.records, decodeRecord, (r) => r.id, knownRecordIds, (index, error) =>
    skipped.push({ code: 'invalid-record', index, message: `Answer ${index + 1} was skipped: ${error}.` }));
  const outcomes = keepNew(Array.isArray(v.exams) ? v.exams : [], decodeExamOutcome, (e) => e.examId, knownExamIds, (index, error) =>
    skipped.push({ code: 'invalid-outcome', index, message: `Exam ${index + 1} was skipped: ${error}.` }));
  const dates = examDatesFromRows(v.examDates);
  if (dates.invalid > 0) skipped.push({ code: 'invalid-exam-date', message: `${dates.invalid} exam dates were skipped as damaged.` });
  return {
    records: answers.values, exams: outcomes.values, examDates: dates.dates,
    duplicateRecords: answers.duplicates, duplicateExams: outcomes.duplicates, skipped,
  };
}

/**
 * The entries of `raws` that decode and whose id is neither in `known` nor earlier in `raws`; `invalid` hears of
 * each entry that does not decode, and `duplicates` counts the repeats.
 */
function keepNew<T extends object>(
  raws: readonly unknown[],
  decode: (raw: unknown) => T | { readonly error: string },
  idOf: (value: T) => string,
  known: ReadonlySet<string>,
  invalid: (index: number, error: string) => void,
): { values: T[]; duplicates: number } {
  const seen = new Set(known);
  const values: T[] = [];
  let duplicates = 0;
  raws.forEach((raw, index) => {
    const decoded = decode(raw);
    if ('error' in decoded) {
      invalid(index, decoded.error);
    } else if (seen.has(idOf(decoded))) {
      duplicates++;
    } else {
      seen.add(idOf(decoded));
      values.push(decoded);
    }
  });
  return { values, duplicates };
}

function importLog(text: string, knownRecordIds: ReadonlySet<string>): ImportReport {
  const complete = text.endsWith('\n') ? text : text + '\n';
  const known = new Set(knownRecordIds);
  const parsed = parseLogText(complete, { seenIds: known });
  if (parsed.refused !== undefined) {
    return { records: [], exams: [], examDates: emptyExamDates(), duplicateRecords: 0, duplicateExams: 0, skipped: [], refused: parsed.refused };
  }
  const duplicateRecords = parsed.issues.filter((i) => i.code === 'duplicate-record').length;
  const skipped = parsed.issues.filter((i) => i.code !== 'duplicate-record' && i.code !== 'missing-header');
  return { records: parsed.records, exams: [], examDates: emptyExamDates(), duplicateRecords, duplicateExams: 0, skipped };
}

/**
 * Resets progress: the log is renamed to a dated backup beside it (returned, so the host can offer it),
 * and the derived summary and its backup are deleted. The host asks for confirmation first.
 */
export async function resetFiles(logFile: string, summaryFile: string, now: number): Promise<{ backup?: string; error?: string }> {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const backup = `${logFile}.reset-${stamp}.bak`;
  let kept: string | undefined;
  try {
    await fs.rename(logFile, backup);
    kept = backup;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { error: errorMessage(error) };
  }
  for (const file of [summaryFile, backupPath(summaryFile)]) {
    await fs.rm(file, { force: true });
  }
  return kept === undefined ? {} : { backup: kept };
}
