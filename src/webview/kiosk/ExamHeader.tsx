/** The bar at the top of the kiosk: the exam, "Question 12 of 65" and the time remaining. */
import type { KioskSnapshot } from '../../protocol/kiosk';
import type { ClockAnchor } from './clockSync';
import { ExamClock } from './ExamClock';

interface Props {
  readonly snapshot: KioskSnapshot;
  readonly anchor: ClockAnchor | undefined;
  readonly onWarning: (minutes: number) => void;
}

export function ExamHeader({ snapshot: s, anchor, onWarning }: Props) {
  return (
    <header class="kiosk-header">
      <span class="exam-title">{s.examTitle} ({s.examCode})</span>
      {s.kind !== 'result' ? <span class="counter" id="counter">Question {s.question.number} of {s.question.total}</span> : <span />}
      {s.kind === 'exam' && anchor ? <ExamClock anchor={anchor} onWarning={onWarning} /> : <span />}
    </header>
  );
}
