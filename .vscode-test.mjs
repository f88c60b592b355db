// `npm run test:vscode`: the in-host suite (test/vscode/suite/, built into out/host-tests/) in desktop VS Code,
// downloaded by @vscode/test-electron, with this repository as the extension under development. Wherever VS
// Code can't be downloaded (this project's machines and CI), `npm test` runs the same suite inside
// code-server's extension host instead (scripts/host-tests.mjs). Each run gets a fresh profile, as there.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@vscode/test-cli';

const profile = mkdtempSync(join(tmpdir(), 'exam-kiosk-vscode-test-'));

export default defineConfig({
  label: 'in-host suite',
  files: 'out/host-tests/suite/*.test.js',
  version: '1.100.3',
  mocha: { ui: 'bdd', timeout: 60_000 },
  launchArgs: ['--disable-extensions', `--user-data-dir=${join(profile, 'user-data')}`, `--extensions-dir=${join(profile, 'extensions')}`],
});
