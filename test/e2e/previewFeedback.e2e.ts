/**
 * Contributors' preview and errata: a question file shown in the kiosk as a candidate sees it, live as the
 * author types, tried with "Check answer"; a comment typed during an exam appears in the Feedback view, opens
 * the question's source, and exports as an errata report with its file and line.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useVSCode } from './support/fixture';
import { waitFor } from './support/waitFor';
import { KIOSK_SETTINGS, kioskBankFiles, questionByStem } from './fixtures/kioskBank';
import { ackOf, chooseOption, endExam, startCustomExam, stemText, waitForAck } from './support/kiosk';

const vscode = useVSCode({ workspaceFiles: kioskBankFiles(), settings: { ...KIOSK_SETTINGS, 'files.autoSave': 'off' } });

vscode.test('the preview shows a question as a candidate sees it, follows unsaved edits, and can be tried', async ({ workbench, page }) => {
  await workbench.openFile('kio-2-1-pair.md');
  await workbench.runCommand('Exam Kiosk: Preview Question');
  const frame = await workbench.webviewFrame('body[data-preview] #stem', { timeout: 30_000 });
  assert.match(await stemText(frame), /Databases: which two are managed database services\? \(Select TWO\.\)/);
  const options = await frame.locator('li.option .text').allTextContents();
  assert.deepEqual(options.map((o) => o.trim()), ['Amazon RDS', 'Amazon DynamoDB', 'Amazon CloudFront', 'AWS WAF', 'Amazon SNS'], 'the file\'s order, re-lettered A–E');
  assert.equal(await frame.locator('li.option input[type=checkbox]').count(), 5);

  await chooseOption(frame, 'Amazon RDS');
  assert.equal(await frame.locator('#check-answer').getAttribute('aria-disabled'), 'true', 'half an answer cannot be checked');
  await chooseOption(frame, 'Amazon DynamoDB');
  await frame.locator('#check-answer').click();
  await frame.locator('.feedback').waitFor();
  assert.equal(await frame.locator('.verdict').textContent(), 'Correct.');
  assert.match((await frame.locator('.explanation').textContent()) ?? '', /Explanation of kio-2-1-pair/);

  // Typing in the editor (not saved) updates the preview.
  await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.type('Freshly edited. ');
  await waitFor(async () => /Freshly edited\. Databases/.test(await stemText(await workbench.webviewFrame('body[data-preview] #stem'))), { message: 'the preview to follow the unsaved edit' });
  await workbench.runCommand('File: Revert File');
  await workbench.runCommand('View: Close All Editors');
});

vscode.test('a comment made during an exam appears in the Feedback view and exports with its file and line', async ({ workbench, page, workspaceFolder }) => {
  const frame = await startCustomExam(workbench, { count: 3, time: 'untimed' });
  const q = questionByStem(await stemText(frame));
  await chooseOption(frame, q.wrong[0]);
  await frame.locator('#toggle-comment').click();
  const before = await ackOf(frame);
  await frame.locator('#comment').fill('Option text is ambiguous for newcomers.');
  await waitForAck(frame, before);
  await endExam(frame);

  await workbench.openViewContainer('Exam Kiosk');
  const header = page.locator('.pane-header', { hasText: 'Feedback' }).first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const row = await workbench.waitForTreeRow('Feedback', /Option text is ambiguous for newcomers\./);
  assert.match((await row.textContent()) ?? '', new RegExp(q.id));
  await row.click();
  await page.locator(`.editor-group-container.active .tab.active[aria-label^="${q.id}.md"]`).waitFor();
  await waitFor(async () => /Ln 11,/.test((await page.locator('.statusbar-item[id*="selection"], .statusbar-item[aria-label^="Ln"]').first().textContent()) ?? ''), { message: 'the cursor on the stem line' });

  // The save dialog proposes errata-<date>.md in the workspace folder; accept it.
  const target = path.join(workspaceFolder ?? '', `errata-${new Date().toISOString().slice(0, 10)}.md`);
  await workbench.runCommand('Exam Kiosk: Export Errata Report');
  await workbench.pickQuickPickItem(/Save to File/);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitFor(async () => (await input.isVisible()) && (await input.inputValue()).endsWith('.md'), { message: 'the save dialog' });
  await page.locator('.quick-input-widget .monaco-button', { hasText: 'OK' }).click();
  await waitFor(() => fs.existsSync(target), { message: 'the errata report file' });
  const report = fs.readFileSync(target, 'utf8');
  assert.match(report, new RegExp(`\`${q.id}\``));
  assert.match(report, new RegExp(`\\*\\*File:\\*\\* \`questions/${q.id}\\.md:11\``));
  assert.match(report, /> Option text is ambiguous for newcomers\./);
  assert.match(report, new RegExp(`Answer given:\\*\\* [A-E]\\. ${q.wrong[0]}`));
});
