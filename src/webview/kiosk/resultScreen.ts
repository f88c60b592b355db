/**
 * After the exam: the score report (scaled score, pass or fail, time used, per-domain table) and the review of
 * every question with the candidate's answer, the correct one, the explanation, references, flag and comment.
 */
import type { ResultFilter } from '../../core/exam/resultReview';
import type { KioskResultItem, ResultSnapshot } from '../../protocol';
import { clock, h } from '../shared/dom';
import { sanitizedFragment } from '../shared/sanitize';
import { renderReferences } from './questionView';

export interface ResultHandlers {
  showAnswers(filter: ResultFilter): void;
  showReport(): void;
  retake(which: 'incorrect' | 'flagged'): void;
  newExam(): void;
  openSource(questionId: string): void;
}

export function renderReport(s: ResultSnapshot, handlers: ResultHandlers): HTMLElement {
  const r = s.report;
  const domains = h('table', { 'aria-label': 'Results by domain' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Domain'), h('th', {}, 'Correct'), h('th', {}, 'Percent'), h('th', {}, ''), h('th', {}, 'Performance'))),
    h('tbody', {}, ...r.domains.map((d) => h('tr', {},
      h('td', {}, `${d.id}. ${d.title}`),
      h('td', { class: 'num' }, `${d.correct} / ${d.total}`),
      h('td', { class: 'num' }, `${d.percent}%`),
      h('td', {}, bar(d.percent)),
      h('td', { class: d.verdict === 'Meets competencies' ? 'meets' : 'needs' }, d.verdict)))));
  const limit = r.timeLimitMs === null ? 'untimed' : `of ${clock(r.timeLimitMs)}`;
  return h('section', { class: 'report', 'aria-labelledby': 'report-heading' },
    h('h2', { id: 'report-heading', tabindex: -1 }, 'Score report'),
    s.endedMessage ? h('p', { class: 'banner warning', role: 'status' }, s.endedMessage) : null,
    h('div', { class: 'headline' },
      h('div', {}, h('div', { class: 'note' }, 'Scaled score'), h('div', { class: 'score', id: 'scaled-score' }, String(r.scaledScore))),
      h('div', { class: r.passed ? 'pass' : 'fail', id: 'pass-fail' }, r.passed ? 'PASS' : 'FAIL'),
      h('div', {}, h('div', { class: 'note' }, 'Passing score'), h('div', {}, String(r.passingScore))),
      h('div', {}, h('div', { class: 'note' }, 'Correct'), h('div', { id: 'raw-score' }, `${r.correct} / ${r.total} (${r.percent}%)`)),
      h('div', {}, h('div', { class: 'note' }, 'Time used'), h('div', {}, `${clock(r.timeUsedMs)} ${limit}`))),
    domains,
    h('p', { class: 'note' },
      `The scaled score is an estimate: AWS does not publish its mapping. Here ${Math.round(r.cut * 100)}% correct maps to the passing score, 0% to 100 and 100% to 1000. `,
      'As on the real report, results by domain are a rough guide: the exam is passed or failed as a whole.'),
    h('div', { class: 'filters' },
      h('button', { class: 'primary', id: 'review-answers', onclick: () => handlers.showAnswers('all') }, 'Review answers'),
      h('button', { id: 'retake-incorrect', disabled: s.counts.incorrect === 0, onclick: () => handlers.retake('incorrect') }, `Retake incorrect (${s.counts.incorrect})`),
      h('button', { id: 'retake-flagged', disabled: s.counts.flagged === 0, onclick: () => handlers.retake('flagged') }, `Retake flagged (${s.counts.flagged})`),
      h('button', { id: 'new-exam', onclick: () => handlers.newExam() }, 'New exam…')));
}

const FILTERS: { id: ResultFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'incorrect', label: 'Incorrect' },
  { id: 'flagged', label: 'Flagged' },
  { id: 'commented', label: 'Commented' },
];

