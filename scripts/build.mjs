// Bundles the extension host (Node, `vscode` external), the CLI, and the webview bundles (browser) with
// esbuild. `--production` minifies and drops source maps; `--watch` rebuilds on change; `--outdir DIR` writes
// somewhere other than dist/ (the bundle benchmark and tests build into a scratch folder).
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { safeGrayMatter } from './safeGrayMatter.mjs';
import { LAZY_CHUNKS, lazyChunks } from './lazyChunks.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdirIndex = process.argv.indexOf('--outdir');
const outdir = outdirIndex === -1 ? 'dist' : process.argv[outdirIndex + 1];

/** Webview entry points that exist: each becomes dist/webview/<name>.js. */
const webviews = ['kiosk', 'sidebar', 'charts'].filter((name) => existsSync(`src/webview/${name}/main.tsx`));

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'info',
  legalComments: production ? 'none' : 'inline',
  plugins: [safeGrayMatter],
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: `${outdir}/extension.js`, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], plugins: [...common.plugins, lazyChunks(process.cwd())],
    // A lazy chunk is loaded with require(), as the extension host loads the extension itself.
    supported: { 'dynamic-import': false } },
  ...Object.entries(LAZY_CHUNKS).map(([source, chunk]) => ({
    ...common, entryPoints: [source], outfile: `${outdir}/${chunk}`, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'],
  })),
  { ...common, entryPoints: ['src/cli.ts'], outfile: `${outdir}/cli.js`, platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
  ...webviews.map((name) => ({
    ...common,
    entryPoints: [`src/webview/${name}/main.tsx`],
    outfile: `${outdir}/webview/${name}.js`,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  })),
];

if (!watch) rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

// The FSRS optimizer's native Linux x64 build, where npm installed it (an optional dependency): copied next
// to the bundles so that the .vsix, which ships no node_modules, can fit the learner's own weights there.
const binding = 'node_modules/@open-spaced-repetition/binding-linux-x64-gnu';
if (existsSync(binding)) {
  for (const file of ['package.json', 'LICENSE', 'fsrs-binding.linux-x64-gnu.node']) {
    if (existsSync(`${binding}/${file}`)) cpSync(`${binding}/${file}`, `${outdir}/native/binding-linux-x64-gnu/${file}`);
  }
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
