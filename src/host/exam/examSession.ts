/**
 * One exam owned by the host: every action goes through the engine's reducer and is on disk before the page
 * hears about it. The state changes only once the save succeeded: a failed save leaves the action unapplied and
 * unacknowledged, tells the candidate, and the next action tries again. The deadline is watched here, not in the
 * page, so an exam submits itself when time runs out even with its panel hidden.
 *
 * Only one window writes an exam (see `core/exam/examLease.ts`): a session that doesn't hold the lease shows
 * the exam as saved on disk, follows the owner's saves, refuses answers with a way to take the exam over, and
 * takes it over by itself when the owner is gone.
 */
import * as vscode from 'vscode';
import { apply, type ExamAction, type ExamEffect } from '../../core/exam/examReducer';
import type { ExamIssue, ExamState } from '../../core/exam/examState';
import type { ExamStore } from '../../core/exam/examStore';
import { LEASE_RENEW_MS, type ExamLeases } from '../../core/exam/examLease';
import { reconcileWithBank, type QuestionLookup } from '../../core/exam/reconcile';
import { SerialQueue } from '../../core/serialQueue';
import { log } from '../log';

export interface SessionChange {
  readonly state: ExamState;
  /** The `seq` of the page action this change acknowledges (0 when the change came from the host). */
  readonly ack: number;
  readonly issues: readonly ExamIssue[];
  readonly effects: readonly ExamEffect[];
}

/** Where this window stands with the exam: it writes it, or another window does. */
export type Ownership = 'here' | 'elsewhere';

/** Longest single wait; the deadline is re-checked at least this often, so a sleeping laptop can't overshoot. */
const MAX_TIMER_MS = 60_000;
/** After a failed save the clock's own actions (submitting at the deadline) retry this often, not in a tight loop. */
const RETRY_AFTER_FAILURE_MS = 2_000;
/** How often a window that doesn't own the exam reads the owner's saves. */
const FOLLOW_MS = 1_500;

/** The candidate's words for a save that failed. */
export function saveFailedIssue(error: unknown): ExamIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return { severity: 'error', code: 'save-failed', message: `Not saved: ${reason} — your last saved answer is kept. Your next action tries again.` };
}

const SAVED_AGAIN: ExamIssue = { severity: 'info', code: 'saved-again', message: 'Saved: your answers are on disk again.' };
const NOT_OWNER: ExamIssue = {
  severity: 'warning',
  code: 'open-elsewhere',
  message: 'Not saved: this exam is open in another VS Code window, which keeps its answers. Take it over here to answer in this window.',
};
const TAKEN_OVER: ExamIssue = {
  severity: 'warning',
  code: 'taken-over',
  message: 'This exam was taken over in another VS Code window; this window shows its answers and saves nothing. Take it back to answer here.',
};

/** What a session needs to share its exam with other windows. */
export interface SessionOwnership {
  readonly leases: ExamLeases;
  /** This window's name on leases. */
  readonly owner: string;
}