export function renderAnswers(s: ResultSnapshot, filter: ResultFilter, handlers: ResultHandlers): HTMLElement {
  const items = s.items.filter(matches(filter));
  return h('section', { class: 'report', 'aria-labelledby': 'answers-heading' },
    h('h2', { id: 'answers-heading', tabindex: -1 }, 'Review answers'),
    h('div', { class: 'filters', role: 'group', 'aria-label': 'Show' },
      ...FILTERS.map(({ id, label }) => h('button', { 'aria-pressed': id === filter ? 'true' : 'false', 'data-filter': id, onclick: () => handlers.showAnswers(id) }, `${label} (${s.counts[id]})`)),
      h('span', { class: 'spacer' }),
      h('button', { id: 'back-to-report', onclick: () => handlers.showReport() }, 'Score report')),
    items.length ? h('div', {}, ...items.map((item) => renderItem(item, handlers))) : h('p', { class: 'empty' }, 'No question matches this filter.'));
}

function renderItem(item: KioskResultItem, handlers: ResultHandlers): HTMLElement {
  const outcomeLabel = { correct: 'Correct', incorrect: 'Incorrect', unanswered: 'Unanswered', excluded: 'Not scored' }[item.outcome];
  const stem = h('div', { class: 'stem' });
  stem.append(sanitizedFragment(item.stemHtml));
  const options = h('ul', { class: 'options' }, ...item.options.map((o) => {
    const text = h('span', { class: 'text' });
    text.append(sanitizedFragment(o.html));
    const marks = [o.selected ? 'your answer' : '', o.correct ? 'correct' : ''].filter(Boolean).join(', ');
    const classes = ['option', o.correct ? 'correct' : '', o.selected && !o.correct ? 'incorrect' : ''].filter(Boolean).join(' ');
    return h('li', { class: classes }, h('span', { class: 'letter' }, `${o.letter}.`), text, h('span', { class: 'note' }, marks));
  }));
  const explanation = h('div', { class: 'explanation' });
  explanation.append(sanitizedFragment(item.explanationHtml));
  return h('article', { class: 'result-item', 'data-question-id': item.questionId, 'aria-labelledby': `result-${item.number}` },
    h('h3', { id: `result-${item.number}` }, `Question ${item.number}`,
      h('span', { class: `badge ${item.outcome}` }, outcomeLabel),
      item.flagged ? h('span', { class: 'badge flag' }, '⚑ Flagged') : null,
      h('span', { class: 'note' }, `Task ${item.task}`)),
    stem, options,
    h('p', {}, `Your answer: ${item.yourLetters.join(', ') || 'none'} · Correct answer: ${item.correctLetters.join(', ')}`),
    item.availability !== 'ok' ? h('p', { class: 'missing-note' }, item.availability === 'missing' ? 'This question has left the bank since the exam.' : 'This question was updated in the bank since the exam.') : null,
    h('h4', {}, 'Explanation'), explanation,
    item.references.length ? renderReferences(item.references) : null,
    item.comment.trim() ? h('div', {}, h('h4', {}, 'Your comment'), h('p', { class: 'your-comment' }, item.comment)) : null,
    h('button', { class: 'link-button', onclick: () => handlers.openSource(item.questionId), title: 'Open the question file in the editor' }, 'Open question source'));
}

function bar(percent: number): HTMLElement {
  const fill = h('div', { class: 'bar', role: 'presentation' });
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return h('div', { class: 'bar-track', role: 'img', 'aria-label': `${percent}%` }, fill);
}

function matches(filter: ResultFilter): (item: KioskResultItem) => boolean {
  if (filter === 'incorrect') return (i) => i.outcome === 'incorrect' || i.outcome === 'unanswered';
  if (filter === 'flagged') return (i) => i.flagged;
  if (filter === 'commented') return (i) => i.comment.trim() !== '';
  return () => true;
}
