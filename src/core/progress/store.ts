/**
 * The progress store for one user: the answer log and its summary in one folder (the host passes its
 * `globalStorageUri` path), and the learner's exam dates beside them. It keeps the state in memory, appends
 * each answer to the log, follows appends from other windows, and rewrites the summary when asked. Operations
 * run one at a time.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Question } from '../bank/model';
import { errorMessage } from '../storage/atomicFile';
import type { ProgressIssue, Result } from './issues';
import {
  EXAM_DATES_FILE, emptyExamDates, mergeExamDates, readExamDates, sameExamDates, withExamDate, writeExamDates, type ExamDates,
} from './examDates';
import { fitWeights, FSRS_WEIGHTS_FILE, readFittedWeights, writeFittedWeights, type FitResult, type FsrsOptimizer } from './fsrsFit';
import { appendRecords, readLog, readLogHeader } from './log';
import type { ExamOutcome } from './outcomes';
import { createAnswerRecord, type AnswerInput, type AnswerRecord } from './records';
import { reviewModel, sameWeights, type FsrsWeights, type ReviewModel } from './scheduler';
import { applyRecord, buildState, emptyState, type CardSource, type ProgressState } from './state';
import { readSummary, writeSummary, type LogPosition } from './summary';
import { syncCardSource, type SyncSummary } from './sync';
import { exportProgress, parseImport, resetFiles, type ImportReport } from './transfer';

export const LOG_FILE = 'answers.jsonl';
export const SUMMARY_FILE = 'progress-summary.json';

export interface StoreOptions {
  /** Clock, for tests. */
  readonly now?: () => number;
  /** fsync each append (default true). */
  readonly durable?: boolean;
  /** The synced summary received from other machines, if already known (see `useSync`). */
  readonly sync?: SyncSummary;
  /** FSRS weights to schedule with; by default the learner's own saved in the folder (see `fsrsFit.ts`), else the defaults. */
  readonly weights?: FsrsWeights;
}

export type OpenResult =
  | { readonly kind: 'ok'; readonly store: ProgressStore; readonly issues: readonly ProgressIssue[] }
  /** The log is from a newer version or can't be read: the host shows `message` and leaves the files alone. */
  | { readonly kind: 'refused'; readonly message: string };

const NO_POSITION: LogPosition = { logId: '', bytes: 0, lines: 0 };

export class ProgressStore {
  private current: ProgressState = emptyState();
  private position: LogPosition = NO_POSITION;
  private dirty = false;
  /** A summary from a newer version is neither used nor overwritten. */
  private summaryLocked = false;
  private queue: Promise<unknown> = Promise.resolve();
  private cards: CardSource | undefined;
  private dates: ExamDates = emptyExamDates();
  private model: ReviewModel = reviewModel();
  /** Set when the exam-dates file is from a newer version: it is then neither read nor written. */
  private datesLocked: string | undefined;

  private constructor(
    readonly logFile: string,
    readonly summaryFile: string,
    readonly examDatesFile: string,
    readonly weightsFile: string,
    private readonly now: () => number,
    private readonly durable: boolean,
  ) {}

