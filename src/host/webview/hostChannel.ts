/**
 * The host's end of a webview channel: messages from the page are checked against the page's allow-list
 * before anything acts on them (the page renders bank content and is not trusted to send only what its type
 * says); malformed ones are dropped and logged. A handler that fails is logged, never left as an unhandled
 * rejection.
 */
import * as vscode from 'vscode';
import type { Guard } from '../../protocol/guards';
import { log } from '../log';

export class HostChannel<In, Out> implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly webview: vscode.Webview,
    accepts: Guard<In>,
    private readonly name: string,
    handle: (message: In) => unknown,
  ) {
    this.subscription = webview.onDidReceiveMessage((message: unknown) => {
      if (!accepts(message)) {
        log().warn(`${name}: dropped a message the page may not send: ${describe(message)}`);
        return;
      }
      void (async () => {
        try {
          await handle(message);
        } catch (error) {
          log().error(`${name}: handling "${(message as { type?: string }).type}" failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        }
      })();
    });
  }

  /** Sends `message`; a page that is gone (closed while the host was busy) is not an error. */
  post(message: Out): void {
    this.webview.postMessage(message).then(undefined, (error: unknown) => log().debug(`${this.name}: message not delivered: ${String(error)}`));
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function describe(message: unknown): string {
  try {
    return JSON.stringify(message).slice(0, 200);
  } catch {
    return String(message);
  }
}
