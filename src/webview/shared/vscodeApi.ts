/** The webview side of the host channel, typed by the shared protocol. */

interface VsCodeApi<State> {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State>(): VsCodeApi<State>;

/** `acquireVsCodeApi` may be called once per page; every module shares this handle. */
export function vscodeApi<State>(): VsCodeApi<State> {
  const holder = globalThis as { __examKioskApi?: VsCodeApi<unknown> };
  holder.__examKioskApi ??= acquireVsCodeApi<unknown>();
  return holder.__examKioskApi as VsCodeApi<State>;
}
