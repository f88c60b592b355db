/**
 * Exams on disk: one `<id>.json` per exam in a folder (the extension's global storage), written atomically
 * with a backup after every action. Loading recovers from the backup when the file is damaged, refuses files
 * from a newer Exam Kiosk without touching them, and submits exams whose time ran out while VS Code was closed.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readWithBackup, writeFileAtomic } from '../storage/atomicFile';
import { decodeExamState, encodeExamState, isExamId } from './examCodec';
import { futureMessage, listExams, type ExamList, type ExamListEntry } from './examIndex';
import type { ExamIssue, ExamState } from './examState';
import { resumeExam } from './examTime';

export type ExamLoad =
  | {
      readonly kind: 'ok';
      readonly state: ExamState;
      /** The deadline passed while VS Code was closed and the exam has just been submitted: tell the user. */
      readonly submittedWhileClosed: boolean;
      /** The file was damaged and the exam was recovered from its backup. */
      readonly recovered: boolean;
      /** Messages for the user about either of the above. */
      readonly issues: readonly ExamIssue[];
      /** What was loaded differs from the file (recovered, submitted, time credited) and was not written back. */
      readonly unsaved: boolean;
    }
  | { readonly kind: 'missing' }
  /** Saved by a newer Exam Kiosk; left untouched. */
  | { readonly kind: 'refused'; readonly message: string }
  /** Damaged beyond its backup; the damaged file was kept aside (`.corrupt-<time>`). */
  | { readonly kind: 'unreadable'; readonly message: string };

interface Pending {
  state: ExamState;
  readonly promise: Promise<void>;
}

interface Slot {
  running?: Promise<void>;
  queued?: Pending;
}

export class ExamStore {
  private readonly slots = new Map<string, Slot>();

  /** `dir` is created on the first save. */
  constructor(readonly dir: string) {}

  /** The file of exam `id`. */
  fileOf(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  /**
   * Saves `state`. Writes of one exam never overlap, and saves that arrive while a write is running are
   * coalesced: only the newest waiting state is written, and their promises settle when it is.
   */
  save(state: ExamState): Promise<void> {
    if (!isExamId(state.id)) return Promise.reject(new Error(`Not a usable exam id: ${state.id}`));
    const slot = this.slots.get(state.id) ?? {};
    this.slots.set(state.id, slot);
    if (slot.queued) {
      slot.queued.state = state;
      return slot.queued.promise;
    }
    const before = slot.running ?? Promise.resolve();
    const pending: Pending = {
      state,
      promise: before.catch(() => undefined).then(async () => {
        slot.queued = undefined;
        slot.running = pending.promise;
        try {
          await writeFileAtomic(this.fileOf(state.id), encodeExamState(pending.state));
        } finally {
          if (slot.running === pending.promise && !slot.queued) this.slots.delete(state.id);
        }
      }),
    };
    slot.queued = pending;
    return pending.promise;
  }

  /** Waits for every save in flight, e.g. before VS Code shuts the extension down. */
  async flush(): Promise<void> {
    const waits = [...this.slots.values()].flatMap((slot) => [slot.running, slot.queued?.promise]);
    await Promise.allSettled(waits.filter((p): p is Promise<void> => p !== undefined));
  }

  /**
   * Loads exam `id` at `now`. An exam whose deadline has passed is submitted with `time-up-while-closed`;
   * a recovered or newly submitted exam is saved back at once, unless `write` is false (a window that does not
   * own the exam reads it and must never write it). Call `reconcileWithBank` afterwards.
   */
  async load(id: string, now: number, options: { readonly write?: boolean } = {}): Promise<ExamLoad> {
    if (!isExamId(id)) return { kind: 'unreadable', message: `Not a usable exam id: ${id}` };
    await this.settled(id);
    const read = await readWithBackup(this.fileOf(id), decodeExamState);
    if (read.kind === 'missing') return read;
    if (read.kind === 'unreadable') {
      return { kind: 'unreadable', message: `Exam ${id} could not be read and has no usable backup (${read.error}). The damaged file was kept for inspection.` };
    }
    if (read.value.kind === 'future') return { kind: 'refused', message: futureMessage(read.value.schema) };
    const recovered = read.origin === 'backup';
    const resumed = resumeExam(read.value.state, now);
    const issues: ExamIssue[] = [];
    if (recovered) {
      const why = read.mainError ?? 'unknown error';
      const message = `Exam ${id} was damaged (${why}) and was recovered from its backup; the last answer given may be missing.`;
      issues.push({ severity: 'warning', code: 'exam-recovered', message });
    }
    if (resumed.submittedWhileClosed) {
      const message = 'Time ran out while VS Code was closed, so the exam was submitted with the answers given until then.';
      issues.push({ severity: 'info', code: 'time-up-while-closed', message });
    }
    const changed = recovered || resumed.changed;
    if (changed && options.write !== false) await this.save(resumed.state);
    return { kind: 'ok', state: resumed.state, submittedWhileClosed: resumed.submittedWhileClosed, recovered, issues, unsaved: changed && options.write === false };
  }

  /** Past and running exams, newest first, with the files that could not be listed. */
  async list(): Promise<ExamList> {
    await this.flush();
    return listExams(this.dir);
  }

  /** The most recently active exam still in progress, if any. Load it to resume it. */
  async findActive(): Promise<ExamListEntry | undefined> {
    const { entries } = await this.list();
    return entries.filter((e) => e.status === 'in-progress').sort((a, b) => b.updatedAt - a.updatedAt)[0];
  }

  /** Deletes exam `id` with its backup and any damaged copies kept aside. Says whether there was anything. */
  async delete(id: string): Promise<boolean> {
    if (!isExamId(id)) return false;
    await this.settled(id);
    const prefix = `${id}.json`;
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    // With its backup, damaged copies kept aside, and the lease of the window that had it open.
    const doomed = names.filter((name) => name === prefix || name.startsWith(`${prefix}.`) || name.startsWith(`${id}.lease`));
    await Promise.all(doomed.map((name) => fs.rm(path.join(this.dir, name), { force: true })));
    return doomed.includes(prefix);
  }

  private async settled(id: string): Promise<void> {
    const slot = this.slots.get(id);
    if (slot) await Promise.allSettled([slot.running, slot.queued?.promise].filter((p): p is Promise<void> => p !== undefined));
  }
}
