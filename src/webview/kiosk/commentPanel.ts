/**
 * The comment box under every question, like the real kiosk's: what the candidate types is saved as they
 * type (debounced) and kept with the exam for the bank's authors. One instance lives for the whole page so
 * that redraws never steal the cursor from someone typing.
 */
import { h } from '../shared/dom';

const SAVE_DELAY_MS = 400;

export class CommentPanel {
  readonly element: HTMLDetailsElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly status: HTMLElement;
  private questionKey = '';
  private pending: number | undefined;
  private sentSeq = 0;

  constructor(private readonly save: (text: string) => number) {
    this.textarea = h('textarea', { id: 'comment', 'aria-label': 'Comment on this question', maxlength: 4000, placeholder: 'Is something wrong or unclear in this question? Tell the authors.' });
    this.status = h('span', { class: 'saved', 'aria-live': 'polite', id: 'comment-status' });
    this.element = h('details', { class: 'comment-panel', id: 'comment-panel' },
      h('summary', {}, 'Comment'),
      this.textarea,
      this.status);
    this.textarea.addEventListener('input', () => this.schedule());
    this.textarea.addEventListener('blur', () => this.flush());
  }

  /** Shows the comment of question `key` as saved by the host, unless the candidate is typing in it. */
  show(key: string, saved: string, ack: number): void {
    const sameQuestion = key === this.questionKey;
    if (!sameQuestion) {
      this.flush();
      this.questionKey = key;
      this.textarea.value = saved;
      this.element.open = saved.trim() !== '' || this.element.open;
      this.status.textContent = saved ? 'Saved' : '';
      return;
    }
    if (this.pending === undefined && ack >= this.sentSeq && this.textarea.value === saved && this.sentSeq > 0) {
      this.status.textContent = 'Saved';
    }
    if (document.activeElement !== this.textarea && this.pending === undefined) this.textarea.value = saved;
  }

  setDisabled(disabled: boolean): void {
    this.textarea.readOnly = disabled;
  }

  focus(): void {
    this.element.open = true;
    this.textarea.focus();
  }

  private schedule(): void {
    this.status.textContent = 'Saving…';
    window.clearTimeout(this.pending);
    this.pending = window.setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Sends what is typed now (before moving to another question, or on blur). */
  flush(): void {
    if (this.pending === undefined) return;
    window.clearTimeout(this.pending);
    this.pending = undefined;
    this.sentSeq = this.save(this.textarea.value);
  }
}
