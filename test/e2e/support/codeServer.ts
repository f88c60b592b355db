/**
 * Starts code-server (VS Code 1.100.3's server and web workbench) on a loopback port with its own profile and
 * the extension under test, and stops it with every process it started.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { readExtensionIdentity, type ExtensionIdentity } from './extensionManifest';
import { codeServerBin, repoRoot } from './paths';
import { cleanupOnExit, spawnGroup, type ProcessGroup } from './processGroup';

/** User settings that keep the workbench quiet and predictable; tests may override any of them. */
export const deterministicSettings: Readonly<Record<string, unknown>> = {
  // Without this a workspace-trust modal covers the workbench and swallows keyboard input.
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  // The bundled banks sit inside this repository: no "open the parent repository?" toast, no background fetch.
  'git.openRepositoryInParentFolders': 'never',
  'git.autofetch': false,
  'chat.commandCenter.enabled': false,
  'terminal.integrated.enablePersistentSessions': false,
};

export interface CodeServerOptions {
  /**
   * Folder of the extension to load (its package.json names it); `null` loads none. Default: this repository,
   * whose `main` is `dist/extension.js` built by `npm run build`.
   */
  extensionPath?: string | null;
  /** A profile to keep between runs (`npm start`); by default a fresh temp folder that `dispose()` removes. */
  userDataDir?: string;
  /** Extra user settings, written over {@link deterministicSettings} before the first start. */
  settings?: Record<string, unknown>;
  /** `workbench.colorTheme`, e.g. `'Default Light Modern'`; VS Code's default (dark) when left out. */
  colorTheme?: string;
  /** The folder {@link CodeServer.workbenchUrl} opens by default. */
  workspaceFolder?: string;
  /** A fixed port (`npm start`); by default a free one. */
  port?: number;
  /** Folders of more extensions to load beside the one under test (a benchmark's baseline, a test runner). */
  extraExtensions?: readonly string[];
  /**
   * A packaged extension to install with `code-server --install-extension` into the fresh extensions folder
   * before the first start, as a user installs it; it is then the extension under test (use with
   * `extensionPath: null`).
   */
  vsix?: string;
}

/** A running code-server. Always end it with `dispose()` (or at least `stop()`). */
export class CodeServer {
  private group: ProcessGroup | undefined;

  private constructor(
    /** Loopback port the server listens on; kept across `restart()`. */
    readonly port: number,
    /** Temp folder holding everything this instance wrote, removed by `dispose()`. */
    readonly tempRoot: string,
    readonly userDataDir: string,
    readonly extensionsDir: string,
    /** stdout and stderr of code-server, across restarts. */
    readonly logFile: string,
    readonly extension: ExtensionIdentity | undefined,
    readonly workspaceFolder: string | undefined,
    private readonly cancelCleanup: () => void,
  ) {}