  static async open(dir: string, options: StoreOptions = {}): Promise<OpenResult> {
    const store = new ProgressStore(
      path.join(dir, LOG_FILE), path.join(dir, SUMMARY_FILE), path.join(dir, EXAM_DATES_FILE), path.join(dir, FSRS_WEIGHTS_FILE),
      options.now ?? Date.now, options.durable ?? true,
    );
    if (options.sync !== undefined) store.useSync(options.sync);
    const weights = options.weights ?? (await readFittedWeights(store.weightsFile))?.weights;
    if (weights !== undefined) store.model = reviewModel(weights);
    const header = await readLogHeader(store.logFile);
    if (header.kind === 'refused') return { kind: 'refused', message: header.message };
    if (header.kind === 'unreadable') return { kind: 'refused', message: `The answer log can't be read: ${header.error}` };
    const issues: ProgressIssue[] = [];
    const dates = await readExamDates(store.examDatesFile);
    if (dates.kind === 'future') {
      store.datesLocked = dates.message;
      issues.push({ code: 'future-version', message: dates.message });
    } else {
      store.dates = dates.dates;
      issues.push(...dates.issues);
    }
    const summary = await readSummary(store.summaryFile);
    if (summary.kind === 'ok' && summary.value.kind === 'future') {
      store.summaryLocked = true;
      issues.push({ code: 'summary-stale', message: 'The progress summary is from a newer Exam Kiosk; it is left alone and progress is read from the answer log.' });
    }
    if (header.kind === 'missing') return { kind: 'ok', store, issues };
    const logId = header.header?.logId ?? '';
    const size = await fileSize(store.logFile);
    // A summary whose review cards were computed with other FSRS weights is rebuilt with these.
    if (summary.kind === 'ok' && summary.value.kind === 'ok' && summary.value.position.logId === logId && summary.value.position.bytes <= size
      && sameWeights(summary.value.weights, weights)) {
      if (summary.origin === 'backup') {
        issues.push({ code: 'summary-from-backup', message: `The progress summary was damaged (${summary.mainError}); its backup was used.` });
      }
      store.current = summary.value.state;
      store.position = summary.value.position;
      issues.push(...(await store.catchUp()));
    } else {
      if (summary.kind === 'unreadable') issues.push({ code: 'summary-unreadable', message: `The progress summary was rebuilt from the answer log (${summary.error}).` });
      issues.push(...(await store.rebuildNow()));
    }
    issues.push(...(await store.flushNow()));
    return { kind: 'ok', store, issues };
  }

  /** The state derived from this machine's log (combine with `withSync` for the synced view). */
  get state(): ProgressState {
    return this.current;
  }

  /** The learner's exam dates by bank id, as this machine knows them (merge synced ones with `mergeExamDates`). */
  get examDates(): ExamDates {
    return this.dates;
  }

  /**
   * Sets (or with null clears) the exam date of `bankId`, a `YYYY-MM-DD` day, and saves it. Returns the dates
   * after the change; an invalid date or a failed write leaves them as they were, with an issue.
   */
  setExamDate(bankId: string, date: string | null): Promise<Result<ExamDates>> {
    return this.run(async () => {
      const next = withExamDate(this.dates, bankId, date, this.now());
      if (next.error !== undefined) return { value: this.dates, issues: [{ code: 'invalid-exam-date', message: next.error }] };
      return this.saveDates(next.dates);
    });
  }

  /** Merges exam dates from elsewhere (the synced summary); saves them when anything changed. */
  mergeExamDates(other: ExamDates): Promise<Result<ExamDates>> {
    return this.run(() => this.saveDates(mergeExamDates(this.dates, other)));
  }

  private async saveDates(next: ExamDates): Promise<Result<ExamDates>> {
    if (sameExamDates(next, this.dates)) return { value: this.dates, issues: [] };
    if (this.datesLocked !== undefined) return { value: this.dates, issues: [{ code: 'future-version', message: this.datesLocked }] };
    try {
      await writeExamDates(this.examDatesFile, next);
    } catch (error) {
      return { value: this.dates, issues: [{ code: 'io-error', message: `The exam date could not be saved: ${errorMessage(error)}` }] };
    }
    this.dates = next;
    return { value: next, issues: [] };
  }

  /** Records an answer to `question`; returns the stored record, or issues when it could not be stored. */
  record(question: Question, answer: AnswerInput): Promise<Result<AnswerRecord | undefined>> {
    const record = createAnswerRecord(question, answer);
    return this.run(async () => {
      const issues = await this.appendNow([record]);
      return { value: issues.some((i) => i.code === 'io-error' || i.code === 'future-version') ? undefined : record, issues };
    });
  }

  /**
   * Records prepared answers in one append (an exam's answers, say). With `skipKnown`, records whose id is
   * already in the log are left out first (the log is read for that), so recording the same exam twice adds
   * nothing. Returns the records stored.
   */
  recordMany(records: readonly AnswerRecord[], options: { readonly skipKnown?: boolean } = {}): Promise<Result<readonly AnswerRecord[]>> {
    return this.run(async () => {
      let fresh = records;
      if (options.skipKnown && records.length > 0) {
        const read = await readLog(this.logFile);
        if (read.kind === 'refused') return { value: [], issues: [{ code: 'future-version', message: read.message }] };
        if (read.kind === 'unreadable') return { value: [], issues: [{ code: 'io-error', message: `The answer log can't be read: ${read.error}` }] };
        const known = new Set(read.kind === 'ok' ? read.records.map((r) => r.id) : []);
        fresh = records.filter((r) => !known.has(r.id));
      }
      if (fresh.length === 0) return { value: [], issues: [] };
      const issues = await this.appendNow(fresh);
      return { value: issues.some((i) => i.code === 'io-error' || i.code === 'future-version') ? [] : fresh, issues };
    });
  }

