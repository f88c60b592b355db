/**
 * The answer log's text format: a header line (format, version, log id) then one JSON record a line. Parsing
 * never fails on content: damaged lines become issues with their line numbers, and only a header from
 * another format or a newer version refuses the whole text.
 */
import { randomBytes } from 'node:crypto';
import { errorMessage } from '../storage/atomicFile';
import type { ProgressIssue } from './issues';
import { decodeRecord, isRecordError, type AnswerRecord } from './records';

export const LOG_FORMAT = 'exam-kiosk-answers';
export const LOG_VERSION = 1;
/** At most this many line issues are listed one by one; the rest are counted in one more issue. */
export const MAX_LINE_ISSUES = 50;

export interface LogHeader {
  readonly format: typeof LOG_FORMAT;
  readonly version: number;
  /** Random id of this log; a summary built from another log (e.g. before a reset) is not reused. */
  readonly logId: string;
  readonly createdAt: number;
}

export interface ParseOptions {
  /** Line number of the first line of `text` (for tail reads). */
  readonly firstLine?: number;
  /** Ids already read; repeats are skipped and reported. Updated with the new ids. */
  readonly seenIds?: Set<string>;
}

export function newLogHeader(now: number): LogHeader {
  return { format: LOG_FORMAT, version: LOG_VERSION, logId: randomBytes(8).toString('hex'), createdAt: now };
}

/** Parses complete log lines (`text` should end at a line end). */
export function parseLogText(
  text: string,
  options: ParseOptions = {},
): { header: LogHeader | undefined; records: AnswerRecord[]; issues: ProgressIssue[]; refused?: string } {
  const firstLine = options.firstLine ?? 1;
  const seen = options.seenIds ?? new Set<string>();
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const values = parseLines(lines);
  const records: AnswerRecord[] = [];
  const issues: ProgressIssue[] = [];
  let lineIssues = 0;
  const lineIssue = (issue: ProgressIssue): void => {
    if (++lineIssues <= MAX_LINE_ISSUES) issues.push(issue);
  };
  let header: LogHeader | undefined;
  for (let i = 0; i < values.length; i++) {
    const line = firstLine + i;
    const value = values[i];
    if (value instanceof LineError) {
      lineIssue({ code: 'damaged-line', line, message: `Line ${line} of the answer log is damaged and was skipped (${value.reason}).` });
      continue;
    }
    if (isHeaderLike(value)) {
      const problem = headerProblem(value);
      if (problem !== undefined) return { header, records, issues, refused: problem };
      if (header === undefined) header = toHeader(value);
      continue;
    }
    if (i === 0 && firstLine === 1) {
      issues.push({ code: 'missing-header', line, message: 'The answer log has no header line; reading it as the current format.' });
    }
    const record = decodeRecord(value);
    if (isRecordError(record)) {
      lineIssue({ code: 'invalid-record', line, message: `Line ${line} of the answer log is not a valid answer and was skipped: ${record.error}.` });
    } else if (seen.has(record.id)) {
      lineIssue({ code: 'duplicate-record', line, message: `Line ${line} repeats answer ${record.id} and was skipped.` });
    } else {
      seen.add(record.id);
      records.push(record);
    }
  }
  if (lineIssues > MAX_LINE_ISSUES) {
    issues.push({ code: 'damaged-line', message: `… and ${lineIssues - MAX_LINE_ISSUES} more skipped lines of the answer log.` });
  }
  return { header, records, issues };
}

class LineError {
  constructor(readonly reason: string) {}
}

function parseLines(lines: readonly string[]): unknown[] {
  // Line by line: measured faster than parsing all lines joined as one array (bench/progress.ts), and a
  // damaged line costs nothing extra.
  return lines.map((line) => {
    if (line.trim() === '') return new LineError('empty line');
    try {
      return JSON.parse(line) as unknown;
    } catch (error) {
      return new LineError(errorMessage(error));
    }
  });
}

export function isHeaderLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'format' in value;
}

export function headerProblem(value: Record<string, unknown>): string | undefined {
  if (value.format !== LOG_FORMAT) {
    return `This file is not an Exam Kiosk answer log (format "${String(value.format)}"); it was left untouched.`;
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return 'The answer log header has no valid version; the file was left untouched.';
  }
  if (version > LOG_VERSION) {
    return `The answer log was written by a newer version of Exam Kiosk (format version ${version}; this version `
      + `reads ${LOG_VERSION}). Update Exam Kiosk to use it; the file was left untouched.`;
  }
  return undefined;
}

/** A header that passed `headerProblem`; a missing id or time (hand-edited file) reads as empty. */
export function toHeader(value: Record<string, unknown>): LogHeader {
  return {
    format: LOG_FORMAT,
    version: value.version as number,
    logId: typeof value.logId === 'string' ? value.logId : '',
    createdAt: typeof value.createdAt === 'number' ? value.createdAt : 0,
  };
}

export function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
