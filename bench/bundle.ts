/**
 * Sizes of the production bundles against their targets, and the checks that keep them safe: no `eval(` and no
 * js-yaml 3 in the extension or CLI bundle (gray-matter's engines are replaced at build time), and the bundled
 * CLI refuses `---js` front matter without running it. Builds into `.bench/dist`, so `dist/` is left alone.
 *
 * `npx tsx bench/bundle.ts`
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { kb, markdownTable, reportTargets, type TargetResult } from './lib/report';

const OUT = path.join('.bench', 'dist');
const EXTENSION_LIMIT = 250 * 1024;
const WEBVIEW_LIMIT = 150 * 1024;
const MARKER = path.join(tmpdir(), 'exam-kiosk-front-matter-ran');

function main(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--production', '--outdir', OUT], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the production build failed:\n${build.stderr}`);

  const bundles: { file: string; limit?: number }[] = [
    { file: 'extension.js', limit: EXTENSION_LIMIT },
    { file: 'cli.js' },
    // Chunks loaded on first use of a feature (import, search) or of a fallback (unusual markdown or YAML, and
    // rendering when a question is shown): not part of what activation loads.
    ...(existsSync(path.join(OUT, 'lazy')) ? readdirSync(path.join(OUT, 'lazy')).filter((f) => f.endsWith('.js')).sort()
      .map((f) => ({ file: `lazy/${f}` })) : []),
    ...(existsSync(path.join(OUT, 'webview')) ? readdirSync(path.join(OUT, 'webview')).filter((f) => f.endsWith('.js')).sort()
      .map((f) => ({ file: `webview/${f}`, limit: WEBVIEW_LIMIT })) : []),
  ];
  const targets: TargetResult[] = [];
  const rows = bundles.map(({ file, limit }) => {
    const size = statSync(path.join(OUT, file)).size;
    if (limit !== undefined) targets.push({ metric: `bundle ${file} (minified)`, value: kb(size), target: `< ${kb(limit)}`, met: size < limit, hard: true });
    const none = file.startsWith('lazy/') ? 'none (loaded on first use)' : 'none (not shipped to the editor)';
    return [file, kb(size), limit === undefined ? none : `< ${kb(limit)}`, limit === undefined ? '' : size < limit ? 'met' : 'MISSED'];
  });
  console.log('### Production bundles\n');
  console.log(markdownTable(['bundle', 'size', 'target', ''], rows));
  if (!bundles.some((b) => b.file.startsWith('webview/'))) console.log('\nNo webview bundle yet (src/webview/<name>/main.ts).');

  const checks: [string, boolean][] = [];
  const lazy = existsSync(path.join(OUT, 'lazy')) ? readdirSync(path.join(OUT, 'lazy')).filter((f) => f.endsWith('.js')).map((f) => `lazy/${f}`) : [];
  for (const file of ['extension.js', 'cli.js', ...lazy]) {
    const code = readFileSync(path.join(OUT, file), 'utf8');
    checks.push([`${file} contains no eval(`, !/\beval\(/.test(code)]);
    checks.push([`${file} contains no js-yaml 3`, !/tag:yaml\.org,2002:js\/function/.test(code)]);
  }
  rmSync(MARKER, { force: true });
  const cli = spawnSync(process.execPath, [path.join(OUT, 'cli.js'), 'validate', 'test/fixtures/hostile/engines'], { encoding: 'utf8' });
  checks.push(['bundled CLI refuses ---js and ---javascript front matter', cli.status === 1
    && /hostile-js\.md:1:4: error: Front matter must be YAML/.test(cli.stdout) && /hostile-javascript\.md:1:4: error: Front matter must be YAML/.test(cli.stdout)]);
  checks.push(['no front-matter payload ran', !existsSync(MARKER)]);
  console.log('\n### Safety checks on the bundles\n');
  console.log(markdownTable(['check', 'result'], checks.map(([name, ok]) => [name, ok ? 'passed' : '**FAILED**'])));
  for (const [name, ok] of checks) targets.push({ metric: name, value: ok ? 'yes' : 'no', target: 'yes', met: ok, hard: true });
  reportTargets('bundle', targets);
}

main();
