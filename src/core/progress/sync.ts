/**
 * The sync summary: a compact digest of progress that follows the learner across machines (the host stores
 * it in `globalState` with `setKeysForSync`). It holds no answer history, only:
 *
 * - per machine, that machine's own decayed tallies per task and domain (and answer counts), referred to the
 *   time it last published;
 * - per question, the latest FSRS card (with the last outcome and answer counts), whichever machine it came
 *   from.
 *
 * Merging (`mergeSync`) is a join: per machine the entry with the later `updatedAt` wins (only that machine
 * writes it, so later means more complete); per question the card with the later review wins. The merge is
 * commutative, associative and idempotent, so machines converge whatever the order, repetition or
 * last-writer-wins overwrites of the synced value (a machine's lost entry comes back with its next publish).
 *
 * A machine's view (`withSync`) is its own log-derived state plus the *other* machines' tallies (decayed to
 * a common time and added: each answer is counted once, by the machine where it was given) and, per
 * question, the later of its own card and the synced card. An answer given here after a newer review on
 * another machine continues that machine's schedule (`syncCardSource`, passed to the store). Limit: records
 * imported from another machine's export and also published by that machine count twice in the tallies. Entries not updated for a year are
 * dropped (their decayed weight is below 1/4000 by then).
 *
 * The learner's exam dates travel in `dates` (see `examDates.ts`), merged the same way: per bank the entry set
 * last wins. A summary from before exam dates has no `dates` and reads as none.
 */
import { addTallies, DAY_MS, tallyAt, type Tally } from './evidence';
import { examDateRows, examDatesFromRows, mergeExamDates, sameExamDates, type ExamDateRows, type ExamDates } from './examDates';
import type { ReviewCard } from './scheduler';
import { emptyBank, emptyState, type BankProgress, type CardSource, type ProgressState, type QuestionProgress } from './state';

export const SYNC_FORMAT = 'exam-kiosk-progress-sync';
export const SYNC_VERSION = 1;
const MINUTE = 60_000;
const STALE_MS = 365 * DAY_MS;

/** [decayed correct, decayed total, answers, right] at the machine's `updatedAt`. */
export type SyncTally = [number, number, number, number];

export interface SyncBank {
  readonly answers: number;
  readonly right: number;
  readonly tasks: Readonly<Record<string, SyncTally>>;
  readonly domains: Readonly<Record<string, SyncTally>>;
}

export interface MachineEntry {
  readonly updatedAt: number;
  readonly banks: Readonly<Record<string, SyncBank>>;
}

/**
 * [contentHash, last review (epoch minutes), scheduled days, stability, difficulty, reps, lapses,
 * last answer right (1/0), attempts, right answers]. The due time is last review + scheduled days.
 */
export type SyncCard = [string, number, number, number, number, number, number, 0 | 1, number, number];

export interface SyncSummary {
  readonly format: typeof SYNC_FORMAT;
  readonly version: number;
  readonly machines: Readonly<Record<string, MachineEntry>>;
  /** By bank id, then question id. */
  readonly cards: Readonly<Record<string, Readonly<Record<string, SyncCard>>>>;
  /** Exam dates by bank id; absent when none was ever set. */
  readonly dates?: ExamDateRows;
}

export function emptySync(): SyncSummary {
  return { format: SYNC_FORMAT, version: SYNC_VERSION, machines: {}, cards: {} };
}

/**
 * What this machine publishes: its own log-derived `state` as its machine entry and its exam `dates`, joined
 * with what it received before (`previous`), so other machines' entries, cards and dates travel on.
 */
export function buildSyncSummary(
  state: ProgressState,
  machineId: string,
  now: number,
  previous: SyncSummary = emptySync(),
  dates?: ExamDates,
): SyncSummary {
  const banks: Record<string, SyncBank> = {};
  const cards: Record<string, Record<string, SyncCard>> = {};
  for (const [bankId, bank] of state.banks) {
    banks[bankId] = { answers: bank.answers, right: bank.right, tasks: syncTallies(bank.tasks, now), domains: syncTallies(bank.domains, now) };
    const bankCards: Record<string, SyncCard> = {};
    for (const [id, q] of bank.questions) bankCards[id] = toSyncCard(q);
    cards[bankId] = bankCards;
  }
  const own: SyncSummary = {
    format: SYNC_FORMAT, version: SYNC_VERSION, machines: { [machineId]: { updatedAt: now, banks } }, cards,
    ...(dates !== undefined && dates.size > 0 ? { dates: examDateRows(dates) } : {}),
  };
  return mergeSync(previous, own, now);
}

/** Joins two summaries (see the module comment); entries older than a year before `now` are dropped. */
export function mergeSync(a: SyncSummary, b: SyncSummary, now: number): SyncSummary {
  const machines: Record<string, MachineEntry> = {};
  for (const source of [a.machines, b.machines]) {
    for (const [id, entry] of Object.entries(source)) {
      if (now - entry.updatedAt > STALE_MS) continue;
      const current = machines[id];
      if (current === undefined || entry.updatedAt > current.updatedAt) machines[id] = entry;
    }
  }
  const cards: Record<string, Record<string, SyncCard>> = {};
  for (const source of [a.cards, b.cards]) {
    for (const [bankId, bankCards] of Object.entries(source)) {
      const target = (cards[bankId] ??= {});
      for (const [id, card] of Object.entries(bankCards)) {
        const current = target[id];
        if (current === undefined || laterCard(card, current)) target[id] = card;
      }
    }
  }
  const dates = mergeExamDates(syncedExamDates(a), syncedExamDates(b));
  return { format: SYNC_FORMAT, version: SYNC_VERSION, machines, cards, ...(dates.size > 0 ? { dates: examDateRows(dates) } : {}) };
}

