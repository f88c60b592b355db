/**
 * Importing a community question bank in its own markdown format: pick its folder and the exam in the real
 * file dialog and QuickPicks, read the report, see the bank in the Certifications view, sit an exam from it
 * (kananinirav and Certilum), see a file the importer could not read named in the notification and the report,
 * pick a bank among several, and remove one.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useVSCode } from './support/fixture';
import { repoRoot } from './support/paths';
import { waitFor } from './support/waitFor';
import { answerCustomExamPrompts, ackOf, endExam, stemText, waitForAck } from './support/kiosk';
import type { Workbench } from './support/workbench';

const COMMUNITY_BANKS = path.join(repoRoot, 'test', 'fixtures', 'community-banks');
const COMMUNITY_BANK = path.join(COMMUNITY_BANKS, 'kananinirav');
const vscode = useVSCode({ workspaceFiles: { 'README.md': '# Notes\n' } });

/** Runs "Import Question Bank…" on `folder` through the real file dialog, for the exam picked by `exam`, named `name`. */
async function importFolder(workbench: Workbench, folder: string, entry: string, exam: RegExp, name: string): Promise<void> {
  const page = workbench.page;
  // A kiosk left open by the test before may take the focus back while it settles, which closes the prompts.
  await workbench.runCommand('View: Close All Editors');
  await workbench.runCommand('Exam Kiosk: Import Question Bank…');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  // The dialog fills in its own start folder when it is ready, which can land after (and before) our path on a
  // cold start: the path is typed again until it is what the input holds.
  await waitFor(async () => {
    if ((await input.inputValue()) !== `${folder}/`) await input.fill(`${folder}/`);
    return (await page.locator('.quick-input-widget .monaco-list-row').allTextContents()).some((t) => t.includes(entry));
  }, { message: 'the file dialog to list the folder' });
  await page.locator('.quick-input-widget .monaco-button', { hasText: 'Import' }).first().click();
  await workbench.pickQuickPickItem(exam);
  await workbench.answerInputBox(name);
}

vscode.test('a community bank folder is imported, listed, and an exam starts from it', async ({ workbench }) => {
  await importFolder(workbench, COMMUNITY_BANK, 'practice-exam', /Cloud Practitioner/, 'kananinirav');

  const done = await workbench.waitForNotification(/imported \d+ of 1142 questions found from kananinirav/, { timeout: 60_000 });
  const imported = Number(/imported (\d+) of/.exec(done.message)?.[1]);
  assert.ok(imported >= 1131, `at least 99% of the 1,142 questions import (${done.message})`);
  assert.match(done.message, /\d+ skipped, \d+ conflicting answers/);

  await workbench.openViewContainer('Exam Kiosk');
  await workbench.waitForTreeRow('Certifications', /imported: kananinirav/);

  await done.click('Start Exam');
  await workbench.pickQuickPickItem(/Full mock exam/);
  await answerOneAndEnd(workbench, 'kananinirav', 65);
});

/** In the kiosk just opened on the imported bank `name`: checks the header and counter, answers once, ends the exam. */
async function answerOneAndEnd(workbench: Workbench, name: string, count: number): Promise<void> {
  const frame = await workbench.webviewFrame('.kiosk-main #stem', { timeout: 30_000 }); // the sidebar's Practice view shows a #stem too
  assert.match((await frame.locator('.kiosk-header').textContent()) ?? '', new RegExp(`imported: ${name}`));
  assert.match((await frame.locator('#counter').textContent()) ?? '', new RegExp(`Question 1 of ${count}`));
  assert.doesNotMatch(await stemText(frame), /^\s*(?:#|\d+\.|\*\*)/, 'no heading mark, number or bold left in the stem');
  const before = await ackOf(frame);
  await frame.locator('li.option input').first().click();
  await waitForAck(frame, before);
  await endExam(frame);
  assert.match((await frame.locator('#raw-score').textContent()) ?? '', new RegExp(`^[01] / ${count}`));
}

vscode.test('Certilum (stems in headings, lettered task lists, answers as headings in <details>) imports whole and a custom exam runs on it', async ({ workbench }) => {
  await importFolder(workbench, path.join(COMMUNITY_BANKS, 'Certilum'), 'certifications', /Advanced Networking/, 'Certilum');
  const done = await workbench.waitForNotification(/imported \d+ of \d+ questions found from Certilum/, { timeout: 60_000 });
  assert.match(done.message, /imported 30 of 30 questions found from Certilum \(30 after merging repeats; 0 skipped, 0 conflicting answers\)\.$/);

  await workbench.openViewContainer('Exam Kiosk');
  await workbench.waitForTreeRow('Certifications', /imported: Certilum/);
  await done.click('Start Exam');
  await answerCustomExamPrompts(workbench, { count: 30, time: 'untimed' });
  await answerOneAndEnd(workbench, 'Certilum', 30);
});

vscode.test('a file with questions in a layout the importer cannot read is named in the notification and in the report', async ({ workbench }) => {
  await importFolder(workbench, path.join(COMMUNITY_BANKS, 'synthetic', 'unreadable-mock'), 'mock-exam-4', /Cloud Practitioner/, 'unreadable-mock');
  const done = await workbench.waitForNotification(/questions found from unreadable-mock/, { timeout: 60_000 });
  assert.match(done.message, /imported 5 of 5 questions found from unreadable-mock .* Nothing imported from 1 file with question-like content \(mock-exam-4\.md\): see the report\./);
  await done.click('Show Report');
  await waitFor(async () => (await workbench.editorText()).includes('Files with question-like content from which nothing was imported:'), { message: 'the report to open' });
  const report = (await workbench.editorText()).replace(/\s+/g, ' '); // the editor wraps long lines
  assert.match(report, /unreadable-mock\/mock-exam-4\.md: 65 numbered items, 65 runs of option-like lines, 65 answer-key entries/);
  assert.match(report, / 0 0 0 0 unreadable-mock\/mock-exam-4\.md 5 5 0 0 unreadable-mock\/practice-set-1\.md /, 'found, imported, merged and skipped per file');
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
  assert.deepEqual(folders().sort(), ['certilum-ans-c01', 'kananinirav-clf-c02', 'unreadable-mock-clf-c02'], 'the banks imported by the tests above');
  await workbench.runCommand('Exam Kiosk: Remove Imported Bank…');
  await workbench.pickQuickPickItem(/imported: kananinirav/);
  const dialog = workbench.page.locator('.monaco-dialog-box');
  await waitFor(async () => /Remove ".*\(imported: kananinirav\)"\? Its questions are deleted; your answers to them stay in your progress history\./.test((await dialog.textContent()) ?? ''), {
    message: 'the confirmation to name the bank and what is kept',
  });
  await dialog.locator('.monaco-button', { hasText: 'Remove' }).click();
  await waitFor(() => !folders().includes('kananinirav-clf-c02'), { message: 'the imported bank\'s folder to be deleted' });
  assert.equal(folders().length, 2, 'the other imported banks stay');
  await workbench.openViewContainer('Exam Kiosk');
  await waitFor(async () => !(await workbench.treeRows('Certifications')).some((row) => /imported: kananinirav/.test(row)), { message: 'the bank to leave the Certifications view' });
});