  /**
   * Uses the synced summary received from other machines: answers applied from now on continue a question's
   * schedule from a newer review made elsewhere. (Views combine it with `withSync`.)
   */
  useSync(summary: SyncSummary): void {
    this.cards = syncCardSource(summary);
  }

  /**
   * Schedules reviews with the learner's own FSRS `weights` (undefined: the defaults) from now on: the
   * history is replayed with them when they differ from the ones in use.
   */
  useWeights(weights: FsrsWeights | undefined): Promise<ProgressIssue[]> {
    return this.run(async () => {
      if (sameWeights(weights, this.model.weights)) return [];
      this.model = reviewModel(weights);
      return [...(await this.rebuildNow()), ...(await this.flushNow())];
    });
  }

  /**
   * Fits the learner's own FSRS weights to the answer log with `optimizer` (see `loadFsrsOptimizer`) once
   * there are enough reviews, saves them beside the log and schedules with them from now on. The fit itself
   * runs outside the store's queue, so answers go on being recorded meanwhile.
   */
  async fitOwnWeights(optimizer: FsrsOptimizer): Promise<Result<FitResult | undefined>> {
    const read = await this.run(() => readLog(this.logFile));
    if (read.kind === 'refused') return { value: undefined, issues: [{ code: 'future-version', message: read.message }] };
    if (read.kind === 'unreadable') return { value: undefined, issues: [{ code: 'io-error', message: `The answer log can't be read: ${read.error}` }] };
    const result = await fitWeights(read.kind === 'ok' ? read.records : [], optimizer, this.now());
    if (result.kind !== 'fitted') return { value: result, issues: [] };
    try {
      await writeFittedWeights(this.weightsFile, result.fitted);
    } catch (error) {
      return { value: result, issues: [{ code: 'io-error', message: `The fitted FSRS weights could not be saved: ${errorMessage(error)}` }] };
    }
    return { value: result, issues: await this.useWeights(result.fitted.weights) };
  }

  /** The FSRS weights reviews are scheduled with. */
  get weights(): FsrsWeights {
    return this.model.weights;
  }

  /** Applies answers other windows appended since the last read. */
  refresh(): Promise<ProgressIssue[]> {
    return this.run(() => this.catchUp());
  }

  /** Writes the summary if anything changed since it was last written. */
  flush(): Promise<ProgressIssue[]> {
    return this.run(() => this.flushNow());
  }

  /** Replays the whole log (e.g. on the user's request after editing it). */
  rebuild(): Promise<ProgressIssue[]> {
    return this.run(async () => [...(await this.rebuildNow()), ...(await this.flushNow())]);
  }

  /** The export file's text: every answer in the log and the exam dates, plus the exam outcomes the host keeps. */
  exportJson(exams: readonly ExamOutcome[]): Promise<Result<string>> {
    return this.run(async () => {
      const read = await readLog(this.logFile);
      if (read.kind === 'refused') return { value: '', issues: [{ code: 'future-version', message: read.message }] };
      if (read.kind === 'unreadable') return { value: '', issues: [{ code: 'io-error', message: read.error }] };
      const records = read.kind === 'ok' ? read.records : [];
      return { value: exportProgress(records, exams, this.now(), this.dates), issues: read.kind === 'ok' ? read.issues : [] };
    });
  }

