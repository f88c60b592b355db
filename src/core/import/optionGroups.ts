/**
 * Option groups: the runs of option lines that make up one question's choices. Every question of every format
 * we know has one, which is why the reader anchors on them: a group is found first, then the stem above it and
 * the answer and explanation below it.
 */
import { findInlineOptions, parseOptionLine, type OptionLine, type OptionStyle } from './optionLines';
import { isBlank, type SourceLine } from './sourceLines';

export interface GroupOption {
  readonly option: OptionLine;
  /** Index of the option's line in the line list. */
  readonly index: number;
  /** Continuation lines joined to the option text. */
  readonly text: string;
  /** Blockquotes indented under the option: per-option feedback, as quizdown writes it. */
  readonly notes: readonly string[];
}

export interface OptionGroup {
  /** Index of the first line of the group (the line holding inline options when `inlineBefore` is set). */
  readonly start: number;
  /** Index after the last option line. */
  readonly end: number;
  readonly options: readonly GroupOption[];
  readonly style: OptionStyle;
  /** The options are list items (`- A.`) rather than plain lines (`A.`). */
  readonly bullet: boolean;
  /** Text before the first option when options start inline on a line of text (the end of the stem). */
  readonly inlineBefore?: string;
}

interface OpenGroup {
  start: number;
  end: number;
  options: { option: OptionLine; index: number; text: string; notes: string[] }[];
  style: OptionStyle;
  lowerCase: boolean;
  bullet: boolean;
  inlineBefore?: string;
  /** Last line was an option or its continuation, so an indented line continues it. */
  continuable: boolean;
}

/** Finds the option groups among `lines`; groups with fewer than two options are dropped. */
export function findOptionGroups(lines: readonly SourceLine[]): OptionGroup[] {
  const groups: OptionGroup[] = [];
  let open: OpenGroup | undefined;
  const close = (): void => {
    if (open && open.options.length >= 2) {
      const { start, end, options, style, bullet, inlineBefore } = open;
      groups.push({ start, end, options, style, bullet, inlineBefore });
    }
    open = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.literal) {
      close();
      continue;
    }
    const option = parseOptionLine(line.text);
    if (option && open && follows(open, option)) {
      open.options.push({ option, index: i, text: option.text, notes: [] });
      open.end = i + 1;
      open.continuable = true;
      continue;
    }
    if (option) {
      close();
      open = startGroup(lines, i, option);
      continue;
    }
    if (isBlank(line)) {
      if (open) open.continuable = false;
      continue;
    }
    const last = open?.options[open.options.length - 1];
    if (open && last && /^\s*>/.test(line.text) && line.indent > lines[last.index].indent) {
      last.notes.push(line.text.trim().replace(/^>\s?/, ''));
      open.end = i + 1;
      continue;
    }
    if (open && last && open.continuable && line.indent > lines[last.index].indent) {
      last.text = `${last.text} ${line.text.trim()}`;
      open.end = i + 1;
      continue;
    }
    close();
    const inline = findInlineOptions(line.text);
    if (inline && inline.options.length >= 3) {
      open = {
        start: i,
        end: i + 1,
        options: inline.options.map((o) => ({ option: o, index: i, text: o.text, notes: [] })),
        style: inline.options[0].style,
        lowerCase: false,
        bullet: false,
        inlineBefore: inline.before,
        continuable: false,
      };
    }
  }
  close();
  return groups;
}

function follows(open: OpenGroup, option: OptionLine): boolean {
  const last = open.options[open.options.length - 1].option.letter;
  const next = option.letter !== undefined && last !== undefined && option.letter.charCodeAt(0) === last.charCodeAt(0) + 1;
  // Lettered task items (`- [ ] **B)**`) run on from the letter before; plain ones from any task item.
  if (option.style === 'task-list') return open.style === 'task-list' && (option.letter === undefined || last === undefined || next);
  if (option.style !== open.style || option.lowerCase !== open.lowerCase) return false;
  return next;
}

/** Opens a group at option line `i`, taking the options before it from the previous line when written inline. */
function startGroup(lines: readonly SourceLine[], i: number, option: OptionLine): OpenGroup | undefined {
  const bullet = /^\s*[-*+]\s/.test(lines[i].text);
  const base = { end: i + 1, style: option.style, lowerCase: option.lowerCase, bullet, continuable: true };
  if (option.style === 'task-list' || option.letter === 'A') {
    return { ...base, start: i, options: [{ option, index: i, text: option.text, notes: [] }] };
  }
  const previous = previousNonBlank(lines, i);
  if (previous < 0) return undefined;
  const inline = findInlineOptions(lines[previous].text);
  const expected = option.letter!.charCodeAt(0) - 65;
  if (!inline || inline.options.length !== expected || inline.options[0].style !== option.style) return undefined;
  return {
    ...base,
    start: previous,
    inlineBefore: inline.before,
    options: [
      ...inline.options.map((o) => ({ option: o, index: previous, text: o.text, notes: [] })),
      { option, index: i, text: option.text, notes: [] },
    ],
  };
}

function previousNonBlank(lines: readonly SourceLine[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!isBlank(lines[j])) return lines[j].literal ? -1 : j;
  return -1;
}
