/**
 * Where the end-to-end harness keeps things. Everything it installs or writes lives under the repository's
 * git-ignored `.vscode-test/` and `test-results/` folders, so a clean clone starts from nothing.
 */
import * as path from 'node:path';

/** The repository root (this file is `test/e2e/support/paths.ts`). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The code-server release we drive: it bundles VS Code 1.100.3 and still runs on Node 20. */
export const codeServerVersion = '4.100.3';

/** Conventional, git-ignored home of downloaded editors and their profiles. */
export const vscodeTestDir = path.join(repoRoot, '.vscode-test');

/** Where code-server is installed, with its own package.json approving its install scripts. */
export const codeServerInstallDir = path.join(vscodeTestDir, 'code-server');

/** The code-server launcher inside the install folder. */
export const codeServerBin = path.join(codeServerInstallDir, 'node_modules', '.bin', 'code-server');

/** Committed manifest and lock file that the install folder is made from. */
export const codeServerTemplateDir = path.join(__dirname, 'code-server');

/** Screenshots and logs of failed tests. */
export const testResultsDir = path.join(repoRoot, 'test-results');

/** Debian's Chromium, which Playwright drives (Playwright's own browser download is impossible offline). */
export const chromiumPath = '/usr/bin/chromium';
