/**
 * Recognises answer options in the shapes community banks write them: task-list items (`- [ ]`, `- [x]`) and
 * lettered options (`A.`, `A)`, `A:`, `(A)`, `[A]`, `**A)**`, `**A.** text`), as list items or plain lines, at
 * any indentation, and lettered options written inline after a stem (`…networking?   - A. Amazon RDS`).
 */

/** How an option's marker is written; part of the format a question is reported under. */
export type OptionStyle = 'task-list' | 'A.' | 'A)' | 'A:' | '(A)' | '[A]';

export interface OptionLine {
  readonly style: OptionStyle;
  /** Upper-case letter for lettered options; absent for task-list items. */
  readonly letter?: string;
  /** The letter was written in lower case (`a)`), which a whole group must then share. */
  readonly lowerCase: boolean;
  /** Marked correct in the option itself: `[x]`, or a trailing ✅ / "(correct)". */
  readonly checked: boolean;
  /** The whole option is bold (`**B. Amazon S3**`); some banks mark the correct option so. */
  readonly emphasised: boolean;
  readonly text: string;
}

const TASK = /^\s*[-*+]\s+\[([ xX])\]\s*(.*)$/;
const BULLET = /^\s*(?:[-*+]\s+)?/;
const EMPHASIS_OPEN = /^(\*\*|__|\*|_)?/;
const MARKERS: ReadonlyArray<readonly [RegExp, OptionStyle]> = [
  [/^\(([A-Ha-h])\)/, '(A)'],
  [/^\[([A-Ha-h])\]/, '[A]'],
  [/^([A-Ha-h])\./, 'A.'],
  [/^([A-Ha-h])\)/, 'A)'],
  [/^([A-H]):/, 'A:'],
];
const CHECK_MARK = /\s*(?:✅|✔️?|☑️?|✓|\((?:correct|right answer)\)|\[(?:correct)\])\s*$/iu;

/** Parses one line as an option, or returns undefined. */
export function parseOptionLine(text: string): OptionLine | undefined {
  const task = TASK.exec(text);
  if (task) {
    const body = task[2].trim();
    // `- [ ] **A)** text`: a task list whose items carry their letters too, which answers then name.
    const lettered = body.startsWith('[') ? undefined : parseLettered(body);
    const checked = task[1] !== ' ' || Boolean(lettered?.checked);
    if (lettered && !lettered.emphasised) return { ...lettered, style: 'task-list', checked };
    return { style: 'task-list', lowerCase: false, checked, emphasised: false, text: body };
  }
  return parseLettered(text);
}

/** Parses a lettered option (`A.`, `- A)`, `**A)** text`, …), or returns undefined. */
function parseLettered(text: string): OptionLine | undefined {
  let rest = text.slice(BULLET.exec(text)![0].length);
  const open = EMPHASIS_OPEN.exec(rest)![1] ?? '';
  rest = rest.slice(open.length);
  for (const [pattern, style] of MARKERS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    let after = rest.slice(m[0].length);
    let emphasised = false;
    if (open && after.startsWith(open)) after = after.slice(open.length);
    else if (open && after.trimEnd().endsWith(open)) {
      emphasised = true;
      after = after.trimEnd().slice(0, -open.length);
    } else if (open) return undefined;
    if (!/^\s+\S/.test(after)) return undefined;
    let body = after.trim();
    const check = CHECK_MARK.exec(body);
    if (check) body = body.slice(0, check.index).trim();
    const letter = m[1];
    return { style, letter: letter.toUpperCase(), lowerCase: letter !== letter.toUpperCase(), checked: Boolean(check), emphasised, text: body };
  }
  return undefined;
}

/** Options written inline on one line, after the text that precedes them (usually the end of a stem). */
export interface InlineOptions {
  readonly before: string;
  readonly options: readonly OptionLine[];
}

/**
 * Finds lettered options written inline, starting with A: `Which one? A) S3 B) EBS C) EFS` or a stem line that
 * runs into its first option (`…networking?    - A. Amazon RDS`). Each marker must follow whitespace and the
 * letters must run A, B, C… in order with one marker style, so prose such as "plan A) works" rarely matches.
 */
export function findInlineOptions(text: string): InlineOptions | undefined {
  const markerAt = (letter: string, from: number): { index: number; length: number; style: OptionStyle } | undefined => {
    const l = letter;
    const pattern = new RegExp(`(^|\\s)(?:[-*+]\\s+)?(?:\\*\\*)?(\\(${l}\\)|${l}\\.|${l}\\))(?:\\*\\*)?\\s+(?=\\S)`, 'g');
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) return undefined;
    const token = m[2];
    const style: OptionStyle = token.startsWith('(') ? '(A)' : token.endsWith('.') ? 'A.' : 'A)';
    return { index: m.index + m[1].length, length: m[0].length - m[1].length, style };
  };
  const first = markerAt('A', 0);
  if (!first || first.index === 0) return undefined;
  const starts = [first];
  for (let code = 'B'.charCodeAt(0); code <= 'H'.charCodeAt(0); code++) {
    const previous = starts[starts.length - 1];
    const next = markerAt(String.fromCharCode(code), previous.index + previous.length);
    if (!next || next.style !== first.style) break;
    starts.push(next);
  }
  const options = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    return {
      style: start.style,
      letter: String.fromCharCode(65 + i),
      lowerCase: false,
      checked: false,
      emphasised: false,
      text: text.slice(start.index + start.length, end).trim(),
    };
  });
  if (options.some((o) => o.text === '')) return undefined;
  return { before: text.slice(0, first.index).trimEnd(), options };
}
