/**
 * Which VS Code window writes an exam. Every window runs its own extension host over the same storage, so an
 * exam open in two windows would be saved by both, each over the other's answers. An exam is therefore written
 * by one window at a time: the owner holds a lease, a small file beside the exam that it renews while the exam
 * is open. Another window shows the exam but saves nothing, until the owner is gone (its lease went stale, or
 * its process on this machine has ended: after a crash the next window need not wait) or the candidate takes
 * the exam over there. A save checks the lease first, so an owner that lost it never
 * writes again.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomic } from '../storage/atomicFile';

/** The owner renews at least this often while the exam is open. */
export const LEASE_RENEW_MS = 4_000;
/** A lease not renewed for this long belongs to a window that is gone. */
export const LEASE_STALE_MS = 15_000;

export interface Lease {
  /** The window (extension host) holding it. */
  readonly owner: string;
  readonly renewedAt: number;
  /** The machine and process of the extension host holding it (absent in leases from before they were kept). */
  readonly host?: string;
  readonly pid?: number;
}

/** This extension host's machine and process, and whether a process of this machine still runs. */
export interface ProcessProbe {
  readonly host: string;
  readonly pid: number;
  alive(pid: number): boolean;
}

export const thisProcess: ProcessProbe = {
  get host() { return os.hostname(); },
  pid: process.pid,
  alive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: it runs, as another user. Only "no such process" means gone.
      return (error as NodeJS.ErrnoException).code !== 'ESRCH';
    }
  },
};

export type Acquired = { readonly ok: true } | { readonly ok: false; readonly holder: Lease };

export class ExamLeases {
  constructor(private readonly dir: string, private readonly probe: ProcessProbe = thisProcess) {}

  /**
   * Whether `lease`'s holder is gone at `now`: its lease went stale, or it was held by a process of this machine
   * that no longer runs (a crashed or killed window; a reused process id only falls back to staleness).
   */
  holderGone(lease: Lease, now: number): boolean {
    if (isStale(lease, now)) return true;
    return lease.host === this.probe.host && lease.pid !== undefined && lease.pid !== this.probe.pid && !this.probe.alive(lease.pid);
  }

  private record(owner: string, now: number): string {
    return JSON.stringify({ owner, renewedAt: now, host: this.probe.host, pid: this.probe.pid });
  }

  private fileOf(examId: string): string {
    return path.join(this.dir, `${examId}.lease`);
  }

  /** The lease on exam `examId`, or undefined when there is none (or it can't be read: nobody holds it then). */
  async read(examId: string): Promise<Lease | undefined> {
    try {
      const data: unknown = JSON.parse(await fs.readFile(this.fileOf(examId), 'utf8'));
      if (typeof data !== 'object' || data === null) return undefined;
      const { owner, renewedAt, host, pid } = data as Record<string, unknown>;
      if (typeof owner !== 'string' || typeof renewedAt !== 'number') return undefined;
      return { owner, renewedAt, ...(typeof host === 'string' ? { host } : {}), ...(Number.isInteger(pid) ? { pid: pid as number } : {}) };
    } catch {
      return undefined;
    }
  }

  /**
   * Takes the lease for `owner` when nobody holds it, its holder is gone, `owner` already holds it, or `force`
   * (the candidate chose to take the exam over). Written, then read back: of two windows taking it at once, the
   * one whose write landed last has it, and the other learns that it hasn't.
   */
  async acquire(examId: string, owner: string, now: number, force = false): Promise<Acquired> {
    const current = await this.read(examId);
    if (current && current.owner !== owner && !force && !this.holderGone(current, now)) return { ok: false, holder: current };
    await writeFileAtomic(this.fileOf(examId), this.record(owner, now));
    const after = await this.read(examId);
    return after?.owner === owner ? { ok: true } : { ok: false, holder: after ?? { owner: '?', renewedAt: now } };
  }

  /**
   * Whether another window holds the lease: the one thing that stops `owner` from writing. A lease that can't be
   * read (the storage folder is gone, say) is nobody's, so the owner's save goes ahead and fails on its own terms.
   */
  async heldByOther(examId: string, owner: string): Promise<boolean> {
    const lease = await this.read(examId);
    return lease !== undefined && lease.owner !== owner;
  }

  /** Renews `owner`'s lease; false when another window holds it now. A renewal that can't be written is retried later. */
  async renew(examId: string, owner: string, now: number): Promise<boolean> {
    if (await this.heldByOther(examId, owner)) return false;
    await writeFileAtomic(this.fileOf(examId), this.record(owner, now)).catch(() => undefined);
    return true;
  }

  /** Gives the lease up (the window closes the exam), unless another window holds it. */
  async release(examId: string, owner: string): Promise<void> {
    if (await this.heldByOther(examId, owner)) return;
    await fs.rm(this.fileOf(examId), { force: true });
    await fs.rm(`${this.fileOf(examId)}.bak`, { force: true });
  }
}

/** Whether `lease` went unrenewed too long at `now` (or was renewed in the future: a clock that went back). */
export function isStale(lease: Lease, now: number): boolean {
  return now - lease.renewedAt > LEASE_STALE_MS || lease.renewedAt > now + LEASE_STALE_MS;
}
