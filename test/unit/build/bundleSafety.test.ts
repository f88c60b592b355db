import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

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
