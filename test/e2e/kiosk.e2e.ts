/**
 * The timed exam in the kiosk, end to end in real VS Code: a custom exam answered with the mouse and the
 * keyboard, flagged and commented, the review screen and its filters, ending it, the score report and the
 * answer review; a reload mid-exam; and an exam whose time runs out.
 */
import assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { useVSCode } from './support/fixture';
import { waitFor } from './support/waitFor';
import { KIOSK_SETTINGS, kioskBankFiles, questionByStem } from './fixtures/kioskBank';
import { acceptQuickInput, ackOf, chooseOption, endExam, questionNumber, secondsLeft, startCustomExam, startCustomExamMeasured, stemText, waitForAck } from './support/kiosk';
import { recordTiming } from './support/timings';

const vscode = useVSCode({ workspaceFiles: kioskBankFiles(), settings: KIOSK_SETTINGS });

/** Goes to question `n` (1-based) with Previous/Next. */
async function goTo(frame: Frame, n: number): Promise<void> {
  for (let i = 0; i < 10 && (await questionNumber(frame)) !== n; i++) {
    const before = await ackOf(frame);
    await frame.locator((await questionNumber(frame)) < n ? '#next' : '#previous').click();
    await waitForAck(frame, before);
  }
  assert.equal(await questionNumber(frame), n);
}

