import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadBank } from '../../../../src/core/bank/loadBank';
import { parseQuestion } from '../../../../src/core/bank/parseQuestion';
import { parseBankInfo } from '../../../../src/core/bank/parseBankInfo';
import { HOSTILE_EXPECTATIONS, writeHostileBank } from '../../../fixtures/hostile/generateHostile';
import { miniContext } from '../../helpers/miniBank';

const HOSTILE = path.resolve(__dirname, '../../../fixtures/hostile');
const MARKER = path.join(tmpdir(), 'exam-kiosk-front-matter-ran');
const now = new Date('2026-11-25T00:00:00Z');
// Generous bounds, not timing assertions: a hang or a blow-up fails the test instead of stalling the suite.
const BOUND = { timeout: 60_000 };

/** Loads `root` in a child process with a small heap and stack, so a blow-up fails here, not in the runner. */
function loadInChild(root: string): { questions: string[]; codes: Record<string, string[]>; ran: unknown } {
  const result = spawnSync(process.execPath, ['--max-old-space-size=192', '--stack-size=400', '--import', 'tsx',
    path.resolve(__dirname, '../../helpers/loadBankSummary.ts'), root], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(result.status, 0, `the child crashed (signal ${result.signal}): ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout);
}

test('front matter in any other language is refused and its payload never runs', BOUND, async () => {
  rmSync(MARKER, { force: true });
  const bank = await loadBank(path.join(HOSTILE, 'engines'), { now });
  assert.equal(existsSync(MARKER), false, 'a front-matter payload ran');
  assert.deepEqual(bank.questions, []);
  for (const name of ['hostile-js.md', 'hostile-javascript.md', 'hostile-upper-javascript.md', 'hostile-spaced-js.md', 'hostile-coffee.md', 'hostile-json.md', 'hostile-toml.md']) {
    const issues = bank.issues.filter((i) => path.basename(i.file) === name);
    assert.ok(issues.some((i) => i.code === 'yaml-invalid' && i.line === 1 && /never run/.test(i.message)), `${name}: ${JSON.stringify(issues)}`);
  }
  const tag = bank.issues.filter((i) => i.file.endsWith('hostile-js-function-tag.md'));
  assert.ok(tag.some((i) => i.code === 'yaml-invalid' && /unknown tag/.test(i.message)));
  const laughs = bank.issues.filter((i) => i.file.endsWith('hostile-billion-laughs.md') && i.severity === 'error');
  assert.deepEqual(laughs.map((i) => i.code), ['tags-missing'], 'the alias bomb is one issue, not one per expanded entry');
});

test('a bank whose questions carry HTML, script and CSS payloads loads them verbatim as data', BOUND, async () => {
  const bank = await loadBank(path.join(HOSTILE, 'render-bank'), { now });
  assert.deepEqual(bank.issues, []);
  assert.equal(bank.questions.length, 8);
  const script = bank.questions.find((q) => q.id === 'render-script-tag');
  assert.match(script?.stem ?? '', /<script>window\.__ekPayloadRan = "script"<\/script>/);
  assert.match(script?.options.find((o) => o.correct)?.markdown ?? '', /<script>/);
  assert.equal((globalThis as Record<string, unknown>).__ekPayloadRan, undefined);
});

test('large, binary, deeply nested and quadratic files load or are refused with a clear issue, within a small heap and stack', BOUND, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-hostile-'));
  try {
    const root = path.join(dir, 'hostile');
    writeHostileBank(root);
    const summary = loadInChild(root);
    assert.equal(summary.ran, null);
    for (const [file, expected] of Object.entries(HOSTILE_EXPECTATIONS)) {
      const codes = summary.codes[file] ?? [];
      if (expected === 'load') {
        assert.ok(summary.questions.includes(file.replace(/\.md$/, '')), `${file} should load: ${codes.join(', ')}`);
      } else {
        assert.ok(codes.includes(expected), `${file} should be refused with ${expected}, got ${codes.join(', ') || 'nothing'}`);
        assert.ok(!summary.questions.includes(file.replace(/\.md$/, '')), `${file} must not load`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('10,000 nested block quotes or list markers are refused before marked recurses', BOUND, () => {
  const cases = ['>'.repeat(10_000), '> '.repeat(10_000), '- '.repeat(10_000), '1. '.repeat(10_000), '> - '.repeat(5_000)];
  for (const nested of cases) {
    const text = `---\nid: mini-1-1-deep\ndomain: "1"\ntask: "1.1"\ntags: [x]\nreferences: [https://docs.aws.amazon.com/]\nupdated: 2026-11-01\n---\n\nStem\n\n${nested} x\n\n- [x] a\n- [ ] b\n\n## Explanation\n\nWhy.\n`;
    const parsed = parseQuestion(text, '/b/questions/mini-1-1-deep.md', miniContext());
    assert.equal(parsed.question, undefined);
    assert.deepEqual(parsed.issues.filter((i) => i.severity === 'error').map((i) => i.code), ['markdown-too-deep'], nested.slice(0, 8));
    assert.equal(parsed.issues[0].line, 12);
  }
});

test('bank.md with a huge front matter of blank lines is refused without running the quadratic comment strip', BOUND, () => {
  const parsed = parseBankInfo(`---\n${'\n'.repeat(64_000)}exam: X\n---\n`, '/b/bank.md', 'b');
  assert.equal(parsed.info, undefined);
  assert.ok(parsed.issues.some((i) => i.code === 'yaml-invalid' && /lines; the limit is/.test(i.message)));
});

test('BOM and CRLF files load with the lines of their LF twin', BOUND, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-hostile-'));
  try {
    writeHostileBank(path.join(dir, 'hostile'));
    const bank = await loadBank(path.join(dir, 'hostile'), { now });
    const question = bank.questions.find((q) => q.id === 'hostile-bom-crlf');
    assert.ok(question);
    assert.equal(question.stem, 'Which service stores objects?');
    const lfLines = readFileSync(question.file, 'utf8').replace(/^\ufeff/, '').split('\r\n');
    assert.deepEqual(question.options.map((o) => o.position.line), ['- [x] Amazon S3', '- [ ] Amazon EC2', '- [ ] Amazon VPC', '- [ ] AWS IAM'].map((o) => lfLines.indexOf(o) + 1));
    assert.equal(question.stemPosition.line, lfLines.indexOf('Which service stores objects?') + 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