  /**
   * Imports an export (or answer log): new answers go into the log, its exam dates are merged with these (the
   * one set last wins), new exams are returned for the host.
   */
  importJson(text: string, knownExamIds: ReadonlySet<string>): Promise<Result<ImportReport>> {
    return this.run(async () => {
      const read = await readLog(this.logFile);
      if (read.kind === 'refused' || read.kind === 'unreadable') {
        const message = read.kind === 'refused' ? read.message : read.error;
        const report: ImportReport = {
          records: [], exams: [], examDates: emptyExamDates(), duplicateRecords: 0, duplicateExams: 0, skipped: [], refused: message,
        };
        return { value: report, issues: [] };
      }
      const known = new Set(read.kind === 'ok' ? read.records.map((r) => r.id) : []);
      const report = parseImport(text, known, knownExamIds);
      if (report.refused !== undefined) return { value: report, issues: [] };
      const dateIssues = report.examDates.size > 0 ? (await this.saveDates(mergeExamDates(this.dates, report.examDates))).issues : [];
      if (report.records.length === 0) return { value: report, issues: dateIssues };
      // Imported answers are usually older than the log's latest: replay everything in answering order.
      const issues = await this.appendNow(report.records, true);
      return { value: report, issues: [...dateIssues, ...issues] };
    });
  }

  /**
   * Starts progress afresh: the log is kept as a dated backup file (its path is returned), the summary is
   * deleted. The exam dates stay: they are a plan, not a result. The host asks the user for confirmation first.
   */
  reset(): Promise<Result<{ backup?: string }>> {
    return this.run(async () => {
      const result = await resetFiles(this.logFile, this.summaryFile, this.now());
      if (result.error !== undefined) return { value: {}, issues: [{ code: 'io-error', message: `Reset failed: ${result.error}` }] };
      this.current = emptyState();
      this.position = NO_POSITION;
      this.dirty = false;
      return { value: { backup: result.backup }, issues: [] };
    });
  }

  private async appendNow(records: readonly AnswerRecord[], rebuild = false): Promise<ProgressIssue[]> {
    const appended = await appendRecords(this.logFile, records, this.now(), this.durable);
    if (appended.kind === 'refused') return [{ code: 'future-version', message: appended.message }];
    if (appended.kind === 'error') return [{ code: 'io-error', message: `The answer could not be saved: ${appended.error}` }];
    return rebuild ? this.rebuildNow() : this.catchUp();
  }

  /** Reads the log's new tail; replays everything when the log was replaced or the tail is out of order. */
  private async catchUp(): Promise<ProgressIssue[]> {
    const header = await readLogHeader(this.logFile);
    if (header.kind === 'missing') {
      if (this.position.bytes > 0) return this.rebuildNow();
      return [];
    }
    if (header.kind !== 'ok' || (header.header?.logId ?? '') !== this.position.logId || (await fileSize(this.logFile)) < this.position.bytes) {
      return this.rebuildNow();
    }
    const read = await readLog(this.logFile, this.position.bytes, { firstLine: this.position.lines + 1 });
    if (read.kind !== 'ok') return this.rebuildNow();
    const outOfOrder = read.records.some((r) => {
      const seen = this.current.banks.get(r.bankId)?.questions.get(r.questionId);
      return seen !== undefined && r.answeredAt < seen.lastAnsweredAt;
    });
    if (outOfOrder) return this.rebuildNow();
    for (const record of read.records) applyRecord(this.current, record, this.cards, this.model);
    if (read.bytes !== this.position.bytes) this.dirty = true;
    this.position = { logId: this.position.logId, bytes: read.bytes, lines: this.position.lines + read.lines };
    return read.issues.filter((i) => i.code !== 'incomplete-line');
  }

  private async rebuildNow(): Promise<ProgressIssue[]> {
    const read = await readLog(this.logFile);
    if (read.kind === 'missing') {
      this.current = emptyState();
      this.position = NO_POSITION;
      this.dirty = true;
      return [];
    }
    if (read.kind === 'refused') return [{ code: 'future-version', message: read.message }];
    if (read.kind === 'unreadable') return [{ code: 'io-error', message: `The answer log can't be read: ${read.error}` }];
    this.current = buildState(read.records, this.cards, this.model);
    this.position = { logId: read.header?.logId ?? '', bytes: read.bytes, lines: read.lines };
    this.dirty = true;
    return read.issues;
  }

  private async flushNow(): Promise<ProgressIssue[]> {
    if (!this.dirty || this.summaryLocked) return [];
    try {
      await writeSummary(this.summaryFile, this.current, this.position, sameWeights(this.model.weights, undefined) ? undefined : this.model.weights);
      this.dirty = false;
      return [];
    } catch (error) {
      return [{ code: 'io-error', message: `The progress summary could not be written: ${errorMessage(error)}` }];
    }
  }

  private run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
}
