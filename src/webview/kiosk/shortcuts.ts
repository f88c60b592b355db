/**
 * Keyboard use of the kiosk, as a pure mapping from a key press to a command. Like the exam driver at a test
 * centre, actions take Alt (Alt+N next, Alt+P previous, Alt+F flag, Alt+R review, Alt+C comment, Alt+E end
 * exam); plain letters and digits only choose options (A–F, 1–9; Shift strikes out) and can be turned off
 * (WCAG 2.1.4). Nothing fires while focus is in a text field, except Escape, which leaves it.
 */

export type KioskCommand =
  | { readonly kind: 'choose'; readonly position: number }
  | { readonly kind: 'strike'; readonly position: number }
  | { readonly kind: 'next' | 'previous' | 'flag' | 'review' | 'comment' | 'end' | 'leave-text' | 'back' };

/** The parts of a `KeyboardEvent` the mapping reads. */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

export interface KeyContext {
  readonly screen: 'question' | 'review' | 'report' | 'answers';
  /** Focus is in a textarea, a text input or editable content. */
  readonly inTextField: boolean;
  readonly singleKeyShortcuts: boolean;
  /** An exam (not a preview or a report): only exams have navigation, flags and an end. */
  readonly exam: boolean;
}

/** Alt+key chords, by physical key so that they work with any layout (and on macOS, where Alt types symbols). */
export const ALT_CHORDS: Readonly<Record<string, KioskCommand['kind']>> = {
  KeyN: 'next',
  KeyP: 'previous',
  KeyF: 'flag',
  KeyR: 'review',
  KeyC: 'comment',
  KeyE: 'end',
};

/**
 * Whether the page must keep `press` from VS Code although it does nothing with it: an exam chord pressed in
 * a text field. VS Code gets every key a webview doesn't stop, and its menu bar takes Alt+F, Alt+E and Alt+R
 * (File, Edit, Run): a candidate typing in the comment box must not land in VS Code's menus either.
 */
export function isReservedChord(press: KeyPress, context: Pick<KeyContext, 'exam'>): boolean {
  return context.exam && press.altKey && !press.ctrlKey && !press.metaKey && ALT_CHORDS[press.code] !== undefined;
}

/** Option letters the keyboard can choose; more options than this are chosen by digit or pointer. */
const OPTION_LETTERS = 'ABCDEF';

export function commandForKey(press: KeyPress, context: KeyContext): KioskCommand | undefined {
  if (press.ctrlKey || press.metaKey) return undefined;
  if (context.inTextField) return press.key === 'Escape' && !press.altKey ? { kind: 'leave-text' } : undefined;
  if (press.altKey) {
    if (press.shiftKey || !context.exam) return undefined;
    const kind = ALT_CHORDS[press.code];
    return kind ? { kind } as KioskCommand : undefined;
  }
  if (press.key === 'Escape') return context.screen === 'review' ? { kind: 'back' } : undefined;
  if (!context.singleKeyShortcuts || context.screen !== 'question') return undefined;
  const position = optionPosition(press);
  if (position === undefined) return undefined;
  return { kind: press.shiftKey ? 'strike' : 'choose', position };
}

/** The option position a key names: 1–9 by digit (main row or keypad), A–F by letter. */
function optionPosition(press: KeyPress): number | undefined {
  // Shift+digit types a symbol; the physical key still names the digit.
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(press.code);
  if (digit) return Number(digit[1]) - 1;
  if (/^[1-9]$/.test(press.key)) return Number(press.key) - 1;
  const letter = press.key.length === 1 ? press.key.toUpperCase() : '';
  const index = OPTION_LETTERS.indexOf(letter);
  return letter && index >= 0 ? index : undefined;
}

/** `aria-keyshortcuts` of the option at `position` ("A 1"), or undefined when single keys are off. */
export function optionKeyShortcuts(position: number, singleKeyShortcuts: boolean): string | undefined {
  if (!singleKeyShortcuts) return undefined;
  const keys = [OPTION_LETTERS[position], position < 9 ? String(position + 1) : undefined].filter(Boolean);
  return keys.length ? keys.join(' ') : undefined;
}
