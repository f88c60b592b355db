/**
 * Progress files that are damaged or from a newer Exam Kiosk, in real VS Code: the user is told once, with
 * what was skipped; what can be read still shows; nothing crashes and the files are not overwritten.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useVSCode } from './support/fixture';
import { waitFor } from './support/waitFor';
import type { Workbench } from './support/workbench';
import { KIOSK_SETTINGS, kioskBankFiles, questionByStem } from './fixtures/kioskBank';
import { record, writeLog } from './support/progressLog';

const vscode = useVSCode({ workspaceFiles: kioskBankFiles(), settings: KIOSK_SETTINGS });

async function notificationsMatching(workbench: Workbench, pattern: RegExp): Promise<number> {
  const texts = await workbench.page.locator('.notifications-toasts .notification-list-item-message').allTextContents();
  return texts.filter((t) => pattern.test(t)).length;
}

vscode.test('a damaged line of the answer log is skipped, reported once and left in the file; the rest shows', async ({ workbench, globalStoragePath, restartVSCode }) => {
  const day = 86_400_000;
  const now = Date.now();
  const file = writeLog(globalStoragePath, [
    JSON.stringify({ format: 'exam-kiosk-answers', version: 1, logId: 'e2e-damaged', createdAt: now - 3 * day }),
    record(0, true, now - 2 * day),
    '{"id":"cut-off-by-a-crash","questionId":',
    record(1, false, now - day),
  ]);
  const before = fs.readFileSync(file, 'utf8');
  await restartVSCode();
  await workbench.openViewContainer('Exam Kiosk');
  const message = /1 damaged line of the answer log was skipped; it stays in the file for inspection/;
  await workbench.waitForNotification(message);
  const bank = await workbench.waitForTreeRow('Certifications', /^Kiosk Test Exam/);
  if ((await bank.getAttribute('aria-expanded')) !== 'true') await bank.click();
  await workbench.waitForTreeRow('Certifications', /^Readiness: not enough answers yet, 2 answers · 2 of 3 questions seen$/);
  await workbench.waitForTreeRow('Certifications', /^1\. Services, 50%, Not enough answers yet, 1 of 2 right/);
  // Views refreshing and the store being read again do not repeat the message.
  await workbench.runCommand('Exam Kiosk: Reload Question Banks');
  await workbench.waitForTreeRow('Certifications', /^Kiosk Test Exam/);
  assert.equal(await notificationsMatching(workbench, message), 1);
  assert.ok(fs.readFileSync(file, 'utf8').startsWith(before), 'the log is only ever appended to');
  assert.ok(fs.readFileSync(file, 'utf8').includes('cut-off-by-a-crash'), 'the damaged line is kept');
});

vscode.test('an answer log from a newer Exam Kiosk turns recording off without touching it; practice still works', async ({ workbench, globalStoragePath, restartVSCode }) => {
  const file = writeLog(globalStoragePath, [
    JSON.stringify({ format: 'exam-kiosk-answers', version: 99, logId: 'from-the-future', createdAt: 0 }),
    '{"a":"line this version cannot read"}',
  ]);
  const before = fs.readFileSync(file);
  await restartVSCode();
  await workbench.openViewContainer('Exam Kiosk');
  await workbench.waitForNotification(/answers are not being recorded in this window\..*newer.*Your progress files were left as they are\./);
  const frame = await workbench.webviewFrame('.sidebar-main #stem', { timeout: 30_000 });
  const q = questionByStem((await frame.locator('#stem').textContent()) ?? '');
  for (const text of q.correct) await frame.locator('li.option', { hasText: text }).first().locator('input').click();
  await frame.locator('#check-answer').click();
  await frame.locator('.feedback .verdict').waitFor({ timeout: 10_000 });
  await waitFor(async () => (await frame.locator('#session').textContent()) === '1 of 1 right', { message: 'the answer to count in the view' });
  assert.deepEqual(fs.readFileSync(file), before, 'the newer log was not written to');
  assert.deepEqual(fs.readdirSync(path.dirname(file)).sort(), ['answers.jsonl'], 'no summary or ledger was written beside it');
});

/** Answers the simple file dialog of the web workbench: waits for its first listing, types `file`, presses `button`. */
async function answerFileDialog(workbench: Workbench, file: string, button: string): Promise<void> {
  const page = workbench.page;
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitFor(async () => (await input.isVisible()) && (await input.inputValue()) !== '', { message: 'the file dialog' });
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor();
  await input.fill(file);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor();
  await page.locator('.quick-input-widget .monaco-button', { hasText: button }).click();
}