export class ExamSession implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SessionChange>();
  readonly onDidChange = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private leaseTimer: NodeJS.Timeout | undefined;
  private readonly queue = new SerialQueue();
  private lastAck = 0;
  /** The last save failed: the next one that succeeds says so. */
  private failing = false;
  private where: Ownership = 'here';

  constructor(
    private current: ExamState,
    private readonly store: ExamStore,
    private lookup: QuestionLookup,
    private readonly ownership?: SessionOwnership,
    private readonly clock: () => number = Date.now,
  ) {
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

  /** Whether this window writes the exam. */
  get ownedHere(): Ownership {
    return this.where;
  }

  /** Takes the exam's lease if nobody else holds it; otherwise this window follows the owner. Call once, after construction. */
  async claim(): Promise<void> {
    if (!this.ownership || this.current.status === 'submitted') return;
    const { leases, owner } = this.ownership;
    const got = await leases.acquire(this.id, owner, this.clock()).catch(() => ({ ok: true as const }));
    this.where = got.ok ? 'here' : 'elsewhere';
    this.armLeaseTimer();
    this.armTimer();
  }

  /** Writes what was loaded when it differs from the file (a recovery, a submission), if this window owns the exam. */
  saveLoaded(): Promise<void> {
    return this.queue.run(async () => {
      if (this.where !== 'here') return;
      const saved = await this.save(this.current);
      if (saved !== true) log().warn(`exam ${this.id}: ${saved.message}`);
    });
  }

  /** The candidate takes the exam over in this window: the lease moves here and the owner's last save is loaded. */
  takeOver(): Promise<SessionChange> {
    return this.queue.run(async () => {
      const issues: ExamIssue[] = [];
      if (this.ownership && this.where === 'elsewhere') {
        await this.ownership.leases.acquire(this.id, this.ownership.owner, this.clock(), true);
        await this.reload();
        this.where = 'here';
        issues.push({ severity: 'info', code: 'took-over', message: 'You took the exam over: this window saves its answers now, and the other one only shows them.' });
      }
      this.armLeaseTimer();
      this.armTimer();
      return this.announce(issues, []);
    });
  }

  /**
   * Applies an action, saves it, then announces the change. Actions run one after another in arrival order, so
   * an acknowledgement always means "this and everything before it is on disk". Never rejects: a failed save is
   * a change that carries the failure.
   */
  dispatch(action: ExamAction, seq = 0): Promise<SessionChange> {
    return this.queue.run(async () => {
      if (this.where === 'elsewhere' && !(await this.ownerGone())) {
        if (seq > this.lastAck) this.lastAck = seq;
        const clockAction = action.type === 'tick' || action.type === 'suspend' || action.type === 'resume';
        return this.announce(clockAction ? [] : [NOT_OWNER], []);
      }
      const result = apply(this.current, action, this.clock());
      let issues = result.issues;
      let effects = result.effects;
      if (result.changed) {
        const saved = await this.save(result.state);
        if (saved !== true) {
          // Memory stays as the disk is; the page gets the last saved state back, with the reason.
          issues = [...issues, saved];
          effects = [];
        } else if (this.failing) {
          this.failing = false;
          issues = [...issues, SAVED_AGAIN];
        }
        if (saved === true && seq > this.lastAck) this.lastAck = seq;
      } else if (seq > this.lastAck) {
        this.lastAck = seq;
      }
      this.armTimer();
      return this.announce(issues, effects);
    });
  }

  /** The bank changed under a running exam: follow it, keeping answers where the question kept its shape. */
  async bankChanged(lookup: QuestionLookup): Promise<void> {
    this.lookup = lookup;
    await this.queue.run(async () => {
      const result = reconcileWithBank(this.current, lookup);
      const saved = result.changed && this.where === 'here' ? await this.save(result.state) : true;
      this.announce(saved === true ? result.issues : [...result.issues, saved], []);
    });
  }

  private announce(issues: readonly ExamIssue[], effects: readonly ExamEffect[]): SessionChange {
    const change: SessionChange = { state: this.current, ack: this.lastAck, issues, effects };
    this.changed.fire(change);
    return change;
  }

  /** Saves `next` and makes it the state; or reports why not and keeps the state as it was. */
  private async save(next: ExamState): Promise<true | ExamIssue> {
    if (this.ownership && (await this.ownership.leases.heldByOther(this.id, this.ownership.owner))) {
      await this.lose();
      return TAKEN_OVER;
    }
    try {
      await this.store.save(next);
      this.current = next;
      return true;
    } catch (error) {
      this.failing = true;
      log().error(`exam ${this.current.id}: save failed: ${error instanceof Error ? error.message : String(error)}`);
      return saveFailedIssue(error);
    }
  }

  /** Another window took the exam: stop writing, and show what it saved. */
  private async lose(): Promise<void> {
    this.where = 'elsewhere';
    await this.reload();
    this.armLeaseTimer();
  }

  /** The owner is gone (its lease went stale): the exam is this window's now, from its last save. */
  private async ownerGone(): Promise<boolean> {
    if (!this.ownership) return true;
    const lease = await this.ownership.leases.read(this.id);
    if (lease && !this.ownership.leases.holderGone(lease, this.clock())) return false;
    const got = await this.ownership.leases.acquire(this.id, this.ownership.owner, this.clock()).catch(() => ({ ok: false as const }));
    if (!got.ok) return false;
    await this.reload();
    this.where = 'here';
    this.armLeaseTimer();
    return true;
  }

  /** Reads the exam as saved on disk (by another window) without writing anything. */
  private async reload(): Promise<boolean> {
    const load = await this.store.load(this.id, this.clock(), { write: false });
    if (load.kind !== 'ok' || (load.state.updatedAt === this.current.updatedAt && load.state.status === this.current.status)) return false;
    this.current = load.state;
    return true;
  }

  /** The owner renews its lease (and learns when it lost it); the others follow its saves. */
  private armLeaseTimer(): void {
    clearTimeout(this.leaseTimer);
    this.leaseTimer = undefined;
    if (!this.ownership || this.current.status === 'submitted') return;
    const { leases, owner } = this.ownership;
    const here = this.where === 'here';
    this.leaseTimer = setTimeout(() => void this.queue.run(async () => {
      if (this.where === 'here') {
        const kept = await leases.renew(this.id, owner, this.clock()).catch(() => true);
        if (!kept) {
          await this.lose();
          this.announce([TAKEN_OVER], []);
          return;
        }
      } else if ((await this.ownerGone()) || (await this.reload())) {
        this.announce([], []);
      }
      this.armLeaseTimer();
    }), here ? LEASE_RENEW_MS : FOLLOW_MS);
  }

  private armTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { deadline, status } = this.current;
    if (deadline === null || status === 'submitted' || this.where === 'elsewhere') return;
    const wait = this.failing ? RETRY_AFTER_FAILURE_MS : Math.min(MAX_TIMER_MS, Math.max(0, deadline - this.clock()));
    this.timer = setTimeout(() => void this.dispatch({ type: 'tick' }), wait + 5);
  }

  /**
   * For VS Code shutting the window down (or reloading it): waits for the saves in flight, then gives the lease
   * up, so that the next window (the reloaded one, or another) owns the exam at once instead of after
   * `LEASE_STALE_MS`. `dispose` alone can't: the extension host may end before its unawaited release lands.
   */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    clearTimeout(this.leaseTimer);
    await this.queue.idle();
    if (this.ownership && this.where === 'here') {
      await this.ownership.leases.release(this.id, this.ownership.owner).catch(() => undefined);
      this.where = 'elsewhere';
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.leaseTimer);
    if (this.ownership && this.where === 'here') void this.ownership.leases.release(this.id, this.ownership.owner).catch(() => undefined);
    this.changed.dispose();
  }
}
