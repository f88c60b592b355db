/** The review screen: every question as a tile (answered, unanswered, flagged, commented), filtered, to jump to. */
import type { TileFilter } from '../../core/exam/examViews';
import type { ExamSnapshot } from '../../protocol/kiosk';
import { plural } from '../shared/text';
import { TileGrid } from './TileGrid';

const FILTERS: readonly { readonly id: TileFilter; readonly label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'flagged', label: 'Flagged' },
  { id: 'unanswered', label: 'Unanswered' },
];

interface Props {
  readonly snapshot: ExamSnapshot;
  readonly filter: TileFilter;
  readonly setFilter: (filter: TileFilter) => void;
  readonly jump: (index: number) => void;
}

export function matchesTile(filter: TileFilter): (tile: ExamSnapshot['tiles'][number]) => boolean {
  if (filter === 'flagged') return (tile) => tile.flagged;
  if (filter === 'unanswered') return (tile) => !tile.answered && !tile.missing;
  return () => true;
}

export function ReviewScreen({ snapshot, filter, setFilter, jump }: Props) {
  const tiles = snapshot.tiles.filter(matchesTile(filter));
  const counts: Record<TileFilter, number> = {
    all: snapshot.tiles.length,
    flagged: snapshot.tiles.filter(matchesTile('flagged')).length,
    unanswered: snapshot.tiles.filter(matchesTile('unanswered')).length,
  };
  const summary = snapshot.summary;
  return (
    <section class="review-screen" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>Review</h2>
      <p id="review-summary">{plural(summary.answered, 'question')} answered, {summary.unanswered} unanswered, {summary.flagged} flagged for review.</p>
      <div class="filters" role="group" aria-label="Show">
        {FILTERS.map(({ id, label }) => (
          <button type="button" key={id} aria-pressed={id === filter ? 'true' : 'false'} data-filter={id} onClick={() => setFilter(id)}>
            {label} ({counts[id]})
          </button>
        ))}
      </div>
      <p class="note" id="tiles-help">Arrow keys move between questions, Enter opens one. Tab leaves the grid.</p>
      {tiles.length > 0
        ? <TileGrid key={filter} tiles={tiles} jump={jump} />
        : <p class="empty" id="tiles-empty">{filter === 'flagged' ? 'No question is flagged.' : 'Every question is answered.'}</p>}
      <p class="legend" aria-hidden="true"><span>▌ answered</span><span>┆ unanswered</span><span>⚑ flagged</span><span>✎ commented</span></p>
    </section>
  );
}
