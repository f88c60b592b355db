/**
 * A full CLF-C02 mock exam from the bundled bank, taken as a candidate takes it at a test centre: keyboard only,
 * in kiosk mode (the workbench hidden for the exam and given back after it), with the Practice view and the
 * Quick Quiz refusing to show any question while the exam runs.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useVSCode } from './support/fixture';
import { waitFor } from './support/waitFor';
import { answerAllByKeyboard, examIdOf, focusedIn, kioskFrame, readExamFile } from './support/kiosk';

const vscode = useVSCode({ testTimeout: 600_000 });

/** Runs a palette command with the keyboard only: F1, its title, Enter. */
async function paletteCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  // A key pressed while the workbench is still moving focus (a dialog closing) can be lost: press F1 again then.
  await waitFor(async () => {
    if (!(await input.isVisible())) await page.keyboard.press('F1');
    return input.waitFor({ timeout: 2000 }).then(() => true, () => false);
  }, { message: 'the command palette' });
  // Right after the window opens the palette may list commands before the extension's arrive, and keeps that
  // list while the query is typed on: clear the query and type it again until the command is there.
  await waitFor(async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`>${title}`);
    return waitFor(async () => (await page.locator('.quick-input-widget .monaco-list-row.focused .label-name').first().textContent())?.trim() === title, { timeout: 2000 })
      .then(() => true, () => false);
  }, { message: `"${title}" selected in the palette` });
  await page.keyboard.press('Enter');
}

vscode.test('a full mock exam with the keyboard only, in kiosk mode; practice and the quick quiz show none of its questions', async ({ workbench, page, globalStoragePath }) => {
  const sidebar = page.locator('.part.sidebar');
  await workbench.openViewContainer('Exam Kiosk');
  assert.equal(await sidebar.isVisible(), true, 'the side bar is open before the exam');

  // Start the mock from the palette, choosing the certification by typing.
  await paletteCommand(page, 'Exam Kiosk: Start Full Mock Exam');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor();
  await page.keyboard.type('CLF-C02');
  await page.keyboard.press('Enter');
  const frame = await kioskFrame(workbench, 65);
  const examId = await examIdOf(frame);

  // Kiosk mode: side bar, activity bar and status bar hidden; the tab tells the mock apart.
  await waitFor(async () => !(await sidebar.isVisible()), { message: 'the side bar hidden for the exam' });
  assert.equal(await page.locator('.part.activitybar').isVisible(), false);
  assert.equal(await page.locator('.part.statusbar').isVisible(), false);
  assert.match((await page.locator('.tabs-container .tab.active .label-name').textContent()) ?? '', /^CLF-C02 mock · 1:(29|30) left$/);

  // The Quick Quiz says an exam is running instead of asking a question.
  await paletteCommand(page, 'Exam Kiosk: Quick Quiz');
  const quizNotice = await workbench.answerDialog(/Your CLF-C02 mock is running \(1:\d\d left\)/);
  assert.match(quizNotice.detail, /The quick quiz waits until it ends/);
  assert.equal(await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').isVisible(), false, 'no quiz question');
  await page.keyboard.press('Escape');
  await page.locator('.monaco-dialog-box').waitFor({ state: 'hidden' });

  // The Practice view does the same, and takes the candidate back to the exam.
  await paletteCommand(page, 'Exam Kiosk: Practise in the Sidebar');
  const practice = await workbench.webviewFrame('#exam-running');
  assert.equal(await practice.locator('#stem').count(), 0, 'no question in the Practice view');
  assert.match((await practice.locator('#exam-running').textContent()) ?? '', /Your CLF-C02 mock is running \(1:\d\d:\d\d left\)/);
  await practice.locator('#return-to-exam').focus();
  await page.keyboard.press('Enter');
  await waitFor(async () => frame.evaluate(() => (globalThis as any).document.hasFocus()), { message: 'focus back in the kiosk' });

  // 65 questions: a letter per answer (two or three for "Select TWO/THREE"), Alt+F on every tenth, Alt+N on.
  const flagged = await answerAllByKeyboard(page, frame, 65, 10);
  const onDisk = readExamFile(globalStoragePath, examId);
  assert.equal(onDisk.items.filter((item) => item.selected.length > 0).length, 65, 'every answer is on disk');
  assert.equal(onDisk.items.filter((item) => item.flagged).length, flagged);

  // The review screen, then End exam two Tabs from the grid, confirmed with the keyboard.
  await page.keyboard.press('Alt+R');
  await frame.locator('#review-heading').waitFor();
  assert.equal(((await frame.locator('#review-summary').textContent()) ?? '').trim(), `65 questions answered, 0 unanswered, ${flagged} flagged for review.`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focusedIn(frame), 'end-exam');
  await page.keyboard.press('Enter');
  await frame.locator('#end-dialog').waitFor();
  assert.match((await frame.locator('#end-dialog').textContent()) ?? '', /You answered 65 of 65 questions/);
  await page.keyboard.press('Tab');
  assert.equal(await focusedIn(frame), 'confirm-end');
  await page.keyboard.press('Enter');
  await frame.locator('#scaled-score').waitFor({ timeout: 15_000 });
  assert.match((await frame.locator('#raw-score').textContent()) ?? '', /^\d+ \/ 65 \(\d+%\)$/);
  // Focus lands on the report once the workbench is back (leaving Zen Mode moves focus, the kiosk takes it back).
  await waitFor(async () => (await focusedIn(frame)) === 'report-heading', { timeout: 10_000, message: 'focus on the score report' });

  // The workbench comes back as it was, and practice resumes.
  await waitFor(async () => (await page.locator('.part.statusbar').isVisible()) && page.locator('.part.activitybar').isVisible(), { message: 'the workbench back after the exam' });
  assert.equal(await sidebar.isVisible(), true);
  await waitFor(async () => (await practice.locator('#exam-running').count()) === 0 && (await practice.locator('#stem').count()) === 1, { message: 'a practice question in the sidebar again' });
  assert.match((await page.locator('.tabs-container .tab.active .label-name').textContent()) ?? '', /^CLF-C02 mock · \d+ (PASS|FAIL)$/);
});

vscode.test('the Practice view opens on the certification just practised, and "Practise in the Sidebar" switches it', async ({ workbench, page }) => {
  // A quick quiz on ANS-C01: that is the certification just practised.
  await paletteCommand(page, 'Exam Kiosk: Quick Quiz');
  await workbench.pickQuickPickItem(/Advanced Networking/);
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: /^Quick Quiz: ANS-C01/ }).waitFor();
  await page.keyboard.press('Escape');

  await paletteCommand(page, 'Exam Kiosk: Practise in the Sidebar');
  const practice = await workbench.webviewFrame('.sidebar-main #stem', { timeout: 30_000 });
  await waitFor(async () => (await practice.locator('#bank').inputValue()) === 'ans-c01', { message: 'Practice on ANS-C01, the certification just practised' });

  // "Practise in the Sidebar" on the CLF-C02 row switches it.
  await workbench.openViewContainer('Exam Kiosk');
  const clf = await workbench.waitForTreeRow('Certifications', /^AWS Certified Cloud Practitioner \(CLF-C02\)/);
  await workbench.runContextMenuItem(clf, 'Practise in the Sidebar');
  await waitFor(async () => (await practice.locator('#bank').inputValue()) === 'clf-c02', { message: 'Practice switched to CLF-C02' });
  await waitFor(async () => /^[^·]+ · [1-4]\.\d /.test(((await practice.locator('#why').textContent()) ?? '').trim()), { message: 'a CLF-C02 question' });
});
