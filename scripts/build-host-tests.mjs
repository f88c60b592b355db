// Bundles the in-host test suite (test/vscode/suite/*.test.ts → out/host-tests/suite/*.test.js) and the
// code-server test-runner extension (test/vscode/runner/extension.ts → test/vscode/runner/out/extension.js).
// `vscode` and `mocha` stay external: the extension host provides the first, and the suite must share the
// runner's mocha (desktop: @vscode/test-cli's, code-server: the runner extension's; both resolve
// node_modules/mocha).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const suiteDir = 'test/vscode/suite';
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning' };

rmSync('out/host-tests', { recursive: true, force: true });
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: readdirSync(suiteDir).filter((name) => name.endsWith('.test.ts')).map((name) => join(suiteDir, name)),
    outdir: 'out/host-tests/suite',
  }),
  esbuild.build({ ...common, entryPoints: ['test/vscode/runner/extension.ts'], outfile: 'test/vscode/runner/out/extension.js' }),
]);
