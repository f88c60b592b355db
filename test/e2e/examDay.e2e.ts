/**
 * Exam day as a new candidate meets it: the walkthrough from the Welcome page, step by step (choose the
 * certification, a 20-question diagnostic answered with the keyboard, an exam date typed with pauses, the
 * sidebar, a quick quiz, a full mock), each step ticked as it is done; then exam dates set, changed and removed
 * from the Certifications view, with the plan row, the readiness on the day and the status bar following.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { useVSCode } from './support/fixture';
import { answerAllByKeyboard, focusedIn, kioskFrame, typeSlowly } from './support/kiosk';
import { waitFor } from './support/waitFor';
import type { Workbench } from './support/workbench';

// A timed mock opens in Zen Mode by default; here the walkthrough stays in view beside it.
const vscode = useVSCode({ testTimeout: 600_000, settings: { 'examKiosk.kioskMode': false } });

const WALKTHROUGH_TAB = '.tabs-container .tab[aria-label^="Walkthrough: Exam Kiosk"]';

/** The walkthrough's step titled `title`. */
function step(page: Page, title: string): Locator {
  return page.locator('.getting-started-step').filter({ has: page.locator('.step-title', { hasText: title }) });
}

/** Shows the walkthrough, opens the step titled `title` and presses its button. */
async function runStep(page: Page, title: string, button: string): Promise<void> {
  await page.locator(WALKTHROUGH_TAB).click();
  const row = step(page, title);
  await row.waitFor();
  if (!((await row.getAttribute('class')) ?? '').includes('expanded')) {
    await row.click();
    // The walkthrough opens the step and then focuses it; a person's pointer reaches the button after that.
    await waitFor(async () => ((await row.getAttribute('class')) ?? '').includes('expanded'), { message: `the step "${title}" open` });
    await page.waitForTimeout(600);
  }
  const action = row.locator('.monaco-button', { hasText: button });
  await action.waitFor();
  await action.click();
}

async function stepDone(page: Page, title: string): Promise<void> {
  await page.locator(WALKTHROUGH_TAB).click();
  await waitFor(async () => (await step(page, title).getAttribute('aria-checked')) === 'true', { message: `the step "${title}" ticked` });
}

/** Checks that the open certification picker offers `label` first (the one chosen last), and takes it. */
async function acceptFirst(workbench: Workbench, label: string): Promise<void> {
  assert.equal((await workbench.quickPickItems())[0], label);
  await workbench.pickQuickPickItem(label);
  await workbench.page.locator('.quick-input-widget .quick-input-title').filter({ hasText: /^(Choose Your Certification|Start Diagnostic|Set Exam Date|Quick Quiz|Start Full Mock Exam)$/ })
    .waitFor({ state: 'hidden' });
}

