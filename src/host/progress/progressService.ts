/**
 * Progress for the whole extension: the answer store and the exam ledger in global storage, opened on first
 * use (never during activation), and the synced summary from other machines. Views read `state()`, every
 * answer goes through `record…`, and `onDidChange` tells views to redraw.
 *
 * Problems are reported once per window: a store from a newer Exam Kiosk (or one that can't be read) turns
 * progress off without touching the files; damaged lines and recovered files are summarised with what was
 * recovered or skipped. Nothing here throws into a caller.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SerialQueue } from '../../core/serialQueue';
import type { Question } from '../../core/bank/model';
import { emptyLedger, LEDGER_FILE, ledgerOutcomes, readLedger, writeLedger, type Ledger } from '../../core/progress/examLedger';
import type { ExamOutcome } from '../../core/progress/outcomes';
import type { AnswerInput, AnswerRecord } from '../../core/progress/records';
import { emptyState, type ProgressState } from '../../core/progress/state';
import { sameWeights, type FsrsWeights } from '../../core/progress/scheduler';
import { ProgressStore } from '../../core/progress/store';
import { emptyExamDates, mergeExamDates, type ExamDates } from '../../core/progress/examDates';
import { emptySync, syncedExamDates, withSync, type SyncSummary } from '../../core/progress/sync';
import { Disposable } from '../disposable';
import { ProgressSync } from './progressSync';
import { ProgressReporter } from './progressReporter';

const FLUSH_DELAY_MS = 3_000;
const PUBLISH_DELAY_MS = 10_000;

export class ProgressService extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  /** Progress changed: an answer, an import, a reset, or answers from another window or machine. */
  readonly onDidChange = this.changed.event;
  private readonly opened = this.register(new vscode.EventEmitter<void>());
  /** The store opened (once per window): time to record exams finished while progress was closed. */
  readonly onDidOpen = this.opened.event;

  private opening: Promise<ProgressStore | undefined> | undefined;
  private store: ProgressStore | undefined;
  private ledger: Promise<Ledger | undefined> | undefined;
  private merged: ProgressState | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private publishTimer: NodeJS.Timeout | undefined;
  private readonly queue = new SerialQueue();

  constructor(readonly dir: string, readonly sync: ProgressSync, readonly reporter: ProgressReporter) {
    super();
    this.register(vscode.window.onDidChangeWindowState((state) => {
      if (state.focused && this.opening) void this.refresh();
    }));
    this.register({
      dispose: () => {
        clearTimeout(this.flushTimer);
        clearTimeout(this.publishTimer);
        // Best effort on the way out: the summary is derived data and the next window rebuilds what is missing.
        if (this.store) {
          void this.store.flush();
          void this.sync.publish(this.store.state, this.store.examDates).catch(() => undefined);
        }
      },
    });
  }

  /** The store, opened on first use; undefined when it was refused (the user has been told). */
  open(): Promise<ProgressStore | undefined> {
    this.opening ??= this.openNow();
    return this.opening;
  }

  private async openNow(): Promise<ProgressStore | undefined> {
    try {
      const received = this.sync.current();
      this.reporter.report('sync', received.issues);
      const opened = await ProgressStore.open(this.dir, { sync: received.summary });
      if (opened.kind === 'refused') {
        this.reporter.refused(opened.message);
        return undefined;
      }
      this.store = opened.store;
      this.reporter.report('open', opened.issues);
      await this.takeSyncedDates(opened.store, received.summary);
      this.schedulePublish();
      setTimeout(() => this.opened.fire(), 0);
      return opened.store;
    } catch (error) {
      this.reporter.refused(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  /** This machine's progress with the other machines' synced progress added: what every view shows. */
  async state(): Promise<ProgressState> {
    const store = await this.open();
    if (this.merged) return this.merged;
    const { summary } = this.sync.current();
    this.merged = withSync(store?.state ?? emptyState(), summary, this.sync.machineId);
    return this.merged;
  }

  /** Records one answer to `question`; false when it could not be stored (the user has been told). */
  async record(question: Question, answer: AnswerInput): Promise<boolean> {
    const store = await this.open();
    if (!store) return false;
    const result = await store.record(question, answer);
    this.reporter.report('record', result.issues);
    this.afterWrite();
    return result.value !== undefined;
  }

  /**
   * Records prepared answers (from an exam). With `skipKnown` (a whole exam) answers already in the log are
   * left out. Returns how many were stored, or undefined on failure (the user has been told).
   */
  async recordMany(records: readonly AnswerRecord[], skipKnown: boolean): Promise<number | undefined> {
    const store = await this.open();
    if (!store) return undefined;
    const result = await store.recordMany(records, { skipKnown });
    this.reporter.report('record', result.issues);
    if (result.issues.some((i) => i.code === 'io-error' || i.code === 'future-version')) return undefined;
    this.afterWrite();
    return result.value.length;
  }

  /** The exam ledger; undefined when it is from a newer Exam Kiosk (the user has been told). */
  readLedger(): Promise<Ledger | undefined> {
    this.ledger ??= readLedger(path.join(this.dir, LEDGER_FILE)).then((read) => {
      if (read.kind === 'refused') {
        this.reporter.refusedLedger(read.message);
        return undefined;
      }
      this.reporter.notes(read.notes);
      return read.ledger;
    });
    return this.ledger;
  }

  /** Changes the ledger with `update`, one change at a time; false when the ledger is unavailable or the write failed. */
  updateLedger(update: (ledger: Ledger) => Ledger): Promise<boolean> {
    return this.queue.run(async () => {
      const current = await this.readLedger();
      if (!current) return false;
      const next = update(current);
      if (next === current) return true;
      try {
        await writeLedger(path.join(this.dir, LEDGER_FILE), next);
      } catch (error) {
        this.reporter.report('ledger', [{ code: 'io-error', message: `The exam ledger could not be saved: ${error instanceof Error ? error.message : String(error)}` }]);
        return false;
      }
      this.ledger = Promise.resolve(next);
      this.changed.fire();
      return true;
    });
  }

  /** The learner's exam dates by bank id: this machine's joined with those synced from the others. */
  async examDates(): Promise<ExamDates> {
    const store = await this.open();
    return mergeExamDates(store?.examDates ?? emptyExamDates(), syncedExamDates(this.sync.current().summary));
  }

  /**
   * Sets (or with null clears) the exam date of `bankId`, saves it and publishes it to the other machines.
   * Returns why it could not be saved, for the caller to tell (the learner asked for this change just now).
   */
  async setExamDate(bankId: string, date: string | null): Promise<string | undefined> {
    const store = await this.open();
    if (!store) return 'Progress is not being recorded in this window.';
    // The synced dates first, so that this change is the latest whatever another machine's clock said.
    await this.takeSyncedDates(store, this.sync.current().summary);
    const result = await store.setExamDate(bankId, date);
    this.reporter.logOnly('exam-date', result.issues);
    if (result.issues.length > 0) return result.issues.map((i) => i.message).join(' ');
    this.invalidate();
    await this.publishNow();
    return undefined;
  }

  /** The FSRS weights reviews are scheduled with: the learner's own once fitted, else undefined (the defaults). */
  async weights(): Promise<FsrsWeights | undefined> {
    const store = await this.open();
    return store === undefined || sameWeights(store.weights, undefined) ? undefined : store.weights;
  }

  /** Mock-exam outcomes for the score trend and exports, oldest first. */
  async outcomes(): Promise<ExamOutcome[]> {
    return ledgerOutcomes((await this.readLedger()) ?? emptyLedger());
  }

  /** Picks up answers other windows appended and what other machines published. */
  async refresh(): Promise<void> {
    const store = await this.open();
    const received = this.sync.current();
    this.reporter.report('sync', received.issues);
    if (received.changed && store) {
      store.useSync(received.summary);
      await this.takeSyncedDates(store, received.summary);
    }
    const before = store?.state.records;
    const issues = (await store?.refresh()) ?? [];
    this.reporter.report('refresh', issues);
    this.ledger = undefined;
    if (received.changed || store?.state.records !== before) this.invalidate();
  }

  /** Views must recompute: the state changed under them (after an import or a reset, say). */
  invalidate(): void {
    this.merged = undefined;
    this.changed.fire();
  }

  /**
   * After the store was reset: the synced summary starts afresh too, and answers from now on start fresh
   * schedules instead of continuing synced ones.
   */
  async afterReset(): Promise<void> {
    clearTimeout(this.publishTimer);
    await this.sync.clear();
    this.store?.useSync(emptySync());
    this.invalidate();
  }

  /** Publishes now (after an import) rather than after the usual delay. */
  async publishNow(): Promise<void> {
    clearTimeout(this.publishTimer);
    if (this.store) await this.sync.publish(this.store.state, this.store.examDates).catch(() => undefined);
  }

  private async takeSyncedDates(store: ProgressStore, summary: SyncSummary): Promise<void> {
    const synced = syncedExamDates(summary);
    if (synced.size === 0) return;
    this.reporter.report('exam-date', (await store.mergeExamDates(synced)).issues);
  }

  private afterWrite(): void {
    this.invalidate();
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => void this.store?.flush().then((issues) => this.reporter.report('flush', issues)), FLUSH_DELAY_MS);
    this.schedulePublish();
  }

  private schedulePublish(): void {
    clearTimeout(this.publishTimer);
    this.publishTimer = setTimeout(() => void this.publishNow(), PUBLISH_DELAY_MS);
  }
}

