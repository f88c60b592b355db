/**
 * Installs everything the end-to-end tests need on a fresh Debian machine, offline but for the npm registry
 * and Debian's archive: Debian packages (Chromium, ripgrep, Kerberos headers) and code-server into
 * `.vscode-test/code-server/`. Idempotent: a marker file records a finished install, so a second run only
 * checks the Debian packages (a few milliseconds).
 *
 * Run it alone with `npx tsx test/e2e/support/install.ts`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCodeServer } from './codeServer';
import { codeServerBin, codeServerInstallDir, codeServerTemplateDir, codeServerVersion } from './paths';

/** Debian packages the harness needs, listed with the reasons in `debian-packages.txt` (shared with `.ci/run`). */
export const debianPackages = fs
  .readFileSync(path.join(__dirname, 'debian-packages.txt'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter((line) => line !== '');

const markerFile = path.join(codeServerInstallDir, '.exam-kiosk-install.json');

/** Bumped when the install steps change in a way that needs a fresh install folder. */
const installerRevision = 1;

type Log = (line: string) => void;

/** Installs whatever is missing; returns quickly when everything is already there. */
export async function ensureE2eInstalled(log: Log = defaultLog): Promise<void> {
  ensureDebianPackages(log);
  await ensureCodeServer(log);
}

/** Installs the missing Debian packages with apt-get when running as root; explains what to do otherwise. */
export function ensureDebianPackages(log: Log = defaultLog): void {
  const missing = debianPackages.filter((name) => !isDebianPackageInstalled(name));
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The end-to-end tests need these Debian packages: ${missing.join(', ')}.\n` +
        `Install them as root, then run the tests again:\n  sudo sh -c '${command}'`,
    );
  }
  log(`installing Debian packages: ${missing.join(', ')}`);
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
  log(`Debian packages installed in ${seconds(started)}`);
}

function isDebianPackageInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Status}', name], { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `dpkg-query is not available (${result.error.message}). The end-to-end harness expects Debian or ` +
        `Ubuntu; elsewhere install ${debianPackages.join(', ')} (or their equivalents) and code-server ${codeServerVersion} by hand.`,
    );
  }
  return result.status === 0 && result.stdout.trim() === 'installed';
}

/** Installs code-server into `.vscode-test/code-server/` unless the marker says the same install is there. */
export async function ensureCodeServer(log: Log = defaultLog): Promise<void> {
  const fingerprint = installFingerprint();
  if (readMarker() === fingerprint && fs.existsSync(codeServerBin)) return;

  const started = Date.now();
  log(`installing code-server ${codeServerVersion} into ${path.relative(process.cwd(), codeServerInstallDir) || '.'}`);
  // A half-finished or outdated install is thrown away rather than repaired: a clean folder is predictable.
  fs.rmSync(codeServerInstallDir, { recursive: true, force: true });
  fs.mkdirSync(codeServerInstallDir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) {
    fs.copyFileSync(path.join(codeServerTemplateDir, file), path.join(codeServerInstallDir, file));
  }

  const env = npmEnv();
  run('npm', ['ci', '--ignore-scripts'], { cwd: codeServerInstallDir, env });
  approveNestedScripts();
  seedRipgrepDownloadCache();
  // code-server's postinstall runs `npm install` again inside lib/vscode and lib/vscode/extensions.
  run('npm', ['rebuild'], { cwd: codeServerInstallDir, env });
  verifyNativeModules();
  await verifyStarts();

  fs.writeFileSync(markerFile, JSON.stringify({ fingerprint, installedAt: new Date().toISOString() }, null, 2) + '\n');
  log(`code-server installed and verified in ${seconds(started)}`);
}

/**
 * npm 11 runs a dependency's install scripts only when the installing package.json approves them in
 * `allowScripts`. code-server installs VS Code's own dependencies with nested `npm install` runs whose
 * installing package.json is `lib/vscode/package.json`, so the same approvals are copied there.
 */
function approveNestedScripts(): void {
  const { allowScripts } = JSON.parse(fs.readFileSync(path.join(codeServerTemplateDir, 'package.json'), 'utf8'));
  const vscodeDir = path.join(codeServerInstallDir, 'node_modules', 'code-server', 'lib', 'vscode');
  for (const dir of [vscodeDir, path.join(vscodeDir, 'extensions')]) {
    const manifestPath = path.join(dir, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    manifest.allowScripts = allowScripts;
    fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  }
}

/**
 * `@vscode/ripgrep`'s postinstall downloads `rg` from GitHub, which is unreachable here. It first looks for a
 * cached download in the temp folder; an archive of Debian's `rg` under that name satisfies it.
 */
function seedRipgrepDownloadCache(): void {
  const ripgrepDir = path.join(codeServerInstallDir, 'node_modules', 'code-server', 'lib', 'vscode');
  const shrinkwrap = JSON.parse(fs.readFileSync(path.join(ripgrepDir, 'npm-shrinkwrap.json'), 'utf8'));
  const ripgrepVersion: string = shrinkwrap.packages['node_modules/@vscode/ripgrep'].version;
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${ripgrepVersion}`);
  const archive = path.join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(archive)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  run('tar', ['-czf', archive, '-C', path.dirname(rg), path.basename(rg)]);
}

/** Unapproved install scripts are skipped silently, so the native modules are loaded once to prove they built. */
function verifyNativeModules(): void {
  const vscodeModules = path.join(codeServerInstallDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  const probes = [
    path.join(codeServerInstallDir, 'node_modules', 'argon2'),
    ...['node-pty', '@vscode/spdlog', '@parcel/watcher', 'native-watchdog', 'kerberos', '@vscode/deviceid'].map(
      (name) => path.join(vscodeModules, name),
    ),
  ];
  const script = `for (const m of ${JSON.stringify(probes)}) require(m);`;
  run(process.execPath, ['-e', script]);
  run(path.join(vscodeModules, '@vscode', 'ripgrep', 'bin', 'rg'), ['--version'], { quiet: true });
}

/** Starts the fresh install once, without any extension, and stops it again. */
async function verifyStarts(): Promise<void> {
  const server = await startCodeServer({ extensionPath: null });
  await server.dispose();
}

function npmEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // code-server's postinstall refuses to run as root without it.
    npm_config_unsafe_perm: 'true',
    // node-pty's build runs `npx node-gyp`, which would otherwise stop to ask.
    npm_config_yes: 'true',
    // An install script that nobody approved fails the install instead of being skipped with a notice.
    npm_config_strict_allow_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

function installFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(`revision ${installerRevision}\nnode ${process.versions.modules}\n`);
  for (const file of ['package.json', 'package-lock.json']) {
    hash.update(fs.readFileSync(path.join(codeServerTemplateDir, file)));
  }
  return hash.digest('hex');
}

function readMarker(): string | undefined {
  try {
    return JSON.parse(fs.readFileSync(markerFile, 'utf8')).fingerprint;
  } catch {
    return undefined;
  }
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; quiet?: boolean } = {}): void {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.quiet ? 'ignore' : 'inherit',
  });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`);
  }
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function defaultLog(line: string): void {
  console.log(`[e2e install] ${line}`);
}

if (require.main === module) {
  ensureE2eInstalled().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
