/**
 * Debian's Chromium driven by playwright-core, and a record of what went wrong in the page: console errors,
 * uncaught exceptions and Content-Security-Policy violations from every frame, webviews included.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './paths';

/**
 * Chromium flags for this machine: no sandbox (root), no GPU, and none of the background connections that a
 * closed network refuses many at a time.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Starts headless Chromium from `/usr/bin/chromium`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * Errors every code-server page logs whatever the extension does: the `vsda` signing module is not shipped
 * with code-server, so its two files answer 404.
 */
export const knownWorkbenchNoise: readonly RegExp[] = [/\/vsda\/.*404|404.*\/vsda\//];

/** A CSP violation as the `securitypolicyviolation` event reported it. */
export interface CspViolation {
  /** URL of the document whose policy was violated (a webview's inner frame, say). */
  documentURI: string;
  /** The directive that blocked it, e.g. `script-src-elem`. */
  violatedDirective: string;
  effectiveDirective: string;
  /** What was blocked: a URL, or `inline` / `eval`. */
  blockedURI: string;
  /** The start of the blocked inline code, when the policy asks for samples. */
  sample: string;
}

/** A console message of type error, or an uncaught exception, from any frame. */
export interface PageError {
  kind: 'console' | 'exception';
  text: string;
  /** URL of the script or frame that reported it, when known. */
  location: string;
}

/**
 * Installs the CSP listener in every frame and collects errors from the page until the context closes.
 * Must be created before the page navigates.
 */
export class PageDiagnostics {
  readonly cspViolations: CspViolation[] = [];
  readonly errors: PageError[] = [];

  private constructor() {}

  static async attach(context: BrowserContext, page: Page): Promise<PageDiagnostics> {
    const diagnostics = new PageDiagnostics();
    await context.exposeBinding('__examKioskE2eCsp', (_source, violation: CspViolation) => {
      diagnostics.cspViolations.push(violation);
    });
    await context.addInitScript({ content: cspListenerScript });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      diagnostics.errors.push({ kind: 'console', text: message.text(), location: url ? `${url}:${lineNumber}` : '' });
    });
    page.on('pageerror', (error) => {
      diagnostics.errors.push({ kind: 'exception', text: `${error.name}: ${error.message}`, location: error.stack?.split('\n')[1]?.trim() ?? '' });
    });
    return diagnostics;
  }

  /**
   * The errors that are not known noise of code-server's workbench (see {@link knownWorkbenchNoise}); what a
   * test asserting "no errors" should look at.
   */
  unexpectedErrors(): PageError[] {
    return this.errors.filter((error) => !knownWorkbenchNoise.some((noise) => noise.test(`${error.text} ${error.location}`)));
  }

  /** Forgets what was collected so far, e.g. after the workbench has loaded. */
  clear(): void {
    this.cspViolations.length = 0;
    this.errors.length = 0;
  }
}

/**
 * Runs inside every frame as an init script, so no webview CSP applies to it; plain JavaScript because this
 * project's Node code is typed without the DOM library. VS Code writes a webview's HTML with
 * `document.open()`/`write()`, which erases listeners on the document and window, so the listener is added
 * again after each `open()`.
 */
const cspListenerScript = `(() => {
  const listener = (event) => globalThis.__examKioskE2eCsp?.({
    documentURI: event.documentURI,
    violatedDirective: event.violatedDirective,
    effectiveDirective: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
  });
  const install = () => document.addEventListener('securitypolicyviolation', listener, true);
  install();
  const originalOpen = Document.prototype.open;
  Document.prototype.open = function (...args) {
    const result = originalOpen.apply(this, args);
    if (this === document) install();
    return result;
  };
})();`;