/**
 * Whether this machine has something to publish: answers the summary doesn't have yet (or no entry at all
 * once there are answers), or an exam date newer than the summary's.
 */
export function publishNeeded(summary: SyncSummary, machineId: string, local: ProgressState, dates?: ExamDates): boolean {
  const mine = summary.machines[machineId];
  const published = mine ? Object.values(mine.banks).reduce((n, bank) => n + bank.answers, 0) : 0;
  const answers = [...local.banks.values()].reduce((n, bank) => n + bank.answers, 0);
  if (published !== answers || (mine === undefined && answers > 0)) return true;
  if (dates === undefined || dates.size === 0) return false;
  const synced = syncedExamDates(summary);
  return !sameExamDates(mergeExamDates(synced, dates), synced);
}

/** The exam dates carried by a summary (none for a summary from before exam dates). */
export function syncedExamDates(sync: SyncSummary): ExamDates {
  return examDatesFromRows(sync.dates).dates;
}

/** This machine's view: its own state plus other machines' tallies and any newer synced cards. */
export function withSync(local: ProgressState, sync: SyncSummary, machineId: string): ProgressState {
  const state = emptyState();
  state.records = local.records;
  state.lastAnsweredAt = local.lastAnsweredAt;
  for (const [bankId, bank] of local.banks) {
    state.banks.set(bankId, { ...bank, tasks: new Map(bank.tasks), domains: new Map(bank.domains), questions: new Map(bank.questions) });
  }
  const bankOf = (bankId: string): BankProgress => {
    let bank = state.banks.get(bankId);
    if (bank === undefined) {
      bank = emptyBank(bankId);
      state.banks.set(bankId, bank);
    }
    return bank;
  };
  for (const [id, entry] of Object.entries(sync.machines)) {
    if (id === machineId) continue;
    for (const [bankId, remote] of Object.entries(entry.banks)) {
      const bank = bankOf(bankId);
      bank.answers += remote.answers;
      bank.right += remote.right;
      addSyncTallies(bank.tasks, remote.tasks, entry.updatedAt);
      addSyncTallies(bank.domains, remote.domains, entry.updatedAt);
    }
  }
  for (const [bankId, bankCards] of Object.entries(sync.cards)) {
    const bank = bankOf(bankId);
    for (const [id, row] of Object.entries(bankCards)) {
      const mine = bank.questions.get(id);
      const theirs = fromSyncCard(row);
      if (mine === undefined || theirs.card.lastReview > mine.card.lastReview) {
        bank.questions.set(id, theirs);
        if (theirs.lastAnsweredAt > bank.lastAnsweredAt) bank.lastAnsweredAt = theirs.lastAnsweredAt;
      }
    }
  }
  return state;
}

/** The synced cards as a source for continuing schedules locally (see `applyRecord`). */
export function syncCardSource(sync: SyncSummary): CardSource {
  return (bankId, questionId) => {
    const row = sync.cards[bankId]?.[questionId];
    return row === undefined ? undefined : fromSyncCard(row).card;
  };
}

function syncTallies(map: ReadonlyMap<string, Tally>, now: number): Record<string, SyncTally> {
  const out: Record<string, SyncTally> = {};
  for (const [key, tally] of map) {
    const { correct, total } = tallyAt(tally, now);
    out[key] = [round(correct), round(total), tally.answers, tally.right];
  }
  return out;
}

function addSyncTallies(target: Map<string, Tally>, remote: Readonly<Record<string, SyncTally>>, ref: number): void {
  for (const [key, [correct, total, answers, right]] of Object.entries(remote)) {
    const theirs: Tally = { correct, total, ref, answers, right };
    const mine = target.get(key);
    target.set(key, mine === undefined ? theirs : addTallies(mine, theirs));
  }
}

function toSyncCard(q: QuestionProgress): SyncCard {
  const c = q.card;
  return [c.contentHash, Math.round(c.lastReview / MINUTE), c.scheduledDays, round(c.stability), round(c.difficulty),
    c.reps, c.lapses, q.lastCorrect ? 1 : 0, q.attempts, q.right];
}

function fromSyncCard(row: SyncCard): QuestionProgress {
  const lastReview = row[1] * MINUTE;
  const card: ReviewCard = {
    contentHash: row[0], lastReview, scheduledDays: row[2], due: lastReview + row[2] * DAY_MS,
    stability: row[3], difficulty: row[4], reps: row[5], lapses: row[6],
  };
  return { attempts: row[8], right: row[9], lastAnsweredAt: lastReview, lastCorrect: row[7] === 1, card };
}

function laterCard(a: SyncCard, b: SyncCard): boolean {
  if (a[1] !== b[1]) return a[1] > b[1];
  if (a[5] !== b[5]) return a[5] > b[5];
  return JSON.stringify(a) > JSON.stringify(b);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
