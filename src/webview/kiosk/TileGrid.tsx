/**
 * The review screen's tiles as an ARIA grid: one Tab stop, arrow keys move between tiles (up and down by a
 * row of the current layout), Home / End to the row's first and last, Ctrl+Home / Ctrl+End to the first and
 * last question, Enter or Space opens the question.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { ReviewTile } from '../../core/exam/examViews';

/** Narrowest a tile gets before the grid drops a column. */
const TILE_MIN_PX = 132;

interface Props {
  readonly tiles: readonly ReviewTile[];
  readonly jump: (index: number) => void;
}

export function tileStates(tile: ReviewTile): string[] {
  const states = [tile.missing ? 'not in the bank' : tile.answered ? 'answered' : 'unanswered'];
  if (tile.flagged) states.push('flagged');
  if (tile.commented) states.push('commented');
  return states;
}

export function TileGrid({ tiles, jump }: Props) {
  const grid = useRef<HTMLDivElement>(null);
  // A first guess from the window, so that the grid rarely re-flows right after it opens.
  const [columns, setColumns] = useState(() => Math.max(1, Math.floor(Math.min(window.innerWidth - 64, 960) / TILE_MIN_PX)));
  // Whether a tile had focus: rows re-drawn for a new width re-create their tiles, and focus must follow.
  const hadFocus = useRef(false);
  const start = Math.max(0, tiles.findIndex((t) => t.current));
  const [active, setActive] = useState(start);

  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return undefined;
    const measure = (): void => setColumns(Math.max(1, Math.floor(element.clientWidth / TILE_MIN_PX)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const element = grid.current;
    if (hadFocus.current && element && !element.contains(document.activeElement)) {
      element.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    }
  }, [columns]);

  // A filter can remove the active tile: keep the position in range.
  const current = Math.min(active, Math.max(0, tiles.length - 1));

  // The tiles are all drawn already: focus moves at once, and the roving tab stop follows through onFocus.
  const move = (to: number): void => {
    const next = Math.min(tiles.length - 1, Math.max(0, to));
    grid.current?.querySelector<HTMLElement>(`[data-tile="${next}"]`)?.focus();
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>): void => {
    // From the tile that has focus now: keys can come faster than the grid redraws.
    const focused = Number((event.target as HTMLElement).dataset?.tile);
    const from = Number.isInteger(focused) ? focused : current;
    const rowStart = from - (from % columns);
    const targets: Record<string, number> = {
      ArrowRight: from + 1,
      ArrowLeft: from - 1,
      ArrowDown: from + columns,
      ArrowUp: from - columns,
      Home: event.ctrlKey ? 0 : rowStart,
      End: event.ctrlKey ? tiles.length - 1 : Math.min(tiles.length - 1, rowStart + columns - 1),
      PageDown: tiles.length - 1,
      PageUp: 0,
    };
    const to = targets[event.key];
    if (to === undefined || event.altKey || event.metaKey) return;
    event.preventDefault();
    if ((event.key === 'ArrowDown' && to >= tiles.length) || (event.key === 'ArrowUp' && to < 0)) return;
    move(to);
  };

  const rows: ReviewTile[][] = [];
  for (let i = 0; i < tiles.length; i += columns) rows.push(tiles.slice(i, i + columns));
  return (
    <div class="tiles" role="grid" aria-label="Questions" aria-describedby="tiles-help" ref={grid} onKeyDown={onKeyDown}
      onFocusIn={() => { hadFocus.current = true; }}
      onFocusOut={(event) => { if (event.relatedTarget !== null) hadFocus.current = grid.current?.contains(event.relatedTarget as Node) ?? false; }}>
      {rows.map((row, r) => (
        <div role="row" class="tile-row" key={r} style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
          {row.map((tile, c) => {
            const position = r * columns + c;
            const states = tileStates(tile);
            const classes = ['tile', tile.answered ? 'answered' : 'unanswered'];
            if (tile.flagged) classes.push('flagged');
            if (tile.current) classes.push('current');
            return (
              <div role="gridcell" key={tile.index}>
                <button type="button" class={classes.join(' ')} data-index={tile.index} data-tile={position}
                  tabIndex={position === current ? 0 : -1}
                  aria-current={tile.current ? 'step' : undefined}
                  onFocus={() => setActive(position)}
                  onClick={() => jump(tile.index)}>
                  <span class="num"><span class="visually-hidden">Question </span>{tile.number}</span>
                  <span class="marks" aria-hidden="true">{tile.flagged ? '⚑' : ''}{tile.commented ? '✎' : ''}</span>
                  <span class="state">{states.join(', ')}</span>
                </button>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