vscode.test('a custom exam: answer, flag, comment, review, end, score report and answer review', async ({ workbench, page }) => {
  const { frame, firstQuestionMs } = await startCustomExamMeasured(workbench, { count: 3, time: 'untimed' });
  recordTiming({ firstQuestionMs });

  assert.match((await frame.locator('.kiosk-header').textContent()) ?? '', /Kiosk Test Exam \(KIO-C01\)/);
  assert.equal(await questionNumber(frame), 1);
  assert.match((await frame.locator('.timer').textContent()) ?? '', /Untimed/);

  const answered: string[] = [];
  for (let n = 1; n <= 3; n++) {
    await goTo(frame, n);
    const q = questionByStem(await stemText(frame));
    if (q.correct.length === 2) {
      // Multiple response: checkboxes, and a third choice is refused once two are chosen.
      assert.equal(await frame.locator('li.option input[type=checkbox]').count(), 5);
      await chooseOption(frame, q.correct[0]);
      await chooseOption(frame, q.correct[1]);
      assert.equal(await frame.locator('li.option', { hasText: q.wrong[0] }).locator('input').isDisabled(), true);
      assert.match((await frame.locator('#instruction').textContent()) ?? '', /2 of 2 selected/);
    } else if (q.id === 'kio-1-1-storage') {
      // Answered wrong on purpose, by keyboard: the digit of the wrong option's position.
      const labels = await frame.locator('li.option .text').allTextContents();
      const wrongPosition = labels.findIndex((label) => label.trim() === q.wrong[0]);
      const before = await ackOf(frame);
      await frame.locator('#stem').click();
      await page.keyboard.press(String(wrongPosition + 1));
      await waitForAck(frame, before);
      assert.equal(await frame.locator('li.option', { hasText: q.wrong[0] }).locator('input').isChecked(), true);
      // Strike out another option; it stays struck and unselected.
      const strikeBefore = await ackOf(frame);
      await frame.locator('li.option', { hasText: q.wrong[1] }).locator('button.strike').click();
      await waitForAck(frame, strikeBefore);
      assert.match((await frame.locator('li.option', { hasText: q.wrong[1] }).getAttribute('class')) ?? '', /struck/);
      // Flag with Alt+F and comment in the comment panel.
      const flagBefore = await ackOf(frame);
      await frame.locator('#stem').click();
      await page.keyboard.press('Alt+F');
      await waitForAck(frame, flagBefore);
      assert.equal(await frame.locator('#flag').getAttribute('aria-pressed'), 'true');
      await frame.locator('#toggle-comment').click();
      const commentBefore = await ackOf(frame);
      await frame.locator('#comment').fill('The stem should say which durability is meant.');
      await waitForAck(frame, commentBefore);
    } else {
      await chooseOption(frame, q.correct[0]);
    }
    answered.push(q.id);
  }
  assert.equal(new Set(answered).size, 3, 'every fixture question was shown once');

  // The review screen: tiles and filters.
  await frame.locator('#review').click();
  await frame.locator('#review-heading').waitFor();
  assert.equal(await frame.locator('.tiles .tile').count(), 3);
  await frame.locator('[data-filter=flagged]').click();
  assert.equal(await frame.locator('.tiles .tile').count(), 1);
  assert.match((await frame.locator('.tiles .tile').first().textContent()) ?? '', /answered, flagged, commented/);
  await frame.locator('[data-filter=unanswered]').click();
  assert.equal(await frame.locator('.tiles .tile').count(), 0);
  await frame.locator('[data-filter=all]').click();
  // Jump from a tile back to a question.
  await frame.locator('.tiles .tile[data-index="1"]').click();
  await waitFor(async () => (await questionNumber(frame)) === 2, { message: 'the jump to question 2' });

  // End exam: the dialog says what is flagged, then the score report.
  await frame.locator('#end-exam').click();
  const dialog = frame.locator('#end-dialog');
  await dialog.waitFor();
  assert.match((await dialog.textContent()) ?? '', /You answered 3 of 3 questions/);
  assert.match((await dialog.textContent()) ?? '', /1 question flagged for review/);
  await frame.locator('#confirm-end').click();
  await frame.locator('#scaled-score').waitFor({ timeout: 15_000 });
  assert.equal(await frame.locator('#raw-score').textContent(), '2 / 3 (67%)');
  assert.equal(await frame.locator('#pass-fail').textContent(), 'FAIL');
  const rows = await frame.locator('table[aria-label="Results by domain"] tbody tr').allTextContents();
  assert.equal(rows.length, 2);
  assert.match(rows[0], /1\. Services\s*1 \/ 2\s*50%.*Needs improvement/);
  assert.match(rows[1], /2\. Data\s*1 \/ 1\s*100%.*Meets competencies/);
  const scaled = Number(await frame.locator('#scaled-score').textContent());
  assert.ok(scaled > 100 && scaled < 700, `scaled score ${scaled}`);

  // The answer review with its filters.
  await frame.locator('#review-answers').click();
  await frame.locator('#answers-heading').waitFor();
  assert.equal(await frame.locator('article.result-item').count(), 3);
  await frame.locator('[data-filter=incorrect]').click();
  assert.deepEqual(await frame.locator('article.result-item').evaluateAll((els: any[]) => els.map((e) => e.getAttribute('data-question-id'))), ['kio-1-1-storage']);
  const wrongItem = frame.locator('article.result-item').first();
  assert.match((await wrongItem.textContent()) ?? '', /Explanation of kio-1-1-storage/);
  assert.match((await wrongItem.textContent()) ?? '', /The stem should say which durability is meant\./);
  await frame.locator('[data-filter=commented]').click();
  assert.equal(await frame.locator('article.result-item').count(), 1);
  await frame.locator('[data-filter=flagged]').click();
  assert.equal(await frame.locator('article.result-item').count(), 1);
});

