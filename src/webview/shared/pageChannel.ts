/**
 * A page's end of its host channel: typed messages out, messages in checked against the page's allow-list
 * (anything else is dropped and logged), numbered actions, and the page state VS Code keeps across reloads.
 */
import type { Guard } from '../../protocol/guards';
import { vscodeApi } from './vscodeApi';

export class PageChannel<In, Out, State extends object> {
  private readonly api = vscodeApi<State & { seq?: number }>();
  private seq: number;

  constructor(private readonly accepts: Guard<In>) {
    this.seq = this.api.getState()?.seq ?? 0;
  }

  send(message: Out): void {
    this.api.postMessage(message);
  }

  /** The next action number; kept in the page state so numbers keep rising across reloads of the page. */
  nextSeq(): number {
    this.seq += 1;
    this.patchState({} as Partial<State>);
    return this.seq;
  }

  /** Calls `listener` with every message from the host that passes the page's check. */
  onMessage(listener: (message: In) => void): () => void {
    const receive = (event: MessageEvent<unknown>): void => {
      if (this.accepts(event.data)) listener(event.data);
      else console.warn('Exam Kiosk: ignored a message the page does not know', event.data);
    };
    window.addEventListener('message', receive);
    return () => window.removeEventListener('message', receive);
  }

  state(): Partial<State> {
    return this.api.getState() ?? {};
  }

  patchState(patch: Partial<State>): void {
    this.api.setState({ ...this.api.getState(), ...patch, seq: this.seq } as State & { seq: number });
  }
}
