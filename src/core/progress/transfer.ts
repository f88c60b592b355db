/**
 * Export and import of all progress as one versioned JSON file, and reset with a kept backup. The export
 * carries every answer record (everything else is derived from them) and, when the host passes them, the
 * finished exams. Import validates each entry, drops the ones already present (by record id or exam id) and
 * reports what it took and what it skipped; the caller appends the new records to the log.
 */
import { promises as fs } from 'node:fs';
import { backupPath, errorMessage } from '../storage/atomicFile';
import type { ProgressIssue } from './issues';
import { LOG_FORMAT, parseLogText } from './logFormat';
import { decodeExamOutcome, type ExamOutcome } from './outcomes';
import { decodeRecord, encodeRecord, isRecordError, type AnswerRecord } from './records';

export const EXPORT_FORMAT = 'exam-kiosk-progress-export';
export const EXPORT_VERSION = 1;

/** The export file: one record a line inside a JSON document, so it diffs and greps well. */
export function exportProgress(records: readonly AnswerRecord[], exams: readonly ExamOutcome[], now: number): string {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now }).slice(0, -1);
  const list = (lines: string[]): string => (lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`);
  return `${head},\n"records": ${list(records.map(encodeRecord))},\n"exams": ${list(exams.map((e) => JSON.stringify(e)))}\n}\n`;
}

export interface ImportReport {
  /** New, valid records to append (not in the log yet, each once). */
  readonly records: readonly AnswerRecord[];
  /** New, valid exam outcomes for the host's exam history. */
  readonly exams: readonly ExamOutcome[];
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
    records: [], exams: [], duplicateRecords: 0, duplicateExams: 0, skipped: [], refused: reason,
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
  const seen = new Set(knownRecordIds);
  const records: AnswerRecord[] = [];
  let duplicateRecords = 0;
  v.records.forEach((raw: unknown, index: number) => {
    const record = decodeRecord(raw);
    if (isRecordError(record)) {
      skipped.push({ code: 'invalid-record', index, message: `Answer ${index + 1} was skipped: ${record.error}.` });
    } else if (seen.has(record.id)) {
      duplicateRecords++;
    } else {
      seen.add(record.id);
      records.push(record);
    }
  });
  const exams: ExamOutcome[] = [];
  const seenExams = new Set(knownExamIds);
  let duplicateExams = 0;
  (Array.isArray(v.exams) ? v.exams : []).forEach((raw: unknown, index: number) => {
    const exam = decodeExamOutcome(raw);
    if ('error' in exam) {
      skipped.push({ code: 'invalid-outcome', index, message: `Exam ${index + 1} was skipped: ${exam.error}.` });
    } else if (seenExams.has(exam.examId)) {
      duplicateExams++;
    } else {
      seenExams.add(exam.examId);
      exams.push(exam);
    }
  });
  return { records, exams, duplicateRecords, duplicateExams, skipped };
}

function importLog(text: string, knownRecordIds: ReadonlySet<string>): ImportReport {
  const complete = text.endsWith('\n') ? text : text + '\n';
  const known = new Set(knownRecordIds);
  const parsed = parseLogText(complete, { seenIds: known });
  if (parsed.refused !== undefined) {
    return { records: [], exams: [], duplicateRecords: 0, duplicateExams: 0, skipped: [], refused: parsed.refused };
  }
  const duplicateRecords = parsed.issues.filter((i) => i.code === 'duplicate-record').length;
  const skipped = parsed.issues.filter((i) => i.code !== 'duplicate-record' && i.code !== 'missing-header');
  return { records: parsed.records, exams: [], duplicateRecords, duplicateExams: 0, skipped };
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
