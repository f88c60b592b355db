/**
 * Progress across machines through Settings Sync: a compact summary (see `core/progress/sync.ts`) stored in
 * `globalState` under a key registered for sync, and a random id for this machine kept in the same global
 * state but not synced. VS Code brings other machines' writes in without an event, so the value is read
 * again whenever the window gains focus.
 */
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import type { ProgressIssue } from '../../core/progress/issues';
import type { ProgressState } from '../../core/progress/state';
import type { ExamDates } from '../../core/progress/examDates';
import { buildSyncSummary, emptySync, publishNeeded, type SyncSummary } from '../../core/progress/sync';
import { decodeSync, encodeSync } from '../../core/progress/syncCodec';

/** Synced: the summary of every machine's progress. */
export const SYNC_KEY = 'examKiosk.progressSync';
/** Not synced: which machine this is. */
export const MACHINE_KEY = 'examKiosk.machineId';

type GlobalState = vscode.Memento & { setKeysForSync(keys: readonly string[]): void };

export class ProgressSync {
  private raw: unknown;
  private decoded: SyncSummary = emptySync();
  private read = false;

  constructor(private readonly globalState: GlobalState, private readonly clock: () => number = Date.now) {
    globalState.setKeysForSync([SYNC_KEY]);
  }

  /** This machine's stable id, made on first use. */
  get machineId(): string {
    let id = this.globalState.get<string>(MACHINE_KEY);
    if (typeof id !== 'string' || id === '') {
      id = `m-${randomBytes(8).toString('hex')}`;
      void this.globalState.update(MACHINE_KEY, id);
    }
    return id;
  }

  /**
   * The summary as stored now. `changed` says whether it differs from the previous call's (another machine
   * published, or this is the first read); `issues` report damaged parts, which are ignored.
   */
  current(): { summary: SyncSummary; changed: boolean; issues: readonly ProgressIssue[] } {
    const raw = this.globalState.get<unknown>(SYNC_KEY);
    if (this.read && raw === this.raw) return { summary: this.decoded, changed: false, issues: [] };
    const decoded = decodeSync(raw);
    this.raw = raw;
    this.read = true;
    this.decoded = decoded.value;
    return { summary: decoded.value, changed: true, issues: decoded.issues };
  }

  /**
   * Publishes this machine's own `local` state and exam `dates`, joined with what the other machines published,
   * unless the synced summary already has this machine's answers and dates (so opening a window writes nothing).
   */
  async publish(local: ProgressState, dates?: ExamDates): Promise<void> {
    const { summary } = this.current();
    if (!publishNeeded(summary, this.machineId, local, dates)) return;
    const next = buildSyncSummary(local, this.machineId, this.clock(), summary, dates);
    const encoded = encodeSync(next);
    await this.globalState.update(SYNC_KEY, encoded);
    this.raw = encoded;
    this.decoded = next;
  }

  /** Starts the synced summary afresh (a reset): other machines' entries return when they next publish. */
  async clear(): Promise<void> {
    const empty = encodeSync(emptySync());
    await this.globalState.update(SYNC_KEY, empty);
    this.raw = empty;
    this.decoded = emptySync();
  }
}
