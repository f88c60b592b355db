/**
 * The header's time remaining, counted down to the deadline from the host's clock (see `clockSync.ts`). It
 * redraws itself when the shown second changes, so it keeps in step with the status bar, and announces 30 and
 * 5 minutes left once each.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { passedWarnings, remainingAt, TIME_WARNINGS_MINUTES, untilNextSecond, URGENT_MS, WARNING_MS, type ClockAnchor } from './clockSync';
import { clock } from '../shared/text';

interface Props {
  readonly anchor: ClockAnchor;
  readonly onWarning: (minutes: number) => void;
}

export function ExamClock({ anchor, onWarning }: Props) {
  const [now, setNow] = useState(() => performance.now());
  const announced = useRef<Set<number> | undefined>(undefined);
  const remaining = remainingAt(anchor, now);

  useEffect(() => {
    if (remaining === null || !anchor.running || remaining <= 0) return undefined;
    const timer = window.setTimeout(() => setNow(performance.now()), untilNextSecond(remaining));
    return () => window.clearTimeout(timer);
  }, [anchor, remaining]);

  useEffect(() => {
    if (remaining === null) return;
    // Marks already passed when the page (re)opened are not announced again.
    announced.current ??= new Set(passedWarnings(remaining));
    for (const minutes of TIME_WARNINGS_MINUTES) {
      if (remaining <= minutes * 60_000 && !announced.current.has(minutes)) {
        announced.current.add(minutes);
        onWarning(minutes);
      }
    }
  }, [remaining, onWarning]);

  if (remaining === null) return <span class="timer untimed" id="timer">Untimed</span>;
  const level = remaining <= URGENT_MS ? ' urgent' : remaining <= WARNING_MS ? ' warning' : '';
  return <span class={`timer${level}`} id="timer" role="timer" data-remaining-ms={Math.round(remaining)}>Time remaining {clock(remaining)}</span>;
}
