/**
 * The kiosk page: draws the latest snapshot from the host, sends the candidate's actions, and handles the
 * keyboard. It holds view state only (which screen, which filter); the exam lives in the host.
 */
import type { HostToKiosk, KioskAction, KioskSnapshot, RenderedOption } from '../../protocol';
import { h, plural } from '../shared/dom';
import { Channel, type ViewState } from './channel';
import { CommentPanel } from './commentPanel';
import { openEndDialog } from './endDialog';
import { handleKey } from './keyboard';
import { renderQuestion } from './questionView';
import { renderAnswers, renderReport, type ResultHandlers } from './resultScreen';
import { renderReviewScreen } from './reviewScreen';
import { Timer } from './timer';

export class KioskApp {
  private snapshot: KioskSnapshot | undefined;
  private ack = 0;
  private view: ViewState;
  private readonly announcer = h('div', { class: 'visually-hidden', 'aria-live': 'assertive', id: 'announcer' });
  private readonly banner = h('div', { id: 'banner', role: 'status' });
  private readonly timer = new Timer(this.announcer, (minutes) => this.notice('warning', `${minutes} minutes remaining.`));
  private readonly comment = new CommentPanel((text) => this.act({ type: 'set-comment', text }));
  private lastQuestionKey = '';
  private endDialog: HTMLElement | undefined;

  constructor(private readonly root: HTMLElement, private readonly channel: Channel) {
    this.view = channel.loadView();
    channel.onMessage((message) => this.receive(message));
    document.addEventListener('keydown', (event) => handleKey(event, this));
    document.addEventListener('click', (event) => this.interceptLink(event));
    channel.send({ type: 'ready' });
  }

  // ---- called by the keyboard handler -------------------------------------------------------------------

  get current(): KioskSnapshot | undefined {
    return this.snapshot;
  }

  get screen(): ViewState['screen'] {
    return this.view.screen;
  }

  get dialogOpen(): boolean {
    return this.endDialog !== undefined && this.endDialog.isConnected;
  }

  act(action: KioskAction): number {
    if (action.type === 'next' || action.type === 'previous' || action.type === 'go-to') this.comment.flush();
    return this.channel.act(action);
  }

  toggleOption(option: RenderedOption): void {
    this.act({ type: option.selected ? 'deselect' : 'select', option: option.option });
  }

  strike(option: RenderedOption): void {
    this.act({ type: 'toggle-strike', option: option.option });
  }

  setScreen(screen: ViewState['screen']): void {
    this.view = { ...this.view, screen };
    this.channel.saveView(this.view);
    this.render(true);
  }

  focusComment(): void {
    this.comment.focus();
  }

  requestEnd(): void {
    const s = this.snapshot;
    if (s?.kind !== 'exam' || this.dialogOpen) return;
    this.comment.flush();
    this.endDialog = openEndDialog(s.summary, () => this.act({ type: 'submit' }), () => undefined);
  }

  // ---- host messages ------------------------------------------------------------------------------------

  private receive(message: HostToKiosk): void {
    if (message.type === 'notice') {
      this.notice(message.level, message.message);
      return;
    }
    if (message.type === 'empty') {
      this.snapshot = undefined;
      this.root.replaceChildren(h('p', { class: 'empty' }, message.message));
      return;
    }
    const previous = this.snapshot;
    this.snapshot = message.snapshot;
    this.ack = message.ack;
    document.body.dataset.ack = String(message.ack);
    if (message.snapshot.kind === 'exam') this.channel.rememberExam(message.snapshot.question.examId);
    if (message.snapshot.kind === 'result') this.channel.rememberExam(message.snapshot.examId);
    if (previous?.kind === 'exam' && message.snapshot.kind === 'result') {
      this.view = { ...this.view, screen: 'report' };
      this.endDialog?.remove();
    } else if (message.snapshot.kind === 'result' && this.view.screen !== 'answers') {
      this.view = { ...this.view, screen: 'report' };
    } else if (message.snapshot.kind !== 'result' && (this.view.screen === 'report' || this.view.screen === 'answers')) {
      this.view = { ...this.view, screen: 'question' };
    }
    this.channel.saveView(this.view);
    this.render(previous === undefined || previous.kind !== message.snapshot.kind);
  }

  private notice(level: 'info' | 'warning' | 'error', message: string): void {
    this.banner.className = `banner ${level}`;
    this.banner.textContent = message;
    if (level !== 'info') this.announcer.textContent = message;
  }

  // ---- drawing --------------------------------------------------------------------------------------------

