/** The review screen: every question as a tile (answered, unanswered, flagged, commented), filtered, click to jump. */
import type { ReviewTile, TileFilter } from '../../core/exam/examViews';
import type { ExamSnapshot } from '../../protocol';
import { h, plural } from '../shared/dom';

export interface ReviewHandlers {
  filter(filter: TileFilter): void;
  jump(index: number): void;
  back(): void;
  end(): void;
}

const FILTERS: { id: TileFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'flagged', label: 'Flagged' },
  { id: 'unanswered', label: 'Unanswered' },
];

export function renderReviewScreen(snapshot: ExamSnapshot, filter: TileFilter, handlers: ReviewHandlers): HTMLElement {
  const tiles = snapshot.tiles.filter(matches(filter));
  const counts: Record<TileFilter, number> = {
    all: snapshot.tiles.length,
    flagged: snapshot.tiles.filter(matches('flagged')).length,
    unanswered: snapshot.tiles.filter(matches('unanswered')).length,
  };
  const filters = h('div', { class: 'filters', role: 'group', 'aria-label': 'Show' },
    ...FILTERS.map(({ id, label }) => h('button', {
      'aria-pressed': id === filter ? 'true' : 'false', 'data-filter': id, onclick: () => handlers.filter(id),
    }, `${label} (${counts[id]})`)));
  const list = h('ul', { class: 'tiles', 'aria-label': 'Questions' },
    ...tiles.map((tile) => h('li', {}, renderTile(tile, handlers))));
  return h('section', { class: 'review-screen', 'aria-labelledby': 'review-heading' },
    h('h2', { id: 'review-heading', tabindex: -1 }, 'Review'),
    h('p', {}, `${plural(snapshot.summary.answered, 'question')} answered, ${snapshot.summary.unanswered} unanswered, ${snapshot.summary.flagged} flagged for review.`),
    filters,
    tiles.length ? list : h('p', { class: 'empty' }, filter === 'flagged' ? 'No question is flagged.' : 'Every question is answered.'),
    h('p', { class: 'legend' }, h('span', {}, '▌ answered'), h('span', {}, '┆ unanswered'), h('span', {}, '⚑ flagged'), h('span', {}, '✎ commented')));
}

function renderTile(tile: ReviewTile, handlers: ReviewHandlers): HTMLElement {
  const states = [tile.missing ? 'not in the bank' : tile.answered ? 'answered' : 'unanswered'];
  if (tile.flagged) states.push('flagged');
  if (tile.commented) states.push('commented');
  const classes = ['tile', tile.answered ? 'answered' : 'unanswered'];
  if (tile.flagged) classes.push('flagged');
  if (tile.current) classes.push('current');
  return h('button', {
    class: classes.join(' '),
    'data-index': tile.index,
    'aria-label': `Question ${tile.number}: ${states.join(', ')}`,
    'aria-current': tile.current ? 'true' : undefined,
    onclick: () => handlers.jump(tile.index),
  }, h('span', { class: 'num' }, `Question ${tile.number}`), h('span', { class: 'state' }, `${states.join(' · ')}${tile.commented ? ' ✎' : ''}`));
}

function matches(filter: TileFilter): (tile: ReviewTile) => boolean {
  if (filter === 'flagged') return (tile) => tile.flagged;
  if (filter === 'unanswered') return (tile) => !tile.answered && !tile.missing;
  return () => true;
}
