/**
 * One running VS Code per test file: `useVSCode()` registers node:test hooks that start code-server (fresh
 * profile) and a Chromium page before the file's first test, and stop both after its last. Tests declared
 * with `vscode.test()` leave a screenshot, the page's errors and code-server's logs under `test-results/` when
 * they fail.
 *
 * ```ts
 * const vscode = useVSCode({ workspaceFiles: { 'bank/bank.md': '…' } });
 * vscode.test('shows the bank', async ({ workbench }) => { … });
 * ```
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, PageDiagnostics } from './browser';
import { CodeServer, type CodeServerOptions } from './codeServer';
import { testResultsDir } from './paths';
import { cleanupOnExit } from './processGroup';
import { Workbench } from './workbench';

export interface VSCodeFixtureOptions extends Omit<CodeServerOptions, 'userDataDir' | 'port'> {
  /** Files to write into a fresh temp workspace folder (paths relative to it); opened instead of `workspaceFolder`. */
  workspaceFiles?: Record<string, string>;
  /** Browser viewport; 1280×800 by default so screenshots are comparable. */
  viewport?: { width: number; height: number };
  /** Per-test timeout of `vscode.test()` in ms (default 120 s). */
  testTimeout?: number;
  /** Folder name under `test-results/` (default: the test file's name without `.e2e.ts`). */
  name?: string;
}

/** What a test gets: the running server, the page and the workbench helpers. */
export interface VSCodeSession {
  server: CodeServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  workbench: Workbench;
  /** Console errors, uncaught exceptions and CSP violations of every frame since the page was opened. */
  diagnostics: PageDiagnostics;
  /** The folder the workbench opened (the temp folder made from `workspaceFiles`, if given). */
  workspaceFolder: string | undefined;
  /** The extension's `globalStorageUri` folder in this profile. */
  globalStoragePath: string;
  /** Opens another folder in the same page (an empty window for `undefined`) and waits for the workbench. */
  openFolder(folder: string | undefined): Promise<void>;
  /** Kills and restarts code-server with the same profile, then reloads the page: VS Code closed and reopened. */
  restartVSCode(): Promise<void>;
}

export interface VSCodeFixture {
  /** The session of the running file; only valid inside tests and hooks. */
  readonly session: VSCodeSession;
  /** Declares a test that gets the session and leaves evidence under `test-results/` when it fails. */
  test(name: string, fn: (session: VSCodeSession, t: TestContext) => Promise<void>): void;
}

/** Registers the hooks that give this test file its own code-server and browser page. */
export function useVSCode(options: VSCodeFixtureOptions = {}): VSCodeFixture {
  const name = options.name ?? path.basename(process.argv[1] ?? 'e2e').replace(/\.e2e\.ts$|\.ts$/, '');
  const resultsDir = path.join(testResultsDir, name);
  let current: VSCodeSession | undefined;
  let tempWorkspace: string | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;

  before(
    async () => {
      const started = Date.now();
      let workspaceFolder = options.workspaceFolder;
      if (options.workspaceFiles) {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'exam-kiosk-e2e-workspace-'));
        cleanupOnExit(() => fs.rmSync(folder, { recursive: true, force: true }));
        tempWorkspace = folder;
        writeFiles(tempWorkspace, options.workspaceFiles);
        workspaceFolder = tempWorkspace;
      }
      server = await CodeServer.start({ ...options, workspaceFolder });
      const serverReady = Date.now();
      browser = await launchChromium();
      // Clipboard access as a user grants it to code-server, so copy commands can be checked by reading it back.
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      const diagnostics = await PageDiagnostics.attach(context, page);
      let workbench: Workbench;
      try {
        workbench = await Workbench.open(page, server.workbenchUrl());
      } catch (error) {
        await saveEvidence(resultsDir, 'startup', server, page, diagnostics);
        throw error;
      }
      log(`${name}: code-server ready in ${secs(started, serverReady)}, workbench ready in ${secs(serverReady, Date.now())}`);
      const running = server;
      current = {
        server: running,
        browser,
        context,
        page,
        workbench,
        diagnostics,
        workspaceFolder,
        get globalStoragePath() {
          return running.globalStoragePath;
        },
        async openFolder(folder) {
          await page.goto(running.workbenchUrl(folder ?? ''));
          await workbench.waitUntilReady();
        },
        async restartVSCode() {
          await running.restart();
          await workbench.reload();
        },
      };
    },
    { timeout: 180_000 },
  );

  after(
    async () => {
      // Each step runs even if an earlier one fails, so no process outlives the file.
      const steps = [
        () => browser?.close(),
        () => server?.dispose(),
        () => tempWorkspace && fs.rmSync(tempWorkspace, { recursive: true, force: true }),
      ];
      const errors: unknown[] = [];
      for (const step of steps) {
        try {
          await step();
        } catch (error) {
          errors.push(error);
        }
      }
      current = undefined;
      if (errors.length > 0) throw errors[0];
    },
    { timeout: 60_000 },
  );

  return {
    get session(): VSCodeSession {
      if (!current) throw new Error('VS Code is not running: use the session inside a test of this file');
      return current;
    },
    test(testName, fn) {
      test(testName, { timeout: options.testTimeout ?? 120_000 }, async (t) => {
        if (!current) throw new Error('VS Code did not start (see the before hook error)');
        const session = current;
        const started = Date.now();
        try {
          await fn(session, t);
        } catch (error) {
          await saveEvidence(resultsDir, testName, session.server, session.page, session.diagnostics);
          throw error;
        } finally {
          log(`${name}: "${testName}" took ${secs(started, Date.now())}`);
        }
      });
    },
  };
}

/** Screenshot, page errors and code-server's logs (its output and VS Code's own log folder) for a failure. */
async function saveEvidence(dir: string, testName: string, server: CodeServer, page: Page, diagnostics: PageDiagnostics): Promise<void> {
  const base = path.join(dir, testName.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '').slice(0, 100) || 'test');
  fs.mkdirSync(dir, { recursive: true });
  const saved: string[] = [];
  try {
    await page.screenshot({ path: `${base}.png`, timeout: 10_000 });
    saved.push(`${base}.png`);
  } catch (error) {
    log(`could not take a screenshot: ${error instanceof Error ? error.message : error}`);
  }
  fs.writeFileSync(`${base}.page-errors.json`, JSON.stringify({ errors: diagnostics.errors, cspViolations: diagnostics.cspViolations }, null, 2));
  if (fs.existsSync(server.logFile)) fs.copyFileSync(server.logFile, `${base}.code-server.log`);
  const vscodeLogs = path.join(server.userDataDir, 'logs');
  if (fs.existsSync(vscodeLogs)) fs.cpSync(vscodeLogs, `${base}.vscode-logs`, { recursive: true });
  saved.push(`${base}.code-server.log`);
  log(`failure evidence saved: ${saved.map((file) => path.relative(process.cwd(), file)).join(', ')}`);
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

function secs(from: number, to: number): string {
  return `${((to - from) / 1000).toFixed(1)} s`;
}

function log(line: string): void {
  process.stderr.write(`[e2e] ${line}\n`);
}
