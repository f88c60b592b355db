/** "End exam?": says how many questions are unanswered or flagged, as the real kiosk does, and asks to confirm. */
import type { EndSummary } from '../../core/exam/examViews';
import { h, plural } from '../shared/dom';

export function openEndDialog(summary: EndSummary, onEnd: () => void, onCancel: () => void): HTMLElement {
  const previouslyFocused = document.activeElement as HTMLElement | null;
  const close = (): void => {
    backdrop.remove();
    previouslyFocused?.focus();
  };
  const warnings: string[] = [];
  if (summary.unanswered) warnings.push(`${plural(summary.unanswered, 'question')} unanswered (counted as incorrect)`);
  if (summary.flagged) warnings.push(`${plural(summary.flagged, 'question')} flagged for review`);
  const endButton = h('button', { class: 'primary danger', id: 'confirm-end', onclick: () => { close(); onEnd(); } }, 'End exam');
  const cancelButton = h('button', { id: 'cancel-end', onclick: () => { close(); onCancel(); } }, 'Return to exam');
  const dialog = h('div', { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'end-title', 'aria-describedby': 'end-body' },
    h('h2', { id: 'end-title' }, 'End exam?'),
    h('div', { id: 'end-body' },
      h('p', {}, `You answered ${summary.answered} of ${summary.total} questions.`),
      warnings.length ? h('ul', {}, ...warnings.map((w) => h('li', {}, w))) : h('p', {}, 'Every question is answered and none is flagged.'),
      h('p', {}, 'Once the exam ends you cannot change your answers.')),
    h('div', { class: 'actions' }, cancelButton, endButton));
  const backdrop = h('div', { class: 'dialog-backdrop', id: 'end-dialog' }, dialog);
  backdrop.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
      onCancel();
    }
    if (event.key === 'Tab') {
      // Keep focus inside the dialog while it is open.
      const focusable = [cancelButton, endButton];
      const index = focusable.indexOf(document.activeElement as HTMLButtonElement);
      event.preventDefault();
      focusable[(index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length].focus();
    }
  });
  document.body.append(backdrop);
  cancelButton.focus();
  return backdrop;
}
