/**
 * The quick quiz shows a question in a QuickPick, whose rows never wrap: a long option would be cut with "…".
 * So every option is wrapped into as many rows as it needs, each row standing for its option; choosing any row
 * chooses the option, and with several to choose, ticking or unticking one row of an option does the same to
 * all of its rows.
 */
import type { QuizChoice } from './oneQuestion';
import { wrapText } from './plainText';

export interface OptionRow {
  /** Original index of the option the row belongs to. */
  readonly option: number;
  readonly text: string;
  /** The row that starts the option (it carries the letter). */
  readonly first: boolean;
}

/** The rows of `choices`, each option wrapped to `width` characters, the letter on its first row. */
export function optionRows(choices: readonly QuizChoice[], width: number): OptionRow[] {
  return choices.flatMap((choice) => wrapText(`${choice.letter}. ${choice.text}`, width).map((text, i) => ({ option: choice.option, text, first: i === 0 })));
}

/**
 * The options chosen after the rows selected changed to `selected`, given those chosen before: an option whose
 * rows are now all selected, or newly partly selected, is chosen; one of the chosen that lost a row is not.
 */
export function chosenOptions(before: ReadonlySet<number>, selected: readonly OptionRow[], rows: readonly OptionRow[]): Set<number> {
  const total = new Map<number, number>();
  for (const row of rows) total.set(row.option, (total.get(row.option) ?? 0) + 1);
  const ticked = new Map<number, number>();
  for (const row of selected) ticked.set(row.option, (ticked.get(row.option) ?? 0) + 1);
  const chosen = new Set<number>();
  for (const [option, count] of total) {
    const now = ticked.get(option) ?? 0;
    if (before.has(option) ? now === count : now > 0) chosen.add(option);
  }
  return chosen;
}
