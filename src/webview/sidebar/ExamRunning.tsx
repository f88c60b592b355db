/** Shown instead of practice while a timed exam runs: what is running, its time, and the way back to it. */
import { useEffect, useState } from 'preact/hooks';
import type { SidebarExamRunning } from '../../protocol/sidebar';
import { clock } from '../shared/text';

export function ExamRunning({ running, returnToExam }: { readonly running: SidebarExamRunning; readonly returnToExam: () => void }) {
  const [receivedAt] = useState(() => performance.now());
  const [now, setNow] = useState(receivedAt);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = Math.max(0, running.deadline - (running.hostNow + (now - receivedAt)));
  return (
    <section class="exam-running" id="exam-running" aria-labelledby="exam-running-heading">
      <h2 id="exam-running-heading" tabIndex={-1}>Exam in progress</h2>
      <p>Your {running.label} is running ({clock(left)} left). Practice waits until it ends, so that no question of the exam shows here.</p>
      <button type="button" class="primary" id="return-to-exam" onClick={returnToExam}>Return to exam</button>
    </section>
  );
}
