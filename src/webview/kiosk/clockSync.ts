/**
 * The kiosk's clock, computed in the page from the deadline and the host's clock, never from a remaining time
 * that was right when a snapshot was made. Each message from the host re-anchors the host's clock to the page's
 * monotonic clock; redraws that don't come from the host change nothing. Pure: no DOM, so it is unit-tested.
 */
import type { ClockSync } from '../../protocol/kiosk';

export interface ClockAnchor {
  readonly deadline: number | null;
  readonly running: boolean;
  /** The host's clock at `pageAt`. */
  readonly hostNow: number;
  /** The page's monotonic clock (`performance.now()`) when the host's message arrived. */
  readonly pageAt: number;
}

export function anchorClock(sync: ClockSync, pageNow: number): ClockAnchor {
  return { deadline: sync.deadline, running: sync.running, hostNow: sync.hostNow, pageAt: pageNow };
}

/** Milliseconds left at page time `pageNow`, or null for an untimed exam. */
export function remainingAt(anchor: ClockAnchor, pageNow: number): number | null {
  if (anchor.deadline === null) return null;
  const hostNow = anchor.hostNow + (anchor.running ? Math.max(0, pageNow - anchor.pageAt) : 0);
  return Math.max(0, anchor.deadline - hostNow);
}

/**
 * Milliseconds until the shown seconds (rounded up) change: the clock redraws exactly then, so it never lags the
 * status bar, which does the same on the host.
 */
export function untilNextSecond(remaining: number): number {
  const within = remaining % 1000;
  return (within === 0 ? 1000 : within) + 5;
}

/** Minutes-left marks announced once each. */
export const TIME_WARNINGS_MINUTES = [30, 5] as const;
export const URGENT_MS = 5 * 60_000;
export const WARNING_MS = 30 * 60_000;

/** The warnings already passed at `remaining` (not announced again when the page opens late). */
export function passedWarnings(remaining: number): number[] {
  return TIME_WARNINGS_MINUTES.filter((minutes) => remaining < minutes * 60_000 - 1000);
}