vscode.test('export, reset (asked first, log kept) and import bring progress back; importing twice adds nothing', async ({ workbench, globalStoragePath, workspaceFolder, restartVSCode }) => {
  fs.rmSync(path.join(globalStoragePath, 'progress'), { recursive: true, force: true }); // the newer log of the test before
  await restartVSCode();
  await workbench.openViewContainer('Exam Kiosk');
  const frame = await workbench.webviewFrame('.sidebar-main #stem', { timeout: 30_000 });
  if ((await frame.locator('#next-question').count()) > 0) {
    await frame.locator('#next-question').click(); // the question answered in the test before
    await waitFor(async () => (await frame.locator('.feedback').count()) === 0, { message: 'a fresh question' });
  }
  const q = questionByStem((await frame.locator('#stem').textContent()) ?? '');
  for (const text of q.correct) await frame.locator('li.option', { hasText: text }).first().locator('input').click();
  await frame.locator('#check-answer').click();
  await frame.locator('.feedback .verdict').waitFor({ timeout: 10_000 });
  const bank = await workbench.waitForTreeRow('Certifications', /^Kiosk Test Exam/);
  if ((await bank.getAttribute('aria-expanded')) !== 'true') await bank.click();
  const answers = (n: number) => new RegExp(`^Readiness: not enough answers yet, ${n} answers? · `);
  await workbench.waitForTreeRow('Certifications', answers(1));

  const exported = path.join(workspaceFolder ?? globalStoragePath, 'progress-export.json');
  await workbench.runCommand('Exam Kiosk: Export Progress…');
  await answerFileDialog(workbench, exported, 'OK'); // the web workbench's save dialog says OK
  await workbench.waitForNotification(/^Exam Kiosk: exported 1 answer to /);
  const file = JSON.parse(fs.readFileSync(exported, 'utf8')) as { format: string; records: { questionId: string; mode: string }[] };
  assert.equal(file.format, 'exam-kiosk-progress-export');
  assert.deepEqual(file.records.map((r) => [r.questionId, r.mode]), [[q.id, 'sidebar']]);

  await workbench.runCommand('Exam Kiosk: Reset Progress…');
  const dialog = workbench.page.locator('.monaco-dialog-box');
  await dialog.waitFor();
  assert.match((await dialog.textContent()) ?? '', /Reset all Exam Kiosk progress\?.*kept as a dated backup/);
  await dialog.locator('.monaco-button', { hasText: 'Reset Progress' }).click();
  await workbench.waitForNotification(/^Exam Kiosk: progress was reset\. The previous answer log is kept at .*answers\.jsonl\.reset-.*\.bak\./);
  await workbench.waitForTreeRow('Certifications', answers(0));
  assert.ok(fs.readdirSync(path.join(globalStoragePath, 'progress')).some((name) => /^answers\.jsonl\.reset-.*\.bak$/.test(name)));

  await workbench.runCommand('Exam Kiosk: Import Progress…');
  await answerFileDialog(workbench, exported, 'Import');
  await workbench.waitForNotification('Exam Kiosk: Imported 1 answer and 0 mock exams.');
  await workbench.waitForTreeRow('Certifications', answers(1));
  await workbench.runCommand('Exam Kiosk: Import Progress…');
  await answerFileDialog(workbench, exported, 'Import');
  await workbench.waitForNotification('Exam Kiosk: Imported 0 answers and 0 mock exams; skipped 1 already here.');
});
