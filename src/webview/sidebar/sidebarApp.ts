/**
 * The sidebar's practice page: a certification picker, the question (the kiosk's own question view, sanitised
 * the same way), the answer and explanation as soon as it is given, and "Next question". It holds no
 * practice state: every snapshot from the host replaces the screen.
 */
import type { HostToSidebar, RenderedOption, SidebarAction, SidebarSnapshot, SidebarToHost } from '../../protocol';
import { h, plural } from '../shared/dom';
import { vscodeApi } from '../shared/vscodeApi';
import { renderQuestion } from '../kiosk/questionView';

export class SidebarApp {
  private readonly api = vscodeApi<{ seq?: number }>();
  private seq = this.api.getState()?.seq ?? 0;
  private snapshot: SidebarSnapshot | undefined;
  private questionKey = '';
  private readonly banner = h('div', { id: 'banner', role: 'status' });

  constructor(private readonly root: HTMLElement) {
    window.addEventListener('message', (event: MessageEvent<HostToSidebar>) => {
      const data = event.data;
      if (data && typeof data === 'object' && typeof data.type === 'string') this.receive(data);
    });
    document.addEventListener('click', (event) => this.interceptLink(event));
    document.addEventListener('keydown', (event) => this.key(event));
    this.send({ type: 'ready' });
  }

  private send(message: SidebarToHost): void {
    this.api.postMessage(message);
  }

  private act(action: SidebarAction): void {
    this.seq += 1;
    this.api.setState({ seq: this.seq });
    this.send({ type: 'action', seq: this.seq, action });
  }

  private receive(message: HostToSidebar): void {
    if (message.type === 'notice') {
      this.banner.className = `banner ${message.level}`;
      this.banner.textContent = message.message;
      return;
    }
    this.snapshot = message.snapshot;
    document.body.dataset.ack = String(message.ack);
    this.banner.className = '';
    this.banner.textContent = '';
    this.render();
  }

  private render(): void {
    const s = this.snapshot;
    if (!s) return;
    const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    const picker = h('select', {
      id: 'bank',
      'data-focus-key': 'bank',
      'aria-label': 'Certification',
      onchange: (event) => this.send({ type: 'choose-bank', bankId: (event.target as HTMLSelectElement).value }),
    }, ...s.banks.map((b) => {
      const option = h('option', { value: b.id }, `${b.exam}${b.due > 0 ? ` · ${plural(b.due, 'review')} due` : ''}`);
      option.selected = b.id === s.bankId;
      option.title = b.title;
      return option;
    }));
    const header = h('header', { class: 'sidebar-header' }, picker,
      s.session.answered > 0 ? h('span', { class: 'session', id: 'session' }, `${s.session.right} of ${s.session.answered} right`) : null);
    const main = h('main', { class: 'sidebar-main', id: 'main' });
    let questionChanged = false;
    let revealed = false;
    if (s.practice) {
      const q = s.practice.question;
      const key = `${q.examId}:${q.questionId}`;
      questionChanged = key !== this.questionKey;
      this.questionKey = key;
      revealed = q.revealed;
      main.append(h('p', { class: 'why', id: 'why' }, h('strong', {}, s.practice.reason), ` · ${s.practice.topic}`));
      main.append(renderQuestion(q, {
        toggle: (o: RenderedOption) => this.act({ type: o.selected ? 'deselect' : 'select', option: o.option }),
        strike: (o: RenderedOption) => this.act({ type: 'toggle-strike', option: o.option }),
        reveal: () => this.act({ type: 'reveal' }),
      }));
      if (revealed) {
        main.append(h('div', { class: 'next-row' },
          h('button', { class: 'primary', id: 'next-question', 'data-focus-key': 'next', onclick: () => this.send({ type: 'next' }) }, 'Next question', h('kbd', {}, 'N'))));
      }
    } else {
      this.questionKey = '';
      main.append(h('p', { class: 'empty', id: 'empty' }, s.message ?? 'Nothing to practise.'));
    }
    this.root.replaceChildren(header, this.banner, main);
    if (questionChanged) main.scrollTop = 0;
    // Focus moves only while the learner is in this view: a redraw must never pull focus out of the editor or
    // a QuickPick (which would close it).
    if (!document.hasFocus()) return;
    if (questionChanged) {
      (main.querySelector('h2') as HTMLElement | null)?.focus();
    } else if (revealed && focusKey !== 'bank') {
      (main.querySelector('#next-question') as HTMLElement | null)?.focus();
    } else if (focusKey) {
      (this.root.querySelector(`[data-focus-key="${focusKey}"]`) as HTMLElement | null)?.focus();
    }
  }

  /** `N` moves on once the answer is shown; nothing else is bound, so the page never eats typing. */
  private key(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement | null)?.tagName === 'SELECT') return;
    if (event.key.toLowerCase() === 'n' && this.snapshot?.practice?.question.revealed) {
      event.preventDefault();
      this.send({ type: 'next' });
    }
  }

  /** Links open in the user's browser through the host, never inside the webview. */
  private interceptLink(event: MouseEvent): void {
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor) return;
    event.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    if (/^https?:/i.test(href)) this.send({ type: 'open-link', url: href });
  }
}
