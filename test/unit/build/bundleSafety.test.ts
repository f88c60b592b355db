import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadFsrsOptimizer } from '../../../src/core/progress/fsrsFit';

const ROOT = path.resolve(__dirname, '../../..');
const MARKER = path.join(tmpdir(), 'exam-kiosk-front-matter-ran');

/** Builds the production bundles with the project's build script into a scratch folder. */
function buildProduction(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'ek-bundle-'));
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--production', '--outdir', out], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return out;
}

test('the production bundles and their lazy chunks hold no eval and no js-yaml 3, and the bundled CLI refuses ---js without running it', { timeout: 120_000 }, () => {
  const out = buildProduction();
  try {
    const lazy = readdirSync(path.join(out, 'lazy')).map((name) => path.join('lazy', name));
    assert.ok(lazy.includes(path.join('lazy', 'yaml.js')), 'the YAML fallback is a chunk of its own');
    for (const name of ['extension.js', 'cli.js', ...lazy]) {
      const code = readFileSync(path.join(out, name), 'utf8');
      // assert.ok, not doesNotMatch: a failure message must not print a 130 KB bundle.
      assert.ok(!/\beval\(/.test(code), `${name} contains eval(`);
      assert.ok(!/engines\.javascript\s*=/.test(code), `${name} contains gray-matter's javascript engine`);
      assert.ok(!/tag:yaml\.org,2002:js\/function/.test(code), `${name} contains js-yaml 3 (its js/function type)`);
    }
    rmSync(MARKER, { force: true });
    const engines = path.join(ROOT, 'test/fixtures/hostile/engines');
    const run = spawnSync(process.execPath, [path.join(out, 'cli.js'), 'validate', engines], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.equal(existsSync(MARKER), false, 'a front-matter payload ran in the bundled CLI');
    const questionFiles = readdirSync(path.join(engines, 'questions')).filter((f) => /^hostile-(js|javascript|upper-javascript|spaced-js)\.md$/.test(f));
    assert.equal(questionFiles.length, 4);
    for (const file of questionFiles) {
      assert.match(run.stdout, new RegExp(`${file}:1:4: error: Front matter must be YAML; .* never run.*\\[yaml-invalid\\]`));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the production build carries the FSRS optimizer\'s Linux x64 build, and that copy loads with no node_modules around it', { timeout: 120_000 }, (t) => {
  if (!existsSync(path.join(ROOT, 'node_modules/@open-spaced-repetition/binding-linux-x64-gnu'))) {
    t.skip('npm did not install the optional FSRS optimizer on this platform');
    return;
  }
  const out = buildProduction();
  try {
    const shipped = path.join(out, 'native/binding-linux-x64-gnu');
    assert.deepEqual(readdirSync(shipped).sort(), ['LICENSE', 'fsrs-binding.linux-x64-gnu.node', 'package.json']);
    // Only the copy, as in the installed .vsix: no package name to fall back on.
    const loaded = loadFsrsOptimizer([shipped], []);
    assert.ok('optimizer' in loaded, 'unavailable' in loaded ? loaded.unavailable : '');
    // .vscodeignore ships dist/ (minus source maps), so the copy is in the package.
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!dist/**') && !ignore.some((line) => /^dist\/.*native|^dist\/\*\*\/\*\.node/.test(line)));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
