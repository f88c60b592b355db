/**
 * The buttons under the question, as at a test centre: flag, comment, previous, next, review, end exam. Their
 * shortcuts are in `aria-keyshortcuts` and the tooltip, not in their names. Buttons that can't act right now
 * stay focusable (aria-disabled), so focus never drops to the page when the last question is reached.
 */
import type { ExamSnapshot } from '../../protocol/kiosk';
import { plural } from '../shared/text';

export interface FooterActions {
  flag(): void;
  comment(): void;
  previous(): void;
  next(): void;
  review(): void;
  backToQuestion(): void;
  end(): void;
}

interface Props {
  readonly snapshot: ExamSnapshot;
  readonly onReview: boolean;
  readonly commentOpen: boolean;
  readonly actions: FooterActions;
}

export function ExamFooter({ snapshot: s, onReview, commentOpen, actions }: Props) {
  const q = s.question;
  if (onReview) {
    return (
      <footer class="kiosk-footer">
        <span class="spacer" />
        <button type="button" id="back-to-question" aria-keyshortcuts="Escape Alt+R" title="Back to the question (Escape or Alt+R)" onClick={actions.backToQuestion}>Back to question {q.number}</button>
        <button type="button" id="end-exam" class="danger" aria-keyshortcuts="Alt+E" title="End the exam (Alt+E); you are asked first" onClick={actions.end}>End exam</button>
      </footer>
    );
  }
  return (
    <footer class="kiosk-footer">
      <button type="button" class="flag" id="flag" aria-pressed={q.flagged ? 'true' : 'false'} aria-disabled={q.submitted ? 'true' : undefined}
        aria-keyshortcuts="Alt+F" title="Flag this question for review (Alt+F)" onClick={actions.flag}>
        <span aria-hidden="true">{q.flagged ? '⚑ ' : '⚐ '}</span>Flag for review
      </button>
      <button type="button" id="toggle-comment" aria-expanded={commentOpen ? 'true' : 'false'} aria-controls="comment-panel"
        aria-keyshortcuts="Alt+C" title="Comment on this question (Alt+C)" onClick={actions.comment}>Comment</button>
      <span class="spacer" />
      <button type="button" id="previous" aria-disabled={q.isFirst ? 'true' : undefined} aria-keyshortcuts="Alt+P" title="Previous question (Alt+P)" onClick={actions.previous}>
        <span aria-hidden="true">‹ </span>Previous
      </button>
      <button type="button" id="next" class="primary" aria-disabled={q.isLast ? 'true' : undefined} aria-keyshortcuts="Alt+N" title="Next question (Alt+N)" onClick={actions.next}>
        Next<span aria-hidden="true"> ›</span>
      </button>
      <button type="button" id="review" aria-keyshortcuts="Alt+R" title="Review screen: every question at a glance (Alt+R)" onClick={actions.review}>
        Review{s.summary.flagged > 0 ? ` (${plural(s.summary.flagged, 'flag')})` : ''}
      </button>
      <button type="button" id="end-exam" class="danger" aria-keyshortcuts="Alt+E" title="End the exam (Alt+E); you are asked first" onClick={actions.end}>End exam</button>
    </footer>
  );
}
