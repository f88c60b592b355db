/** The review of every question after the exam: your answer, the right one, the explanation, flag and comment. */
import type { ResultFilter } from '../../core/exam/resultReview';
import type { KioskResultItem, ResultSnapshot } from '../../protocol/kiosk';
import { SanitizedHtml } from '../shared/SanitizedHtml';
import { References } from '../question/References';

const FILTERS: readonly { readonly id: ResultFilter; readonly label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'incorrect', label: 'Incorrect' },
  { id: 'flagged', label: 'Flagged' },
  { id: 'commented', label: 'Commented' },
];

const OUTCOME_LABEL = { correct: 'Correct', incorrect: 'Incorrect', unanswered: 'Unanswered', excluded: 'Not scored' } as const;

export interface AnswerActions {
  setFilter(filter: ResultFilter): void;
  showReport(): void;
  openSource(questionId: string): void;
}

export function matchesResult(filter: ResultFilter): (item: KioskResultItem) => boolean {
  if (filter === 'incorrect') return (i) => i.outcome === 'incorrect' || i.outcome === 'unanswered';
  if (filter === 'flagged') return (i) => i.flagged;
  if (filter === 'commented') return (i) => i.comment.trim() !== '';
  return () => true;
}

export function AnswerReview({ snapshot: s, filter, actions }: { readonly snapshot: ResultSnapshot; readonly filter: ResultFilter; readonly actions: AnswerActions }) {
  const items = s.items.filter(matchesResult(filter));
  return (
    <section class="report" aria-labelledby="answers-heading">
      <h2 id="answers-heading" tabIndex={-1}>Review answers</h2>
      <div class="filters">
        <div role="group" aria-label="Show" class="filter-group">
          {FILTERS.map(({ id, label }) => (
            <button type="button" key={id} aria-pressed={id === filter ? 'true' : 'false'} data-filter={id} onClick={() => actions.setFilter(id)}>
              {label} ({s.counts[id]})
            </button>
          ))}
        </div>
        <span class="spacer" />
        <button type="button" id="back-to-report" onClick={actions.showReport}>Score report</button>
      </div>
      {items.length ? <div class="result-list">{items.map((item) => <ResultItem key={item.questionId + item.number} item={item} openSource={actions.openSource} />)}</div>
        : <p class="empty">No question matches this filter.</p>}
    </section>
  );
}

function ResultItem({ item, openSource }: { readonly item: KioskResultItem; readonly openSource: (id: string) => void }) {
  const headingId = `result-${item.number}`;
  return (
    <article class="result-item" data-question-id={item.questionId} aria-labelledby={headingId}>
      <h3 id={headingId}>
        Question {item.number}
        <span class={`badge ${item.outcome}`}>{OUTCOME_LABEL[item.outcome]}</span>
        {item.flagged && <span class="badge flag">⚑ Flagged</span>}
        <span class="note">Task {item.task}</span>
      </h3>
      <SanitizedHtml class="stem" html={item.stemHtml} />
      <ul class="options review-options">
        {item.options.map((o) => {
          const marks = [o.selected ? 'your answer' : '', o.correct ? 'correct' : ''].filter(Boolean).join(', ');
          const classes = ['option', o.correct ? 'correct' : '', o.selected && !o.correct ? 'incorrect' : ''].filter(Boolean).join(' ');
          return (
            <li class={classes} key={o.option}>
              <span class="letter">{o.letter}.</span> <SanitizedHtml inline class="text" html={o.html} />
              {marks && <span class="mark"> ({marks})</span>}
            </li>
          );
        })}
      </ul>
      <p>Your answer: {item.yourLetters.join(', ') || 'none'} · Correct answer: {item.correctLetters.join(', ')}</p>
      {item.availability !== 'ok' && <p class="missing-note">{item.availability === 'missing' ? 'This question has left the bank since the exam.' : 'This question was updated in the bank since the exam.'}</p>}
      <h4>Explanation</h4>
      <SanitizedHtml class="explanation" html={item.explanationHtml} />
      {item.references.length > 0 && <References urls={item.references} />}
      {item.comment.trim() && <div><h4>Your comment</h4><p class="your-comment">{item.comment}</p></div>}
      <button type="button" class="link-button" title="Open the question file in the editor" onClick={() => openSource(item.questionId)}>Open question source</button>
    </article>
  );
}
