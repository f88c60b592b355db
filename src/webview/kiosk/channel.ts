/** The kiosk page's end of the host channel: typed messages, numbered actions, and the saved view state. */
import type { HostToKiosk, KioskAction, KioskToHost } from '../../protocol';
import { vscodeApi } from '../shared/vscodeApi';
import type { TileFilter } from '../../core/exam/examViews';
import type { ResultFilter } from '../../core/exam/resultReview';

/** What the page remembers across reloads besides the exam itself, which the host keeps. */
export interface ViewState {
  screen: 'question' | 'review' | 'report' | 'answers';
  tileFilter: TileFilter;
  resultFilter: ResultFilter;
}

const DEFAULT_VIEW: ViewState = { screen: 'question', tileFilter: 'all', resultFilter: 'all' };

export class Channel {
  private readonly api = vscodeApi<{ view?: ViewState; seq?: number; examId?: string }>();
  private seq: number;

  constructor() {
    this.seq = this.api.getState()?.seq ?? 0;
  }

  send(message: KioskToHost): void {
    this.api.postMessage(message);
  }

  /** Sends an action and returns its sequence number, which the host echoes once the action is on disk. */
  act(action: KioskAction): number {
    this.seq += 1;
    this.api.setState({ ...this.api.getState(), seq: this.seq });
    this.send({ type: 'action', seq: this.seq, action });
    return this.seq;
  }

  get lastSeq(): number {
    return this.seq;
  }

  onMessage(listener: (message: HostToKiosk) => void): void {
    window.addEventListener('message', (event: MessageEvent<HostToKiosk>) => {
      const data = event.data;
      if (data && typeof data === 'object' && typeof data.type === 'string') listener(data);
    });
  }

  /** Kept in the page state so that VS Code's panel serializer can reopen the same exam after a reload. */
  rememberExam(examId: string): void {
    if (this.api.getState()?.examId !== examId) this.api.setState({ ...this.api.getState(), examId });
  }

  loadView(): ViewState {
    return { ...DEFAULT_VIEW, ...this.api.getState()?.view };
  }

  saveView(view: ViewState): void {
    this.api.setState({ ...this.api.getState(), view });
  }
}
