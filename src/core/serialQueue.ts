/**
 * Tasks that must not overlap (saves of one exam, changes to one ledger) run one after another in the order
 * they were queued. A task that fails rejects its own promise only; the tasks after it still run.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Queues `task`; resolves or rejects with its result once it has run. */
  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(() => task());
    this.tail = result.then(() => undefined, () => undefined);
    return result;
  }

  /** Settles once everything queued so far has run. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
