/**
 * The header's time remaining. The host sends the remaining milliseconds with each snapshot; the page counts
 * down from when it received them, so a browser clock that differs from the host's doesn't matter. Warnings at
 * 30 and 5 minutes left are announced once each, and the last 5 minutes look urgent.
 */
import { clock, h } from '../shared/dom';

const WARNINGS = [30, 5];
const URGENT_MS = 5 * 60_000;

export class Timer {
  readonly element = h('span', { class: 'timer', role: 'timer', 'aria-label': 'Time remaining' });
  private readonly announcer: HTMLElement;
  private remainingAtReceipt: number | null = null;
  private receivedAt = 0;
  private readonly announced = new Set<number>();
  private interval: number | undefined;
  private initialised = false;

  constructor(announcer: HTMLElement, private readonly onWarning: (minutes: number) => void) {
    this.announcer = announcer;
  }

  /** `remainingMs` is null for an untimed exam. */
  set(remainingMs: number | null, running: boolean): void {
    this.remainingAtReceipt = remainingMs;
    this.receivedAt = performance.now();
    if (!this.initialised && remainingMs !== null) {
      // Warnings already behind us when the page (re)opens are not announced again.
      for (const minutes of WARNINGS) if (remainingMs < minutes * 60_000 - 1000) this.announced.add(minutes);
    }
    this.initialised = true;
    window.clearInterval(this.interval);
    this.interval = running && remainingMs !== null ? window.setInterval(() => this.draw(), 250) : undefined;
    this.draw();
  }

  remaining(): number | null {
    if (this.remainingAtReceipt === null) return null;
    return Math.max(0, this.remainingAtReceipt - (performance.now() - this.receivedAt));
  }

  private draw(): void {
    const left = this.remaining();
    if (left === null) {
      this.element.textContent = 'Untimed';
      this.element.className = 'timer untimed';
      return;
    }
    this.element.textContent = `Time remaining ${clock(left)}`;
    this.element.className = `timer${left <= URGENT_MS ? ' urgent' : left <= 30 * 60_000 ? ' warning' : ''}`;
    for (const minutes of WARNINGS) {
      if (left <= minutes * 60_000 && !this.announced.has(minutes)) {
        this.announced.add(minutes);
        this.announcer.textContent = `${minutes} minutes remaining.`;
        this.onWarning(minutes);
      }
    }
  }

  dispose(): void {
    window.clearInterval(this.interval);
  }
}