  /** Redraws from the snapshot; `moveFocus` puts focus on the new screen's heading (a screen or question change). */
  private render(moveFocus: boolean): void {
    const s = this.snapshot;
    if (!s) return;
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    const header = h('header', { class: 'kiosk-header' },
      h('span', { class: 'exam-title' }, `${s.examTitle} (${s.examCode})`),
      s.kind === 'exam' || s.kind === 'preview' ? h('span', { class: 'counter', id: 'counter' }, `Question ${s.question.number} of ${s.question.total}`) : h('span', {}),
      s.kind === 'exam' ? this.timer.element : h('span', {}));
    if (s.kind === 'exam') this.timer.set(s.question.remainingMs, !s.question.submitted);
    else this.timer.set(null, false);

    const main = h('main', { class: 'kiosk-main', id: 'main' });
    let footer: HTMLElement | null = null;
    let questionChanged = false;
    if (s.kind === 'result') {
      const handlers = this.resultHandlers();
      main.append(this.view.screen === 'answers' ? renderAnswers(s, this.view.resultFilter, handlers) : renderReport(s, handlers));
    } else if (s.kind === 'preview') {
      if (s.problems.length) main.append(h('div', { class: 'banner warning', role: 'note', id: 'preview-problems' }, h('strong', {}, 'Check before publishing: '), h('ul', {}, ...s.problems.map((p) => h('li', {}, p)))));
      main.append(renderQuestion(s.question, { toggle: (o) => this.toggleOption(o), strike: (o) => this.strike(o), reveal: () => this.act({ type: 'reveal' }) }));
      footer = h('footer', { class: 'kiosk-footer' }, h('span', { class: 'note' }, 'Preview: answers here are not recorded.'), h('span', { class: 'spacer' }),
        h('button', { id: 'preview-reset', onclick: () => this.act({ type: 'clear' }) }, 'Reset'));
    } else if (this.view.screen === 'review') {
      main.append(renderReviewScreen(s, this.view.tileFilter, {
        filter: (filter) => { this.view = { ...this.view, tileFilter: filter }; this.channel.saveView(this.view); this.render(false); },
        jump: (index) => { this.act({ type: 'go-to', index }); this.setScreen('question'); },
        back: () => this.setScreen('question'),
        end: () => this.requestEnd(),
      }));
      footer = this.examFooter(s.question.submitted, true);
    } else {
      const q = s.question;
      const key = `${q.examId}:${q.index}`;
      questionChanged = key !== this.lastQuestionKey;
      this.lastQuestionKey = key;
      main.append(renderQuestion(q, { toggle: (o) => this.toggleOption(o), strike: (o) => this.strike(o), reveal: () => this.act({ type: 'reveal' }) }));
      this.comment.show(key, q.comment, this.ack);
      this.comment.setDisabled(q.submitted);
      main.append(this.comment.element);
      footer = this.examFooter(q.submitted, false);
    }
    this.root.replaceChildren(header, this.banner, main, ...(footer ? [footer] : []), this.announcer);
    if (moveFocus || questionChanged) {
      (main.querySelector('h2') as HTMLElement | null)?.focus();
      main.scrollTop = 0;
    } else if (focusKey) {
      (this.root.querySelector(`[data-focus-key="${focusKey}"]`) as HTMLElement | null)?.focus();
    }
  }

  private examFooter(submitted: boolean, onReview: boolean): HTMLElement {
    const s = this.snapshot;
    if (s?.kind !== 'exam') return h('footer', {});
    const q = s.question;
    return h('footer', { class: 'kiosk-footer' },
      h('button', { class: 'flag', id: 'flag', 'aria-pressed': q.flagged ? 'true' : 'false', 'data-focus-key': 'flag', disabled: submitted || onReview, onclick: () => this.act({ type: 'toggle-flag' }) },
        q.flagged ? '⚑ Flagged for review' : '⚐ Flag for review', h('kbd', {}, 'F')),
      h('button', { id: 'toggle-comment', 'data-focus-key': 'comment', onclick: () => this.focusComment(), disabled: onReview }, 'Comment'),
      h('span', { class: 'spacer' }),
      h('button', { id: 'previous', 'data-focus-key': 'previous', disabled: q.isFirst || onReview, onclick: () => this.act({ type: 'previous' }) }, '‹ Previous', h('kbd', {}, 'P')),
      h('button', { id: 'next', class: 'primary', 'data-focus-key': 'next', disabled: q.isLast || onReview, onclick: () => this.act({ type: 'next' }) }, 'Next ›', h('kbd', {}, 'N')),
      onReview
        ? h('button', { id: 'back-to-question', 'data-focus-key': 'review', onclick: () => this.setScreen('question') }, `Back to question ${q.number}`)
        : h('button', { id: 'review', 'data-focus-key': 'review', onclick: () => this.setScreen('review') }, `Review (${plural(s.summary.flagged, 'flag')})`, h('kbd', {}, 'R')),
      h('button', { id: 'end-exam', class: 'danger', onclick: () => this.requestEnd() }, 'End exam'));
  }

  private resultHandlers(): ResultHandlers {
    return {
      showAnswers: (filter) => { this.view = { ...this.view, screen: 'answers', resultFilter: filter }; this.channel.saveView(this.view); this.render(true); },
      showReport: () => this.setScreen('report'),
      retake: (which) => this.channel.send({ type: 'retake', which }),
      newExam: () => this.channel.send({ type: 'new-exam' }),
      openSource: (questionId) => this.channel.send({ type: 'open-source', questionId }),
    };
  }

  /** Links open in the user's browser through the host, never inside the webview. */
  private interceptLink(event: MouseEvent): void {
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor) return;
    event.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    if (/^https?:/i.test(href)) this.channel.send({ type: 'open-link', url: href });
  }
}