/** Answers the quick quiz's question with its first option (or first two or three, as it asks). */
async function answerQuizWithFirstOptions(page: Page): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const asked = /^Select (TWO|THREE)/.exec((await input.getAttribute('placeholder')) ?? '')?.[1];
  const letters = ['A', 'B', 'C'].slice(0, asked === 'THREE' ? 3 : asked === 'TWO' ? 2 : 1);
  for (const letter of letters) {
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${letter}\\. `) }) }).first().click();
  }
  if (letters.length > 1) await input.press('Enter');
}

/** The status bar's Exam Kiosk item text. */
async function statusText(page: Page): Promise<string> {
  const items = await page.locator('.statusbar-item').allTextContents();
  return items.find((text) => /days? to |exam today|\d+ due|^\s*[A-Z]{3}-C\d\d \d/.test(text))?.trim() ?? '';
}

/**
 * Expands the Certifications row of `exam`, collapsing the other certifications' (the view is short, and rows
 * scrolled out of it are not rendered), and returns the rows' accessible labels.
 */
async function certificationRows(workbench: Workbench, exam: string): Promise<string[]> {
  const tree = await workbench.treeView('Certifications');
  const others = tree.locator('.monaco-list-row[aria-level="1"][aria-expanded="true"]').filter({ hasNotText: exam });
  while ((await others.count()) > 0) await others.first().click();
  const row = await workbench.waitForTreeRow('Certifications', new RegExp(`\\(${exam}\\)`));
  if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
  return workbench.treeRows('Certifications');
}

vscode.test('the walkthrough as a new candidate: every step done by its button, the diagnostic by keyboard, the date typed with pauses', async ({ workbench, page }) => {
  await workbench.runCommand('Exam Kiosk: Get Started');
  await page.locator(WALKTHROUGH_TAB).waitFor();
  assert.equal(await page.locator('.getting-started-step').count(), 6);

  // 1. Choose the certification.
  await runStep(page, 'Choose your certification', 'Choose Certification');
  await workbench.pickQuickPickItem('AWS Certified Cloud Practitioner');
  await workbench.waitForNotification(/preparing for CLF-C02/);
  await stepDone(page, 'Choose your certification');

  // 2. The diagnostic: CLF-C02 is offered first now, so Enter takes it; 20 questions by keyboard, then End exam.
  await runStep(page, 'Take a 20-question diagnostic', 'Start Diagnostic');
  await acceptFirst(workbench, 'AWS Certified Cloud Practitioner');
  const frame = await kioskFrame(workbench, 20);
  assert.equal((await page.locator('.tabs-container .tab.active .label-name').textContent())?.trim(), 'CLF-C02 diagnostic');
  assert.equal((await frame.locator('#timer').textContent())?.trim(), 'Untimed');
  await waitFor(async () => (await focusedIn(frame)) !== 'body', { message: 'focus in the kiosk' });
  await answerAllByKeyboard(page, frame, 20);
  await page.keyboard.press('Alt+E');
  await frame.locator('#end-dialog').waitFor();
  await frame.locator('#confirm-end').click();
  await frame.locator('#scaled-score').waitFor({ timeout: 15_000 });
  assert.match((await frame.locator('#raw-score').textContent()) ?? '', /^\d+ \/ 20 \(\d+%\)$/);
  assert.match((await page.locator('.tabs-container .tab.active .label-name').textContent()) ?? '', /^CLF-C02 diagnostic · \d+ (PASS|FAIL)$/);
  await stepDone(page, 'Take a 20-question diagnostic');

  // 3. The exam date, typed as a person types it, read back before Enter.
  await runStep(page, 'Set your exam date', 'Set Exam Date');
  await acceptFirst(workbench, 'AWS Certified Cloud Practitioner');
  const box = page.locator('.quick-input-widget .quick-input-box input');
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: 'Set Exam Date: CLF-C02' }).waitFor();
  await box.press('Control+A');
  await typeSlowly(page, 'in 3', 120);
  await page.waitForTimeout(700); // a pause, as when looking up the booking
  await typeSlowly(page, ' weeks', 120);
  const readBack = page.locator('.quick-input-widget .quick-input-message');
  await waitFor(async () => /· in 21 days$/.test(((await readBack.textContent()) ?? '').trim()), { message: 'the date read back' });
  await page.keyboard.press('Enter');
  await workbench.waitForNotification(/CLF-C02 exam on \w{3} \d+ \w{3} \d{4} · in 21 days\. 21 days to CLF-C02 · /);
  await stepDone(page, 'Set your exam date');

  // 4. The sidebar shows the plan and the readiness on the day; the status bar the day's target.
  await runStep(page, 'Meet the sidebar', 'Open the Sidebar');
  const rows = await waitFor(async () => {
    const labels = await certificationRows(workbench, 'CLF-C02');
    return labels.some((label) => /^21 days to CLF-C02 \(/.test(label)) && labels;
  }, { message: 'the plan row' });
  assert.ok(rows.some((label) => /^Readiness on \w{3} \d+ \w{3}( \d{4})?: /.test(label)), JSON.stringify(rows));
  await stepDone(page, 'Meet the sidebar');
  await waitFor(async () => /^21 days to CLF-C02 · (\d+ reviews?, )?\d+ new today$/.test(await statusText(page)), { message: 'the plan in the status bar' });

  // 5. A quick quiz: a question on CLF-C02 in the quick input; Escape leaves it.
  await runStep(page, 'Quick Quiz from anywhere', 'Start a Quick Quiz');
  await acceptFirst(workbench, 'AWS Certified Cloud Practitioner');
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: /^Quick Quiz: CLF-C02/ }).waitFor();
  await answerQuizWithFirstOptions(page);
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: /^(✓ Correct|✗ Incorrect)/ }).waitFor();
  await page.keyboard.press('Escape');
  await stepDone(page, 'Quick Quiz from anywhere');

  // 6. A full mock: 65 questions on the clock.
  await runStep(page, 'Sit a full mock exam', 'Start Full Mock Exam');
  await acceptFirst(workbench, 'AWS Certified Cloud Practitioner');
  await kioskFrame(workbench, 65);
  await waitFor(async () => /^CLF-C02 \d:\d\d:\d\d$/.test(await statusText(page)), { message: 'the exam clock in the status bar while the mock runs' });
  await stepDone(page, 'Sit a full mock exam');
  const progress = page.locator(`.getting-started-category .progress-bar-inner[title="6 of 6 steps complete"], .gettingStartedSlideDetails [aria-valuenow="6"]`);
  assert.equal(await page.locator('.getting-started-step[aria-checked="true"]').count(), 6, `every step ticked (${await progress.count()} progress bars say so)`);

  // History names the diagnostic.
  await workbench.openViewContainer('Exam Kiosk');
  await workbench.waitForTreeRow('History', /^CLF-C02 Diagnostic · \d+ (Pass|Fail)/);

  // Once the mock is ended, the status bar is back on the plan.
  await page.locator('.tabs-container .tab', { hasText: 'CLF-C02 mock' }).click();
  const shown = await kioskFrame(workbench, 65); // the kiosk draws its page again when its tab comes back
  await waitFor(async () => (await focusedIn(shown)) !== 'body', { message: 'focus in the mock' });
  await page.keyboard.press('Alt+E');
  await shown.locator('#end-dialog').waitFor();
  await shown.locator('#confirm-end').click();
  await shown.locator('#scaled-score').waitFor({ timeout: 15_000 });
  await waitFor(async () => /^21 days to CLF-C02 · /.test(await statusText(page)), { message: 'the plan in the status bar again' });
});

vscode.test('exam dates from the Certifications view: the plan row\'s calendar button, a change, a removal; the status bar shows the nearest exam', async ({ workbench, page }) => {
  await workbench.openViewContainer('Exam Kiosk');
  // ANS-C01 has no date yet: its plan row says so, and clicking it asks for one.
  let labels = await certificationRows(workbench, 'ANS-C01');
  assert.ok(labels.some((label) => /^No exam date set for ANS-C01\./.test(label)), JSON.stringify(labels));
  const planRow = await workbench.waitForTreeRow('Certifications', /^No exam date set for ANS-C01\./);
  await planRow.hover();
  await planRow.locator('.action-label[aria-label="Set Exam Date…"]').click();
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: 'Set Exam Date: ANS-C01' }).waitFor();
  const box = page.locator('.quick-input-widget .quick-input-box input');
  await box.press('Control+A');
  await typeSlowly(page, 'in 10 weeks');
  await page.keyboard.press('Enter');
  await workbench.waitForNotification(/ANS-C01 exam on .* · in 70 days/);
  labels = await waitFor(async () => {
    const now = await certificationRows(workbench, 'ANS-C01');
    return now.some((label) => /^70 days to ANS-C01 \(/.test(label)) && now;
  }, { message: 'the ANS-C01 plan row with its date' });
  assert.ok(labels.some((label) => /^Readiness on \w{3} \d+ \w{3}( \d{4})?: not enough answers yet/.test(label)), JSON.stringify(labels));

  // CLF-C02's exam (21 days, from the walkthrough) is nearer, so the status bar keeps planning for it.
  await waitFor(async () => /^21 days to CLF-C02 · /.test(await statusText(page)), { message: 'CLF-C02 in the status bar' });

  // A past day is refused in the box; removing CLF-C02's date (context menu, empty box) hands the status bar to ANS-C01.
  await certificationRows(workbench, 'CLF-C02');
  const clfRow = await workbench.waitForTreeRow('Certifications', /\(CLF-C02\)/);
  await workbench.runContextMenuItem(clfRow, 'Set Exam Date…');
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: 'Set Exam Date: CLF-C02' }).waitFor();
  await box.press('Control+A');
  await typeSlowly(page, '1 Jan 2020');
  const message = page.locator('.quick-input-widget .quick-input-message');
  await waitFor(async () => /has passed/.test((await message.textContent()) ?? ''), { message: 'a past day refused' });
  await page.keyboard.press('Enter');
  assert.equal(await box.isVisible(), true, 'Enter on a refused day keeps the box open');
  await box.press('Control+A');
  await page.keyboard.press('Backspace');
  await waitFor(async () => /Press Enter to remove the exam date/.test((await message.textContent()) ?? ''), { message: 'the removal explained' });
  await page.keyboard.press('Enter');
  await workbench.waitForNotification(/the CLF-C02 exam date was removed/);
  await waitFor(async () => /^70 days to ANS-C01 · /.test(await statusText(page)), { message: 'ANS-C01 in the status bar' });
  labels = await certificationRows(workbench, 'CLF-C02');
  assert.ok(labels.some((label) => /^No exam date set for CLF-C02\./.test(label)), JSON.stringify(labels));

  // The status bar's tooltip has the whole plan; a click starts a quick quiz on that certification.
  const item = page.locator('.statusbar-item').filter({ hasText: '70 days to ANS-C01' });
  await item.click();
  await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: /^Quick Quiz: ANS-C01/ }).waitFor();
  await page.keyboard.press('Escape');
});