vscode.test('reloading VS Code mid-exam restores the question, the answers, the flag, the comment and the clock', async ({ workbench }) => {
  let frame = await startCustomExam(workbench, { count: 3, time: 20 });
  const q = questionByStem(await stemText(frame));
  await chooseOption(frame, q.correct[0]);
  let before = await ackOf(frame);
  await frame.locator('#flag').click();
  await waitForAck(frame, before);
  await frame.locator('#toggle-comment').click();
  before = await ackOf(frame);
  await frame.locator('#comment').fill('Saved before the reload.');
  await waitForAck(frame, before);
  before = await ackOf(frame);
  await frame.locator('#next').click();
  await waitForAck(frame, before);
  const leftBefore = await secondsLeft(frame);
  const reloadedAt = Date.now();

  // "Developer: Reload Window" is how a user reloads VS Code: the workbench shuts down properly, remembers its
  // editors, and the kiosk panel is brought back by the extension's webview serializer.
  await workbench.runCommand('Developer: Reload Window');
  await workbench.waitUntilReady();
  frame = await workbench.webviewFrame('#stem', { timeout: 30_000 });
  assert.equal(await questionNumber(frame), 2, 'the same question is on screen');
  const elapsed = (Date.now() - reloadedAt) / 1000;
  const leftAfter = await secondsLeft(frame);
  assert.ok(leftAfter <= leftBefore, `time went back: ${leftBefore} → ${leftAfter}`);
  assert.ok(leftAfter >= leftBefore - elapsed - 3, `time jumped: ${leftBefore} → ${leftAfter} in ${elapsed.toFixed(1)} s`);
  await goTo(frame, 1);
  assert.equal(await frame.locator('li.option', { hasText: q.correct[0] }).locator('input').isChecked(), true);
  assert.equal(await frame.locator('#flag').getAttribute('aria-pressed'), 'true');
  assert.equal(await frame.locator('#comment').inputValue(), 'Saved before the reload.');
  // End this exam so the next test starts without one in progress.
  await endExam(frame);
});

vscode.test('an exam whose time runs out is submitted on its own', async ({ workbench }) => {
  const frame = await startCustomExam(workbench, { count: 2, time: 1 });
  const q = questionByStem(await stemText(frame));
  for (const option of q.correct) await chooseOption(frame, option);
  assert.match((await frame.locator('.timer').getAttribute('class')) ?? '', /urgent/, 'the last five minutes look urgent');
  await frame.locator('#scaled-score').waitFor({ timeout: 90_000 });
  assert.match((await frame.locator('.report').textContent()) ?? '', /Time is up: the exam was submitted/);
  assert.equal(await frame.locator('#raw-score').textContent(), '1 / 2 (50%)');
});

vscode.test('practice mode shows the verdict and the explanation once the answer is checked', async ({ workbench }) => {
  await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
  await workbench.pickQuickPickItem(/Practice mode/);
  await acceptQuickInput(workbench, /what to include/);
  await workbench.answerInputBox('2');
  await workbench.pickQuickPickItem(/^Untimed/);
  const frame = await workbench.webviewFrame('#stem', { timeout: 30_000 });
  const q = questionByStem(await stemText(frame));
  for (const option of q.correct) await chooseOption(frame, option);
  assert.equal(await frame.locator('.feedback').count(), 0, 'choosing commits nothing');
  await frame.locator('#check-answer').click();
  await frame.locator('.feedback').waitFor();
  assert.equal(await frame.locator('.verdict').textContent(), 'Correct.');
  assert.match((await frame.locator('.explanation').textContent()) ?? '', new RegExp(`Explanation of ${q.id}`));
  assert.equal(await frame.locator('li.option input').first().isDisabled(), true, 'a revealed answer is locked');
  const before = await ackOf(frame);
  await frame.locator('#next').click();
  await waitForAck(frame, before);
  const second = questionByStem(await stemText(frame));
  await chooseOption(frame, second.wrong[0]);
  if (second.correct.length === 2) await chooseOption(frame, second.wrong[1]);
  await frame.locator('#check-answer').click();
  await frame.locator('.feedback').waitFor();
  assert.match((await frame.locator('.verdict').textContent()) ?? '', /^Incorrect\. The correct answer: /);
  await endExam(frame);
  assert.equal(await frame.locator('#raw-score').textContent(), '1 / 2 (50%)');
});

vscode.test('a full mock exam takes the bank\'s official minutes and draws by the blueprint', async ({ workbench }) => {
  await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
  await workbench.pickQuickPickItem(/Full mock exam/);
  const frame = await workbench.webviewFrame('#stem', { timeout: 30_000 });
  assert.match((await frame.locator('#counter').textContent()) ?? '', /Question 1 of 3/);
  const left = await secondsLeft(frame);
  assert.ok(left > 29 * 60 && left <= 30 * 60, `the bank's 30 minutes, got ${left} s`);
  await endExam(frame);
});
