/**
 * The extension as a user gets it: the `.vsix` that `npm run package` makes, installed with VS Code's own
 * installer into a fresh profile, with no node_modules and no source tree beside it. It loads, shows the
 * bundled banks, runs a practice question by keyboard, and carries the FSRS optimizer where it can load.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useVSCode } from './support/fixture';
import { packageVsix } from './support/packageVsix';
import { loggedActivation } from './support/vscodeLogs';
import { waitFor } from './support/waitFor';
import { acceptQuickInput, ackOf, waitForAck } from './support/kiosk';

const vsix = packageVsix();
const vscode = useVSCode({ extensionPath: null, vsix, workspaceFiles: { 'README.md': '# Not a question bank\n' }, testTimeout: 180_000 });

vscode.test('the packaged .vsix installs into a fresh profile, shows the bundled banks and runs a practice question by keyboard', async ({ workbench, page, server }) => {
  const installed = path.join(server.extensionsDir, server.extension!.folderName);
  const files = (dir: string): string[] => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
  const shipped = files(installed);
  assert.ok(shipped.includes(path.join('dist', 'extension.js')));
  assert.ok(!shipped.some((f) => f.startsWith('node_modules') || f.startsWith('src') || f.endsWith('.map')), 'only bundles, media, banks and docs ship');
  assert.ok(fs.statSync(path.join(installed, 'media', 'icon.png')).size > 0, 'the Extensions view has its icon');

  await workbench.openViewContainer('Exam Kiosk');
  await workbench.waitForTreeRow('Certifications', 'Cloud Practitioner');
  await workbench.waitForTreeRow('Certifications', 'Advanced Networking');
  await waitFor(() => loggedActivation(server.userDataDir) !== undefined, { message: 'the activation log line of the installed extension' });

  // One practice question of the bundled CLF-C02 bank, digits choose (keyboard), then Check answer.
  await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
  await workbench.pickQuickPickItem(/Cloud Practitioner/);
  await workbench.pickQuickPickItem(/Practice mode/);
  await acceptQuickInput(workbench, /what to include/);
  await workbench.answerInputBox('1');
  await workbench.pickQuickPickItem(/^Untimed/);
  const frame = await workbench.webviewFrame('.kiosk-main #stem', { timeout: 30_000 });
  assert.match((await frame.locator('#counter').textContent()) ?? '', /Question 1 of 1/);
  const asked = /Select (TWO|THREE)/.exec((await frame.locator('#stem').textContent()) ?? '')?.[1];
  const select = asked === 'THREE' ? 3 : asked === 'TWO' ? 2 : 1;
  await frame.locator('#question-heading').focus();
  for (let k = 1; k <= select; k++) {
    const before = await ackOf(frame);
    await page.keyboard.press(String(k));
    await waitForAck(frame, before);
  }
  assert.equal(await frame.locator('li.option input:checked').count(), select);
  await frame.locator('#check-answer').click();
  await frame.locator('.feedback').waitFor();
  assert.match((await frame.locator('.verdict').textContent()) ?? '', /^(Correct\.|Incorrect\. The correct answer)/);

  // The FSRS optimizer's native build ships in dist/native and loads from there alone.
  const binding = path.join(installed, 'dist', 'native', 'binding-linux-x64-gnu');
  if (process.platform === 'linux' && process.arch === 'x64') {
    const loaded = spawnSync(process.execPath, ['-e', `process.exit(typeof require(${JSON.stringify(binding)}).computeParameters === 'function' ? 0 : 1)`], { encoding: 'utf8' });
    assert.equal(loaded.status, 0, loaded.stderr);
  }
});
