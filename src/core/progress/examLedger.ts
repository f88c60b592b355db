/**
 * The exam ledger: which submitted exams have had their answers recorded in the answer log, and the outcomes
 * of mock exams (recorded here or imported from another machine's export) for the score trend. It lives
 * beside the answer log and is written atomically with a backup.
 *
 * The exam files stay the truth about exams; the ledger only saves re-reading them and keeps imported
 * outcomes, which have no exam file. Losing it costs nothing: exams are recorded again and the log drops the
 * repeated answers by their ids (see `examAnswers.ts`).
 */
import { readWithBackup, writeFileAtomic } from '../storage/atomicFile';
import { parseVersionedJson } from '../storage/versionedJson';
import { decodeExamOutcome, type ExamOutcome } from './outcomes';

export const LEDGER_FORMAT = 'exam-kiosk-exam-ledger';
export const LEDGER_VERSION = 1;
export const LEDGER_FILE = 'exam-ledger.json';

export interface LedgerEntry {
  readonly examId: string;
  /** When its answers went into the log; undefined for an imported outcome. */
  readonly recordedAt?: number;
  /** Answers recorded from it. */
  readonly answers?: number;
  /** For mock exams (and imported ones); removed when the exam is deleted from the history. */
  readonly outcome?: ExamOutcome;
  /** Came from an import: there is no exam file to open. */
  readonly imported?: boolean;
}

export interface Ledger {
  /** By exam id. */
  readonly entries: ReadonlyMap<string, LedgerEntry>;
}

export function emptyLedger(): Ledger {
  return { entries: new Map() };
}

export function encodeLedger(ledger: Ledger): string {
  const exams = [...ledger.entries.values()].sort((a, b) => (a.examId < b.examId ? -1 : a.examId > b.examId ? 1 : 0));
  return `{"format":"${LEDGER_FORMAT}","version":${LEDGER_VERSION},"exams":[\n${exams.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

export type DecodedLedger = { readonly kind: 'ok'; readonly ledger: Ledger; readonly skipped: number } | { readonly kind: 'future'; readonly version: number };

/** Decodes a ledger file; damaged entries are skipped and counted. Returns `{ error }` for an unusable file. */
export function decodeLedger(text: string): DecodedLedger | { readonly error: string } {
  const parsed = parseVersionedJson(text, LEDGER_FORMAT, LEDGER_VERSION, 'an exam ledger');
  if ('error' in parsed || parsed.kind === 'future') return parsed;
  const v = parsed.body;
  if (!Array.isArray(v.exams)) return { error: 'no "exams" list' };
  const entries = new Map<string, LedgerEntry>();
  let skipped = 0;
  for (const raw of v.exams) {
    const entry = decodeEntry(raw);
    if (entry === undefined) skipped++;
    else entries.set(entry.examId, entry);
  }
  return { kind: 'ok', ledger: { entries }, skipped };
}

function decodeEntry(raw: unknown): LedgerEntry | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.examId !== 'string' || r.examId === '') return undefined;
  const entry: { -readonly [K in keyof LedgerEntry]: LedgerEntry[K] } = { examId: r.examId };
  if (typeof r.recordedAt === 'number' && Number.isFinite(r.recordedAt)) entry.recordedAt = r.recordedAt;
  if (typeof r.answers === 'number' && Number.isFinite(r.answers)) entry.answers = r.answers;
  if (r.imported === true) entry.imported = true;
  if (r.outcome !== undefined) {
    const outcome = decodeExamOutcome(r.outcome);
    if ('error' in outcome) return undefined;
    entry.outcome = outcome;
  }
  if (entry.recordedAt === undefined && entry.outcome === undefined) return undefined;
  return entry;
}

/** Whether exam `examId`'s answers are in the log. */
export function isRecorded(ledger: Ledger, examId: string): boolean {
  return ledger.entries.get(examId)?.recordedAt !== undefined;
}

/** The ledger after exam `examId`'s `answers` answers were recorded at `at`, with its outcome if it has one. */
export function withRecorded(ledger: Ledger, examId: string, at: number, answers: number, outcome?: ExamOutcome): Ledger {
  const entries = new Map(ledger.entries);
  entries.set(examId, { examId, recordedAt: at, answers, ...(outcome ? { outcome } : {}) });
  return { entries };
}

/** The ledger with imported outcomes added (ids already present are left as they are). */
export function withImported(ledger: Ledger, outcomes: readonly ExamOutcome[]): Ledger {
  const entries = new Map(ledger.entries);
  for (const outcome of outcomes) {
    if (!entries.has(outcome.examId)) entries.set(outcome.examId, { examId: outcome.examId, outcome, imported: true });
  }
  return { entries };
}

/**
 * The ledger once exam `examId` was deleted from the history: its outcome leaves the score trend. A recorded
 * exam keeps its mark, so its answers, which stay in the log, are not recorded again.
 */
export function withoutExam(ledger: Ledger, examId: string): Ledger {
  const entry = ledger.entries.get(examId);
  if (entry === undefined) return ledger;
  const entries = new Map(ledger.entries);
  if (entry.recordedAt === undefined) entries.delete(examId);
  else entries.set(examId, { examId, recordedAt: entry.recordedAt, ...(entry.answers !== undefined ? { answers: entry.answers } : {}) });
  return { entries };
}

/** Every outcome in the ledger, oldest first. */
export function ledgerOutcomes(ledger: Ledger): ExamOutcome[] {
  const out: ExamOutcome[] = [];
  for (const entry of ledger.entries.values()) if (entry.outcome) out.push(entry.outcome);
  return out.sort((a, b) => a.finishedAt - b.finishedAt);
}

export type LedgerRead =
  | { readonly kind: 'ok'; readonly ledger: Ledger; readonly notes: readonly string[] }
  /** From a newer Exam Kiosk, or unreadable with its backup: exams are not recorded until it is sorted out. */
  | { readonly kind: 'refused'; readonly message: string };

/** Reads the ledger file; a missing file is an empty ledger, a damaged one falls back to its backup. */
export async function readLedger(file: string): Promise<LedgerRead> {
  const read = await readWithBackup(file, decodeLedger);
  if (read.kind === 'missing') return { kind: 'ok', ledger: emptyLedger(), notes: [] };
  if (read.kind === 'unreadable') {
    // The damaged file was set aside by readWithBackup. Starting afresh is safe: answers recorded again
    // carry the same ids and are dropped as repeats.
    return { kind: 'ok', ledger: emptyLedger(), notes: [`The exam ledger could not be read (${read.error}); it was set aside and rebuilt.`] };
  }
  if (read.value.kind === 'future') {
    return { kind: 'refused', message: `The exam ledger was written by a newer Exam Kiosk (version ${read.value.version}); exams are not recorded into progress until Exam Kiosk is updated.` };
  }
  const notes: string[] = [];
  if (read.origin === 'backup') notes.push(`The exam ledger was damaged (${read.mainError}); its backup was used.`);
  if (read.value.skipped > 0) notes.push(`${read.value.skipped} damaged entries of the exam ledger were skipped.`);
  return { kind: 'ok', ledger: read.value.ledger, notes };
}

export function writeLedger(file: string, ledger: Ledger): Promise<void> {
  return writeFileAtomic(file, encodeLedger(ledger));
}
