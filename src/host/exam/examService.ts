/**
 * Exams for the whole extension: where they are stored (global storage), which are open, starting new ones,
 * and resuming the one in progress. Panels, the status bar, history and progress all go through here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createExam } from '../../core/exam/createExam';
import { mockHistory } from '../../core/exam/mockHistory';
import type { ExamConfig, QuestionWeights } from '../../core/exam/examConfig';
import type { ExamIssue, ExamState } from '../../core/exam/examState';
import { ExamStore, type ExamLoad } from '../../core/exam/examStore';
import type { ExamList } from '../../core/exam/examIndex';
import { lookupIn } from '../../core/exam/reconcile';
import { newSeed } from '../../core/random';
import type { BankRepository } from '../banks/bankRepository';
import { Disposable } from '../disposable';
import { ExamSession, type SessionChange, type SessionOwnership } from './examSession';
import { ExamLeases } from '../../core/exam/examLease';
import { randomBytes } from 'node:crypto';

export interface StartRequest {
  readonly bankId: string;
  readonly config: ExamConfig;
  readonly seed?: number;
  readonly weights?: QuestionWeights;
}

export type StartResult = { readonly session: ExamSession; readonly issues: readonly ExamIssue[] } | { readonly error: string };

export type OpenResult = { readonly session: ExamSession; readonly issues: readonly ExamIssue[] } | { readonly error: string; readonly missing?: boolean };

export class ExamService extends Disposable {
  readonly store: ExamStore;
  private readonly sessions = new Map<string, ExamSession>();
  private readonly opening = new Map<string, Promise<OpenResult>>();
  private readonly changed = this.register(new vscode.EventEmitter<{ session: ExamSession; change: SessionChange }>());
  /** Any open exam changed (an answer, a tick, a submission). */
  readonly onDidChangeExam = this.changed.event;
  private readonly listChanged = this.register(new vscode.EventEmitter<void>());
  /** An exam was started, submitted or deleted: lists of exams are stale. */
  readonly onDidChangeList = this.listChanged.event;

  /**
   * This window's name on exam leases (one extension host, one window), made when the first exam opens: the
   * first call to the system's random source costs milliseconds, which activation doesn't spend.
   */
  private owned: SessionOwnership | undefined;
  private get ownership(): SessionOwnership {
    this.owned ??= { leases: new ExamLeases(this.store.dir), owner: `${process.pid}-${randomBytes(4).toString('hex')}` };
    return this.owned;
  }

  constructor(storageDir: string, private readonly repository: BankRepository) {
    super();
    this.store = new ExamStore(path.join(storageDir, 'exams'));
    this.register(repository.onDidChange(() => void this.followBanks()));
    this.register({ dispose: () => { for (const s of this.sessions.values()) s.dispose(); } });
  }

  async start(request: StartRequest): Promise<StartResult> {
    const loaded = await this.repository.bank(request.bankId);
    if (!loaded?.bank.info) return { error: `The bank "${request.bankId}" is not available or its bank.md has problems.` };
    const result = createExam({
      info: loaded.bank.info,
      questions: loaded.bank.questions,
      config: request.config,
      seed: request.seed ?? newSeed(),
      now: Date.now(),
      weights: request.weights,
      // However a full mock is started, it draws the questions of the learner's earlier mocks last.
      metBefore: request.config.kind === 'full' ? await mockHistory(this, loaded.bank.info.id) : undefined,
    });
    if (!result.state) return { error: result.issues.map((i) => i.message).join(' ') || 'No exam could be made from this bank.' };
    await this.store.save(result.state);
    const session = new ExamSession(result.state, this.store, lookupIn(loaded.bank.questions), this.ownership);
    await session.claim();
    this.track(session);
    this.listChanged.fire();
    return { session, issues: result.issues };
  }

  /** The open session of exam `id`, loading (and, if its time ran out, submitting) it from disk when needed. */
  async open(id: string): Promise<OpenResult> {
    const open = this.sessions.get(id);
    if (open) return { session: open, issues: [] };
    // Two callers opening the same exam at once (a restored panel and "Resume Exam", say) must share one
    // session: a second one would hold a stale copy and could later save it over the real exam.
    let opening = this.opening.get(id);
    if (!opening) {
      opening = this.load(id).finally(() => this.opening.delete(id));
      this.opening.set(id, opening);
    }
    return opening;
  }

  private async load(id: string): Promise<OpenResult> {
    // Read only: another window may own the exam; this one writes it only once it holds the lease.
    const load: ExamLoad = await this.store.load(id, Date.now(), { write: false });
    if (load.kind === 'missing') return { error: `Exam ${id} no longer exists.`, missing: true };
    if (load.kind !== 'ok') return { error: load.message };
    const loaded = await this.repository.bank(load.state.bank.id);
    const session = new ExamSession(load.state, this.store, lookupIn(loaded?.bank.questions ?? []), this.ownership);
    await session.claim();
    if (load.unsaved) await session.saveLoaded();
    this.track(session);
    if (loaded) await session.bankChanged(lookupIn(loaded.bank.questions));
    if (load.submittedWhileClosed) this.listChanged.fire();
    return { session, issues: load.issues };
  }

  /**
   * The timed exam running now, if any (the one whose clock runs out first): practice elsewhere waits while it
   * runs, so that none of its questions shows outside the kiosk.
   */
  async runningTimed(): Promise<ExamState | undefined> {
    const now = Date.now();
    const running = (state: ExamState | undefined): boolean => state !== undefined && state.status === 'in-progress' && state.deadline !== null && state.deadline > now;
    const open = this.openSessions().map((s) => s.state).filter(running).sort((a, b) => (a.deadline ?? 0) - (b.deadline ?? 0));
    if (open.length > 0) return open[0];
    const id = await this.active();
    const state = id ? await this.peek(id) : undefined;
    return running(state) ? state : undefined;
  }

  /** The exam in progress, if any. */
  async active(): Promise<string | undefined> {
    for (const session of this.sessions.values()) if (session.state.status === 'in-progress') return session.id;
    return (await this.store.findActive())?.id;
  }

  /**
   * The current state of exam `id` without opening it: the open session's state when there is one (never a
   * second copy from disk that could be saved over it), else the file's.
   */
  async peek(id: string): Promise<ExamState | undefined> {
    const open = this.sessions.get(id);
    if (open) return open.state;
    const opening = this.opening.get(id);
    if (opening) {
      const result = await opening;
      return 'session' in result ? result.session.state : undefined;
    }
    const load = await this.store.load(id, Date.now(), { write: false });
    return load.kind === 'ok' ? load.state : undefined;
  }

  list(): Promise<ExamList> {
    return this.store.list();
  }

  openSessions(): ExamSession[] {
    return [...this.sessions.values()];
  }

  async delete(id: string): Promise<void> {
    this.sessions.get(id)?.dispose();
    this.sessions.delete(id);
    await this.store.delete(id);
    this.listChanged.fire();
  }

  /** Waits for every open exam's saves and gives up its lease: the window is going away (see `deactivate`). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.sessions.values()].map((session) => session.close()));
  }

  /** Drops a session that no panel shows any more (its state is on disk). */
  release(id: string): void {
    const session = this.sessions.get(id);
    if (session && session.state.status === 'submitted') {
      session.dispose();
      this.sessions.delete(id);
    }
  }

  private track(session: ExamSession): ExamSession {
    this.sessions.set(session.id, session);
    // Listeners (the status bar, views) learn about an exam as soon as it is open, not at its first action.
    queueMicrotask(() => this.changed.fire({ session, change: { state: session.state, ack: session.acknowledged, issues: [], effects: [] } }));
    session.onDidChange((change) => {
      this.changed.fire({ session, change });
      if (change.effects.some((e) => e.type === 'submitted')) this.listChanged.fire();
    });
    return session;
  }

  private async followBanks(): Promise<void> {
    for (const session of this.sessions.values()) {
      if (session.state.status !== 'in-progress') continue;
      const loaded = await this.repository.bank(session.state.bank.id);
      if (loaded) await session.bankChanged(lookupIn(loaded.bank.questions));
    }
  }
}

export type { ExamState };
