/**
 * The list of past exams, kept cheap: one line of facts per exam, cached in `.index.json` beside the exam
 * files with each file's size and modification time. Listing stats every exam file and re-reads only those
 * that changed since the cache was written. The cache is never the truth: it is rebuilt from the exam files
 * whenever it is missing, damaged or stale.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { backupPath, errorMessage, writeFileAtomic } from '../storage/atomicFile';
import { isPractice, type ExamKind } from './examConfig';
import { decodeExamState, isExamId } from './examCodec';
import { EXAM_SCHEMA, type ExamState, type ExamStatus, type ScoreSummary, type SubmitReason } from './examState';

/** One past or running exam, as a list shows it. */
export interface ExamListEntry {
  readonly id: string;
  readonly bankId: string;
  /** Exam code, e.g. `CLF-C02`. */
  readonly exam: string;
  readonly title: string;
  readonly kind: ExamKind;
  readonly practice: boolean;
  /** A diagnostic (see `CustomExamConfig.purpose`). */
  readonly diagnostic?: boolean;
  readonly questionCount: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly deadline: number | null;
  readonly status: ExamStatus;
  readonly submittedAt: number | null;
  readonly submitReason: SubmitReason | null;
  readonly result: ScoreSummary | null;
  /** The exam file is damaged; this entry comes from its backup, which loading will recover. */
  readonly damaged?: boolean;
}

/** An exam file that cannot be listed, and why (damaged beyond its backup, or from a newer Exam Kiosk). */
export interface ExamListProblem {
  readonly id: string;
  readonly message: string;
}

export interface ExamList {
  /** Newest first. */
  readonly entries: readonly ExamListEntry[];
  readonly problems: readonly ExamListProblem[];
}

export const INDEX_FILE = '.index.json';
const INDEX_VERSION = 1;

interface Cached {
  readonly size: number;
  readonly mtimeMs: number;
  readonly entry: ExamListEntry;
}

/** The list entry of `state`. */
export function listEntry(state: ExamState): ExamListEntry {
  return {
    id: state.id,
    bankId: state.bank.id,
    exam: state.bank.exam,
    title: state.bank.title,
    kind: state.config.kind,
    practice: isPractice(state.config),
    ...(state.config.kind === 'custom' && state.config.purpose === 'diagnostic' ? { diagnostic: true } : {}),
    questionCount: state.items.length,
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    deadline: state.deadline,
    status: state.status,
    submittedAt: state.submittedAt,
    submitReason: state.submitReason,
    result: state.result,
  };
}

/** Lists the exams in `dir`, refreshing the cache when anything changed. A missing folder lists nothing. */
export async function listExams(dir: string): Promise<ExamList> {
  const ids = await examIds(dir);
  const cache = await readCache(dir);
  const fresh: Record<string, Cached> = {};
  const entries: ExamListEntry[] = [];
  const problems: ExamListProblem[] = [];
  let dirty = Object.keys(cache).some((id) => !ids.includes(id));
  for (const id of ids) {
    const file = path.join(dir, `${id}.json`);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat) continue;
    const hit = cache[id];
    if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) {
      fresh[id] = hit;
      entries.push(hit.entry);
      continue;
    }
    dirty = true;
    const read = await readEntry(file);
    if ('entry' in read) {
      entries.push(read.entry);
      if (!read.entry.damaged) fresh[id] = { size: stat.size, mtimeMs: stat.mtimeMs, entry: read.entry };
    } else problems.push({ id, message: read.problem });
  }
  if (dirty) await writeFileAtomic(path.join(dir, INDEX_FILE), JSON.stringify({ version: INDEX_VERSION, exams: fresh })).catch(() => undefined);
  entries.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  return { entries, problems };
}

async function examIds(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const id = name.endsWith('.json') ? name.slice(0, -5) : '';
    return isExamId(id) ? [id] : [];
  });
}

async function readCache(dir: string): Promise<Record<string, Cached>> {
  try {
    const data = JSON.parse(await fs.readFile(path.join(dir, INDEX_FILE), 'utf8')) as { version?: unknown; exams?: unknown };
    if (data.version !== INDEX_VERSION || typeof data.exams !== 'object' || data.exams === null) return {};
    const exams = data.exams as Record<string, Partial<Cached>>;
    const usable = (c: Partial<Cached> | undefined) =>
      typeof c?.size === 'number' && typeof c.mtimeMs === 'number' && typeof c.entry === 'object' && c.entry !== null;
    return Object.fromEntries(Object.entries(exams).filter(([, c]) => usable(c))) as Record<string, Cached>;
  } catch {
    return {};
  }
}

/** Reads one exam for listing, without repairing anything: loading the exam does that. */
async function readEntry(file: string): Promise<{ entry: ExamListEntry } | { problem: string }> {
  const main = await decodeFile(file);
  if ('state' in main) return { entry: listEntry(main.state) };
  if ('future' in main) return { problem: main.future };
  const backup = await decodeFile(backupPath(file));
  if ('state' in backup) return { entry: { ...listEntry(backup.state), damaged: true } };
  return { problem: `The exam file is damaged (${main.error}) and has no usable backup.` };
}

async function decodeFile(file: string): Promise<{ state: ExamState } | { future: string } | { error: string }> {
  try {
    const decoded = decodeExamState(await fs.readFile(file, 'utf8'));
    if ('error' in decoded) return { error: decoded.error };
    if (decoded.kind === 'future') return { future: futureMessage(decoded.schema) };
    return { state: decoded.state };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/** What to tell the user about an exam saved by a newer Exam Kiosk. */
export function futureMessage(schema: number): string {
  return (
    `This exam was saved by a newer version of Exam Kiosk (exam format ${schema}; this version reads format ` +
    `${EXAM_SCHEMA}). Update Exam Kiosk to open it. The file was left as it is.`
  );
}
