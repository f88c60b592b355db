/**
 * Every exam answer goes into progress: a practice answer as soon as it is revealed, and the answered items
 * of an exam once it is submitted (by the candidate, by the clock, or while VS Code was closed). Submitted
 * exams are found by listing the exams and comparing with the ledger, so an exam is recorded however it
 * ended, exactly once, even across a crash.
 */
import type { Classification } from '../../core/bank/model';
import { isRecorded, withRecorded } from '../../core/progress/examLedger';
import { examOutcome, revealedRecord, submittedExamRecords, type ClassificationOf } from '../../core/progress/examAnswers';
import type { BankRepository } from '../banks/bankRepository';
import { Disposable } from '../disposable';
import type { ExamService } from '../exam/examService';
import type { ProgressService } from './progressService';
import { SerialQueue } from '../../core/serialQueue';

export class ExamRecorder extends Disposable {
  private readonly queue = new SerialQueue();
  private reconcilePending = false;

  constructor(private readonly progress: ProgressService, private readonly exams: ExamService, private readonly repository: BankRepository) {
    super();
    this.register(exams.onDidChangeExam(({ session, change }) => {
      for (const effect of change.effects) {
        if (effect.type !== 'revealed') continue;
        const record = revealedRecord(change.state, effect.index, (id) => session.questionLookup(id)?.classification);
        if (record) void this.enqueue(() => this.progress.recordMany([record], false));
      }
    }));
    this.register(exams.onDidChangeList(() => this.reconcile()));
    this.register(progress.onDidOpen(() => this.reconcile()));
  }

  /** Records submitted exams not recorded yet (coalesced: calls while one is waiting add nothing). */
  reconcile(): Promise<void> {
    if (this.reconcilePending) return this.queue.idle();
    this.reconcilePending = true;
    return this.enqueue(async () => {
      this.reconcilePending = false;
      await this.recordSubmitted();
    });
  }

  private async recordSubmitted(): Promise<void> {
    const ledger = await this.progress.readLedger();
    if (!ledger) return;
    const { entries } = await this.exams.list();
    for (const entry of entries) {
      if (entry.status !== 'submitted' || isRecorded(ledger, entry.id)) continue;
      const state = await this.exams.peek(entry.id);
      if (!state || state.status !== 'submitted') continue;
      const records = submittedExamRecords(state, await this.classifications(state.bank.id));
      const stored = await this.progress.recordMany(records, true);
      if (stored === undefined) return; // the store is unavailable; try again on the next change
      await this.progress.updateLedger((current) => withRecorded(current, state.id, Date.now(), records.length, examOutcome(state)));
    }
  }

  private async classifications(bankId: string): Promise<ClassificationOf> {
    const loaded = await this.repository.bank(bankId);
    const byId = new Map<string, Classification>(loaded?.bank.questions.map((q) => [q.id, q.classification]) ?? []);
    return (id) => byId.get(id);
  }

  /** Queues `task`; its failure is the store's to report (it reports every failed write), not a rejection here. */
  private enqueue(task: () => Promise<unknown>): Promise<void> {
    return this.queue.run(task).then(() => undefined, () => undefined);
  }
}
