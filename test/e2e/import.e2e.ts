/**
 * Importing a community question bank in its own markdown format: pick its folder and the exam in the real
 * file dialog and QuickPicks, read the report, see the bank in the Certifications view, sit an exam from it,
 * pick it among several banks, and remove it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useVSCode } from './support/fixture';
import { repoRoot } from './support/paths';
import { waitFor } from './support/waitFor';
import { ackOf, endExam, waitForAck } from './support/kiosk';

const COMMUNITY_BANK = path.join(repoRoot, 'test', 'fixtures', 'community-banks', 'kananinirav');
const vscode = useVSCode({ workspaceFiles: { 'README.md': '# Notes\n' } });

vscode.test('a community bank folder is imported, listed, and an exam starts from it', async ({ workbench, page }) => {
  await workbench.runCommand('Exam Kiosk: Import Question Bank…');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(`${COMMUNITY_BANK}/`);
  await waitFor(async () => (await page.locator('.quick-input-widget .monaco-list-row').allTextContents()).some((t) => t.includes('practice-exam')), { message: 'the file dialog to list the folder' });
  await page.locator('.quick-input-widget .monaco-button', { hasText: 'Import' }).first().click();
  await workbench.pickQuickPickItem(/Cloud Practitioner/);
  await workbench.answerInputBox('kananinirav');

  const done = await workbench.waitForNotification(/imported \d+ questions from kananinirav/, { timeout: 60_000 });
  const imported = Number(/imported (\d+) questions/.exec(done.message)?.[1]);
  assert.ok(imported >= 1131, `at least 99% of the 1,142 questions import (${done.message})`);
  assert.match(done.message, /\d+ skipped, \d+ conflicting answers/);

  await workbench.openViewContainer('Exam Kiosk');
  await workbench.waitForTreeRow('Certifications', /imported: kananinirav/);

  await done.click('Start Exam');
  await workbench.pickQuickPickItem(/Full mock exam/);
  const frame = await workbench.webviewFrame('.kiosk-main #stem', { timeout: 30_000 }); // the sidebar's Practice view shows a #stem too
  assert.match((await frame.locator('.kiosk-header').textContent()) ?? '', /imported: kananinirav/);
  assert.match((await frame.locator('#counter').textContent()) ?? '', /Question 1 of 65/);
  const before = await ackOf(frame);
  await frame.locator('li.option input').first().click();
  await waitForAck(frame, before);
  await endExam(frame);
  assert.match((await frame.locator('#raw-score').textContent()) ?? '', /^[01] \/ 65/);
});

vscode.test('with several banks, Start Practice Exam asks for the certification and starts the one picked', async ({ workbench, page }) => {
  await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
  const title = page.locator('.quick-input-widget .quick-input-title');
  await waitFor(async () => ((await title.textContent()) ?? '').includes('Start Practice Exam: certification'), { message: 'the certification picker' });
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  await waitFor(async () => (await rows.count()) >= 3, { message: 'a row for each bank' });
  const texts = await rows.allTextContents();
  for (const bank of [/Cloud Practitioner.*\d+ questions · bundled bank/, /Advanced Networking.*\d+ questions · bundled bank/, /imported: kananinirav.*\d+ questions · imported bank/]) {
    assert.ok(texts.some((text) => bank.test(text)), `${bank} in ${JSON.stringify(texts)}`);
  }
  await workbench.pickQuickPickItem(/imported: kananinirav/);
  await workbench.pickQuickPickItem(/Full mock exam/);
  const frame = await workbench.webviewFrame('.kiosk-main #stem', { timeout: 30_000 });
  assert.match((await frame.locator('.kiosk-header').textContent()) ?? '', /imported: kananinirav/);
  await endExam(frame);
});

vscode.test('Remove Imported Bank… asks first, then deletes the bank\'s folder and it leaves the Certifications view', async ({ workbench, globalStoragePath }) => {
  const importedDir = path.join(globalStoragePath, 'imported-banks');
  const folders = (): string[] => fs.readdirSync(importedDir).filter((name) => fs.statSync(path.join(importedDir, name)).isDirectory());
  assert.equal(folders().length, 1, 'the bank imported by the first test');
  await workbench.runCommand('Exam Kiosk: Remove Imported Bank…');
  await workbench.pickQuickPickItem(/imported: kananinirav/);
  const dialog = workbench.page.locator('.monaco-dialog-box');
  await waitFor(async () => /Remove ".*\(imported: kananinirav\)"\? Its questions are deleted; your answers to them stay in your progress history\./.test((await dialog.textContent()) ?? ''), {
    message: 'the confirmation to name the bank and what is kept',
  });
  await dialog.locator('.monaco-button', { hasText: 'Remove' }).click();
  await waitFor(() => folders().length === 0, { message: 'the imported bank\'s folder to be deleted' });
  await workbench.openViewContainer('Exam Kiosk');
  await waitFor(async () => !(await workbench.treeRows('Certifications')).some((row) => /imported: kananinirav/.test(row)), { message: 'the bank to leave the Certifications view' });
});
