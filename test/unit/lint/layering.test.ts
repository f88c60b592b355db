/**
 * `npm run lint` enforces the layering: each probe below is a real file written for a moment into the layer it
 * tests and linted with the repository's own eslint.config.mjs, so a rule that stopped firing (a resolver that
 * can't find .ts files, a zone with a wrong path) fails here instead of letting an import through silently.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });
const written: string[] = [];
after(() => {
  for (const file of written) fs.rmSync(file, { force: true });
});

/** Writes `source` as `<dir>/lintProbe-<pid>.ts`, lints it, removes it; returns the rule ids and messages. */
async function lintProbe(dir: string, source: string): Promise<{ ruleId: string | null; message: string }[]> {
  const file = path.join(root, dir, `lintProbe-${process.pid}.ts`);
  written.push(file);
  fs.writeFileSync(file, source);
  try {
    const [result] = await eslint.lintFiles([file]);
    return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const rules = (messages: { ruleId: string | null }[]): (string | null)[] => messages.map((m) => m.ruleId);

test('a core file that imports vscode fails lint', async () => {
  const messages = await lintProbe('src/core', "import * as vscode from 'vscode';\nexport const uri = vscode.Uri.file('/x');\n");
  assert.deepEqual(rules(messages), ['no-restricted-imports']);
  assert.match(messages[0].message, /Only src\/host and src\/extension\.ts may import vscode/);
});

test('a core file that imports host, protocol or webview code fails lint', async () => {
  const messages = await lintProbe(
    'src/core',
    [
      "import { log } from '../host/log';",
      "import type { KioskAction } from '../protocol/kiosk';",
      "import { announce } from '../webview/shared/Announcer';",
      'export const all = [log, announce] as unknown as KioskAction[];',
      '',
    ].join('\n'),
  );
  assert.deepEqual(rules(messages), ['import-x/no-restricted-paths', 'import-x/no-restricted-paths', 'import-x/no-restricted-paths']);
  assert.ok(messages.every((m) => /src\/core is pure TypeScript/.test(m.message)), JSON.stringify(messages));
});

test('webview code that imports host code, and host code that imports webview code, fail lint', async () => {
  const fromWebview = await lintProbe('src/webview/shared', "import { log } from '../../host/log';\nexport const l = log;\n");
  assert.deepEqual(rules(fromWebview), ['import-x/no-restricted-paths']);
  assert.match(fromWebview[0].message, /src\/webview runs in the browser/);
  const fromHost = await lintProbe('src/host', "import { announce } from '../webview/shared/Announcer';\nexport const a = announce;\n");
  assert.deepEqual(rules(fromHost), ['import-x/no-restricted-paths']);
  assert.match(fromHost[0].message, /src\/host talks to the webviews only through src\/protocol/);
});

test('what the layering allows lints clean: core from core, protocol from core, host from vscode and core', async () => {
  assert.deepEqual(await lintProbe('src/core', "import { DAY_MS } from './progress/evidence';\nexport const week = 7 * DAY_MS;\n"), []);
  assert.deepEqual(await lintProbe('src/protocol', "import type { ScoreReport } from '../core/exam/scoring';\nexport type Report = ScoreReport;\n"), []);
  assert.deepEqual(await lintProbe('src/host', "import * as vscode from 'vscode';\nimport { DAY_MS } from '../core/progress/evidence';\nexport const item = new vscode.TreeItem(String(DAY_MS));\n"), []);
});

test('a dropped promise fails lint', async () => {
  const messages = await lintProbe('src/core', 'async function save(): Promise<void> {}\nexport function act(): void {\n  save();\n}\n');
  assert.deepEqual(rules(messages), ['@typescript-eslint/no-floating-promises']);
});
