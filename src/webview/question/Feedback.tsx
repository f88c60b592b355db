/** The answer once revealed: right or wrong, the correct letters, the explanation and the references. */
import type { KioskQuestion } from '../../protocol/kiosk';
import { SanitizedHtml } from '../shared/SanitizedHtml';
import { References } from './References';

/** "Correct." or "Incorrect. The correct answer: B, D." for a revealed practice question. */
export function verdictText(q: KioskQuestion): string {
  const right = q.options.every((o) => (o.correct ?? false) === o.selected);
  const correctLetters = q.options.filter((o) => o.correct).map((o) => o.letter).join(', ');
  if (!q.practice || q.submitted) return `Correct answer: ${correctLetters}`;
  return right ? 'Correct.' : `Incorrect. The correct answer: ${correctLetters}.`;
}

export function Feedback({ q }: { readonly q: KioskQuestion }) {
  const right = q.options.every((o) => (o.correct ?? false) === o.selected);
  const judged = q.practice && !q.submitted;
  return (
    <div class="feedback" role="region" aria-label="Answer and explanation">
      <p class={`verdict${judged ? (right ? ' good' : ' bad') : ''}`} id="verdict" tabIndex={-1}>{verdictText(q)}</p>
      <h3>Explanation</h3>
      <SanitizedHtml class="explanation" html={q.explanationHtml ?? ''} />
      {q.references && q.references.length > 0 && <References urls={q.references} />}
    </div>
  );
}