  /** Starts code-server and waits until it answers HTTP. */
  static async start(options: CodeServerOptions = {}): Promise<CodeServer> {
    if (!fs.existsSync(codeServerBin)) {
      throw new Error(`code-server is not installed; run: npx tsx test/e2e/support/install.ts`);
    }
    const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'exam-kiosk-e2e-'));
    // Removed by dispose(); if the process dies first (Ctrl-C, a crash), when it exits.
    const cancelCleanup = cleanupOnExit(() => fs.rmSync(tempRoot, { recursive: true, force: true }));
    const userDataDir = options.userDataDir ?? path.join(tempRoot, 'user-data');
    const extensionsDir = path.join(tempRoot, 'extensions');
    fs.mkdirSync(extensionsDir, { recursive: true });

    const extensionPath = options.extensionPath === undefined ? repoRoot : options.extensionPath;
    let extension = extensionPath === null ? undefined : linkExtension(extensionPath, extensionsDir);
    if (options.vsix) extension = installVsix(options.vsix, userDataDir, extensionsDir);
    for (const extra of options.extraExtensions ?? []) linkExtension(extra, extensionsDir);
    writeUserSettings(userDataDir, deterministicSettings, {
      ...(options.colorTheme ? { 'workbench.colorTheme': options.colorTheme } : {}),
      ...options.settings,
    });

    const port = options.port ?? (await freePort());
    const server = new CodeServer(
      port,
      tempRoot,
      userDataDir,
      extensionsDir,
      path.join(tempRoot, 'code-server.log'),
      extension,
      options.workspaceFolder,
      cancelCleanup,
    );
    try {
      await server.launch();
    } catch (error) {
      await server.dispose({ keepLog: true });
      throw error;
    }
    return server;
  }

  /** `http://127.0.0.1:<port>/` */
  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The workbench URL for `folder` (default: the workspace folder given at start; none: an empty window). */
  workbenchUrl(folder: string | undefined = this.workspaceFolder): string {
    return folder ? `${this.url}?folder=${encodeURIComponent(path.resolve(folder))}` : this.url;
  }

  /** `<user-data-dir>/User/globalStorage/<publisher>.<name>/`: the extension's `globalStorageUri`. */
  get globalStoragePath(): string {
    if (!this.extension) throw new Error('no extension under test was loaded');
    return path.join(this.userDataDir, 'User', 'globalStorage', this.extension.id);
  }

  /** True while the server process is running. */
  isRunning(): boolean {
    return this.group?.isRunning() ?? false;
  }

  /** Settles when the running server process exits (by itself or through `stop()`). */
  whenExited(): Promise<number | string> {
    return this.group?.exited ?? Promise.resolve('not running');
  }

  /** Stops every process of the server; the profile and extensions stay for a `restart()`. */
  async stop(): Promise<void> {
    const group = this.group;
    this.group = undefined;
    await group?.stop();
  }

  /**
   * Kills every process of the server at once with SIGKILL, mid-whatever-it-was-doing, then starts it again
   * with the same profile: a crash, not a clean shutdown.
   */
  async crashAndRestart(): Promise<void> {
    const group = this.group;
    this.group = undefined;
    await group?.stop({ crash: true });
    await this.launch();
  }

  /** Stops and starts again on the same port with the same profile, as a user closing and reopening VS Code. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  /**
   * Stops the server and removes its temp folder. A profile passed in as `userDataDir` lives elsewhere and is
   * kept; `keepLog` keeps the log file (for a failure report) and removes the rest.
   */
  async dispose(options: { keepLog?: boolean } = {}): Promise<void> {
    try {
      await this.stop();
    } finally {
      this.cancelCleanup();
      if (options.keepLog) {
        for (const entry of fs.readdirSync(this.tempRoot)) {
          if (entry !== path.basename(this.logFile)) fs.rmSync(path.join(this.tempRoot, entry), { recursive: true, force: true });
        }
      } else {
        fs.rmSync(this.tempRoot, { recursive: true, force: true });
      }
    }
  }

  /** The last `maxChars` characters of code-server's output, for error messages. */
  logTail(maxChars = 4000): string {
    try {
      const text = fs.readFileSync(this.logFile, 'utf8');
      return text.slice(-maxChars);
    } catch {
      return '';
    }
  }

  private async launch(): Promise<void> {
    fs.appendFileSync(this.logFile, `\n===== code-server starting at ${new Date().toISOString()} =====\n`);
    const args = [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${this.port}`,
      '--config', path.join(this.tempRoot, 'config.yaml'),
      '--user-data-dir', this.userDataDir,
      '--extensions-dir', this.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ];
    const xdg = path.join(this.tempRoot, 'xdg');
    this.group = spawnGroup(codeServerBin, args, {
      logFile: this.logFile,
      env: {
        ...process.env,
        // code-server writes its config, certificates and wrapper logs under the XDG folders: keep them here.
        XDG_CONFIG_HOME: path.join(xdg, 'config'),
        XDG_DATA_HOME: path.join(xdg, 'data'),
        XDG_CACHE_HOME: path.join(xdg, 'cache'),
      },
    });
    try {
      await this.waitUntilHealthy(60_000);
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  private async waitUntilHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const group = this.group!;
    for (;;) {
      if (!group.isRunning()) {
        throw new Error(`code-server exited with ${await group.exited} before it was ready:\n${this.logTail()}`);
      }
      try {
        const response = await fetch(`${this.url}healthz`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        throw new Error(`code-server did not answer on ${this.url} within ${timeoutMs / 1000} s:\n${this.logTail()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Shorthand for {@link CodeServer.start}. */
export function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  return CodeServer.start(options);
}

/** Installs `vsix` into `extensionsDir` with code-server's own installer and returns what it installed. */
function installVsix(vsix: string, userDataDir: string, extensionsDir: string): ExtensionIdentity {
  const before = new Set(fs.readdirSync(extensionsDir));
  const result = spawnSync(codeServerBin, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix)], { encoding: 'utf8' });
  const installed = fs.readdirSync(extensionsDir).filter((name) => !before.has(name) && fs.existsSync(path.join(extensionsDir, name, 'package.json')));
  if (result.status !== 0 || installed.length !== 1) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return readExtensionIdentity(path.join(extensionsDir, installed[0]));
}

function linkExtension(extensionPath: string, extensionsDir: string): ExtensionIdentity {
  const absolute = path.resolve(extensionPath);
  const identity = readExtensionIdentity(absolute);
  if (identity.main && !fs.existsSync(path.resolve(absolute, identity.main))) {
    throw new Error(`${path.resolve(absolute, identity.main)} does not exist: build the extension first (npm run build)`);
  }
  fs.symlinkSync(absolute, path.join(extensionsDir, identity.folderName), 'dir');
  return identity;
}

/**
 * Writes the profile's settings.json: `defaults` for keys the profile does not set yet, then `overrides`. A
 * kept profile (`npm start`) therefore keeps the user's own choices. A file that is not plain JSON (a user's
 * comments) is left untouched rather than rewritten.
 */
function writeUserSettings(userDataDir: string, defaults: Record<string, unknown>, overrides: Record<string, unknown>): void {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let existing: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    try {
      existing = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      return;
    }
  }
  fs.writeFileSync(file, JSON.stringify({ ...defaults, ...existing, ...overrides }, null, 2) + '\n');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
