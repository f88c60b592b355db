/**
 * Keyboard use of the kiosk: a letter (A–E) or a digit (1–9) chooses an option, Shift with it strikes the
 * option out, N / P move to the next / previous question, F flags, R opens or closes the review screen, C goes
 * to the comment box. Letters that are commands (F, N, P, R, C) never choose an option: use the digit.
 */
import type { KioskApp } from './kioskApp';

const COMMAND_LETTERS = new Set(['F', 'N', 'P', 'R', 'C']);

export function handleKey(event: KeyboardEvent, app: KioskApp): void {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text') || target.isContentEditable)) return;
  if (app.dialogOpen) return;
  const snapshot = app.current;
  if (!snapshot || snapshot.kind === 'result') return;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  const question = snapshot.question;

  const position = optionPosition(key, event.code);
  if (position !== undefined && app.screen === 'question') {
    const option = question.options[position];
    if (!option || question.locked) return;
    event.preventDefault();
    if (event.shiftKey) app.strike(option);
    else app.toggleOption(option);
    return;
  }
  if (snapshot.kind !== 'exam') return;
  switch (key) {
    case 'N':
      if (!question.isLast && app.screen === 'question') app.act({ type: 'next' });
      break;
    case 'P':
      if (!question.isFirst && app.screen === 'question') app.act({ type: 'previous' });
      break;
    case 'F':
      if (!question.submitted) app.act({ type: 'toggle-flag' });
      break;
    case 'R':
      app.setScreen(app.screen === 'review' ? 'question' : 'review');
      break;
    case 'C':
      if (app.screen === 'question') app.focusComment();
      break;
    case 'Escape':
      if (app.screen === 'review') app.setScreen('question');
      break;
    default:
      return;
  }
  event.preventDefault();
}

/** The option position a key chooses: A–E by letter (not the command letters), 1–9 by digit. */
function optionPosition(key: string, code: string): number | undefined {
  if (/^[1-9]$/.test(key)) return Number(key) - 1;
  // Shift+digit types a symbol; the physical key still names the digit.
  const digit = /^Digit([1-9])$/.exec(code);
  if (digit) return Number(digit[1]) - 1;
  if (/^[A-E]$/.test(key) && !COMMAND_LETTERS.has(key)) return key.charCodeAt(0) - 65;
  return undefined;
}
