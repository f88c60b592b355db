/**
 * One exam owned by the host: every action goes through the engine's reducer and is on disk before the page
 * hears about it. The deadline is watched here, not in the page, so an exam submits itself when time runs out
 * even with its panel hidden.
 */
import * as vscode from 'vscode';
import { apply, type ExamAction, type ExamEffect } from '../../core/exam/examReducer';
import type { ExamIssue, ExamState } from '../../core/exam/examState';
import type { ExamStore } from '../../core/exam/examStore';
import { reconcileWithBank, type QuestionLookup } from '../../core/exam/reconcile';

export interface SessionChange {
  readonly state: ExamState;
  /** The `seq` of the page action this change acknowledges (0 when the change came from the host). */
  readonly ack: number;
  readonly issues: readonly ExamIssue[];
  readonly effects: readonly ExamEffect[];
}

/** Longest single wait; the deadline is re-checked at least this often, so a sleeping laptop can't overshoot. */
const MAX_TIMER_MS = 60_000;

export class ExamSession implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SessionChange>();
  readonly onDidChange = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private lastAck = 0;

  constructor(private current: ExamState, private readonly store: ExamStore, private lookup: QuestionLookup, private readonly clock: () => number = Date.now) {
    this.armTimer();
  }

  get state(): ExamState {
    return this.current;
  }

  get id(): string {
    return this.current.id;
  }

  get questionLookup(): QuestionLookup {
    return this.lookup;
  }

  get acknowledged(): number {
    return this.lastAck;
  }

  /**
   * Applies an action, saves it, then announces the change. Actions run one after another in arrival order, so
   * an acknowledgement always means "this and everything before it is on disk".
   */
  dispatch(action: ExamAction, seq = 0): Promise<SessionChange> {
    const run = this.queue.then(async () => {
      const result = apply(this.current, action, this.clock());
      if (result.changed) {
        this.current = result.state;
        await this.store.save(this.current);
      }
      if (seq > this.lastAck) this.lastAck = seq;
      const change: SessionChange = { state: this.current, ack: this.lastAck, issues: result.issues, effects: result.effects };
      this.armTimer();
      this.changed.fire(change);
      return change;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The bank changed under a running exam: follow it, keeping answers where the question kept its shape. */
  async bankChanged(lookup: QuestionLookup): Promise<void> {
    this.lookup = lookup;
    await (this.queue = this.queue.then(async () => {
      const result = reconcileWithBank(this.current, lookup);
      if (result.changed) {
        this.current = result.state;
        await this.store.save(this.current);
      }
      this.changed.fire({ state: this.current, ack: this.lastAck, issues: result.issues, effects: [] });
    }).catch(() => undefined));
  }

  private armTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { deadline, status } = this.current;
    if (deadline === null || status === 'submitted') return;
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, deadline - this.clock()));
    this.timer = setTimeout(() => void this.dispatch({ type: 'tick' }), wait + 5);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}
