/**
 * How the sync summary is stored: deflated JSON in base64 behind an `ek1:` prefix (about 45% of the JSON's
 * size), and how a stored value is checked on the way back in. A damaged part is dropped with an issue, the
 * rest still merges; a summary from a newer version is ignored whole.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { examDateRows, examDatesFromRows } from './examDates';
import type { ProgressIssue, Result } from './issues';
import { emptySync, SYNC_FORMAT, SYNC_VERSION, type MachineEntry, type SyncCard, type SyncSummary } from './sync';

/** The value the host stores. */
export function encodeSync(summary: SyncSummary): string {
  return 'ek1:' + deflateRawSync(Buffer.from(JSON.stringify(summary), 'utf8'), { level: 9 }).toString('base64');
}

/** Decodes a stored value (encoded string or plain object); anything unusable gives an empty summary and an issue. */
export function decodeSync(value: unknown): Result<SyncSummary> {
  const fail = (message: string): Result<SyncSummary> => ({
    value: emptySync(),
    issues: [{ code: 'invalid-sync', message: `The synced progress summary was ignored: ${message}.` } satisfies ProgressIssue],
  });
  if (value === undefined || value === null) return { value: emptySync(), issues: [] };
  let parsed: unknown = value;
  if (typeof value === 'string') {
    if (!value.startsWith('ek1:')) return fail('unknown encoding');
    try {
      parsed = JSON.parse(inflateRawSync(Buffer.from(value.slice(4), 'base64')).toString('utf8')) as unknown;
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  }
  const v = parsed as Record<string, unknown>;
  if (!isObject(v) || v.format !== SYNC_FORMAT) return fail('not a progress summary');
  if (typeof v.version !== 'number' || v.version > SYNC_VERSION) {
    return fail(`format version ${String(v.version)} is newer than this Exam Kiosk reads (${SYNC_VERSION}); update it on this machine`);
  }
  if (!isObject(v.machines) || !isObject(v.cards)) return fail('damaged');
  const issues: ProgressIssue[] = [];
  const machines: Record<string, MachineEntry> = {};
  for (const [id, entry] of Object.entries(v.machines)) {
    if (validMachine(entry)) machines[id] = entry;
    else issues.push({ code: 'invalid-sync', message: `Synced progress of machine ${id} is damaged and was ignored.` });
  }
  const cards: Record<string, Record<string, SyncCard>> = {};
  for (const [bankId, bankCards] of Object.entries(v.cards)) {
    if (!isObject(bankCards)) continue;
    const out: Record<string, SyncCard> = {};
    let bad = 0;
    for (const [id, card] of Object.entries(bankCards)) {
      if (validCard(card)) out[id] = card;
      else bad++;
    }
    if (bad > 0) issues.push({ code: 'invalid-sync', message: `${bad} synced review schedules of ${bankId} were damaged and ignored.` });
    cards[bankId] = out;
  }
  const dates = examDatesFromRows(v.dates);
  if (dates.invalid > 0) issues.push({ code: 'invalid-sync', message: `${dates.invalid} synced exam dates were damaged and ignored.` });
  const summary: SyncSummary = { format: SYNC_FORMAT, version: SYNC_VERSION, machines, cards, ...(dates.dates.size > 0 ? { dates: examDateRows(dates.dates) } : {}) };
  return { value: summary, issues };
}

function validMachine(entry: unknown): entry is MachineEntry {
  if (!isObject(entry) || !isNumber(entry.updatedAt) || !isObject(entry.banks)) return false;
  return Object.values(entry.banks).every((bank) => isObject(bank) && isNumber(bank.answers) && isNumber(bank.right)
    && validTallies(bank.tasks) && validTallies(bank.domains));
}

function validTallies(value: unknown): boolean {
  return isObject(value) && Object.values(value).every((row) => Array.isArray(row) && row.length === 4 && row.every(isNumber));
}

function validCard(value: unknown): value is SyncCard {
  return Array.isArray(value) && value.length === 10 && typeof value[0] === 'string'
    && value.slice(1).every(isNumber) && value[3] > 0 && value[4] >= 1 && (value[7] === 0 || value[7] === 1);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
