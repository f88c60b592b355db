/** "End exam?": says how many questions are unanswered or flagged, as the real kiosk does, and asks to confirm. */
import { useEffect, useRef } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { EndSummary } from '../../core/exam/examViews';
import { plural } from '../shared/text';

interface Props {
  readonly summary: EndSummary;
  readonly onEnd: () => void;
  readonly onCancel: () => void;
}

export function EndDialog({ summary, onEnd, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  const end = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    cancel.current?.focus();
    return () => { if (previous?.isConnected) previous.focus(); };
  }, []);
  const warnings: string[] = [];
  if (summary.unanswered) warnings.push(`${plural(summary.unanswered, 'question')} unanswered (counted as incorrect)`);
  if (summary.flagged) warnings.push(`${plural(summary.flagged, 'question')} flagged for review`);
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Tab') {
      // Focus stays inside the dialog while it is open.
      event.preventDefault();
      (document.activeElement === cancel.current ? end : cancel).current?.focus();
    }
  };
  return (
    <div class="dialog-backdrop" id="end-dialog" onKeyDown={onKeyDown}>
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="end-title" aria-describedby="end-body">
        <h2 id="end-title">End exam?</h2>
        <div id="end-body">
          <p>You answered {summary.answered} of {summary.total} questions.</p>
          {warnings.length ? <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul> : <p>Every question is answered and none is flagged.</p>}
          <p>Once the exam ends you cannot change your answers.</p>
        </div>
        <div class="actions">
          <button type="button" id="cancel-end" ref={cancel} onClick={onCancel}>Return to exam</button>
          <button type="button" id="confirm-end" class="primary danger" ref={end} onClick={onEnd}>End exam</button>
        </div>
      </div>
    </div>
  );
}
