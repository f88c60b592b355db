/**
 * The kiosk never changes what the candidate didn't do, driven as a person drives it: typing a comment with
 * pauses longer than the autosave, every shortcut pressed while the comment box has focus, idling on the review
 * screen while the clock runs, two exams at once, and practice answered with the arrow keys.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { useVSCode } from './support/fixture';
import { waitFor } from './support/waitFor';
import { KIOSK_SETTINGS, kioskBankFiles, questionByStem } from './fixtures/kioskBank';
import {
  acceptQuickInput, ackOf, chooseOption, endExam, examIdOf, focusedIn, kioskFrame, kioskView, readExamFile, secondsLeft,
  startCustomExam, statusBarSecondsLeft, stemText, typeSlowly, waitForAck,
} from './support/kiosk';

const vscode = useVSCode({ workspaceFiles: kioskBankFiles(), settings: KIOSK_SETTINGS, testTimeout: 180_000 });

/** Longer than the comment box's autosave delay (400 ms) and the host's round trip. */
const PAUSE_MS = 1200;

async function pause(page: Page, ms = PAUSE_MS): Promise<void> {
  await page.waitForTimeout(ms);
}

/** A single-answer question on screen (moving on with Next when the first is the "Select TWO" one). */
async function singleAnswerQuestion(frame: Frame): Promise<ReturnType<typeof questionByStem>> {
  for (let i = 0; i < 3; i++) {
    const q = questionByStem(await stemText(frame));
    if (q.correct.length === 1) return q;
    const before = await ackOf(frame);
    await frame.locator('#next').click();
    await waitForAck(frame, before);
  }
  throw new Error('no single-answer question found');
}

vscode.test('a comment typed with pauses longer than the autosave keeps every character, the answer and the screen', async ({ workbench, page, globalStoragePath }) => {
  const frame = await startCustomExam(workbench, { count: 3, time: 20 });
  const q = await singleAnswerQuestion(frame);
  await chooseOption(frame, q.wrong[0]);
  const before = await kioskView(frame);

  await frame.locator('#toggle-comment').click();
  assert.equal(await focusedIn(frame), 'comment', 'the comment box has focus');
  // Every letter that is, or was, a shortcut somewhere: a b c d f n p r e, digits, and a question mark.
  const parts = ['abc', ' bcd', ' bad wording? 1 2 3', ' flag it, next, review, end'];
  let typed = '';
  for (const part of parts) {
    const ackBefore = await ackOf(frame);
    await typeSlowly(page, part);
    typed += part;
    await pause(page);
    // The autosave went out and came back acknowledged while the candidate paused...
    assert.ok((await ackOf(frame)) > ackBefore, `the pause after "${part}" saved the comment`);
    // ...and nothing else moved: same question, same answer, same screen, the caret still in the box.
    assert.equal(await focusedIn(frame), 'comment', `focus stayed in the comment box after "${part}"`);
    assert.deepEqual(await kioskView(frame), { ...before, comment: typed });
    assert.equal(await frame.locator('#comment').evaluate((el: any) => el.selectionStart), typed.length, 'the caret stayed at the end');
  }
  assert.equal(await frame.locator('#comment-status').textContent(), 'Saved');
  const examId = await examIdOf(frame);
  const onDisk = readExamFile(globalStoragePath, examId);
  assert.equal(onDisk.items[onDisk.current].comment, typed, 'the whole comment is on disk');
  assert.equal(onDisk.items[onDisk.current].selected.length, 1, 'the answer on disk is untouched');
  await endExam(frame);
});

vscode.test('every shortcut pressed in the comment box only types; Escape leaves the box and the shortcuts work again', async ({ workbench, page, globalStoragePath }) => {
  const frame = await startCustomExam(workbench, { count: 3, time: 20 });
  const q = await singleAnswerQuestion(frame);
  await chooseOption(frame, q.correct[0]);
  await frame.locator('#stem').click();
  // Alt+C opens the comment box and puts the caret in it.
  await page.keyboard.press('Alt+C');
  await waitFor(async () => (await focusedIn(frame)) === 'comment', { message: 'Alt+C to focus the comment box' });
  const before = await kioskView(frame);

  const chords = ['Alt+N', 'Alt+P', 'Alt+F', 'Alt+R', 'Alt+C', 'Alt+E'];
  for (const chord of chords) await page.keyboard.press(chord);
  await typeSlowly(page, 'abcdef123456789', 40);
  for (const letter of ['A', 'B', 'C', 'D']) await page.keyboard.press(`Shift+${letter}`);
  await pause(page);
  assert.deepEqual(await kioskView(frame), { ...before, comment: 'abcdef123456789ABCD' }, 'only the text changed');
  assert.equal(await focusedIn(frame), 'comment');

  // Escape leaves the box (saving it) and returns focus to the question: the chosen option.
  const ackBefore = await ackOf(frame);
  await page.keyboard.press('Escape');
  await waitFor(async () => (await focusedIn(frame)).startsWith('option-'), { message: 'focus back on the chosen option' });
  assert.ok((await ackOf(frame)) >= ackBefore);
  const examId = await examIdOf(frame);
  await waitFor(() => readExamFile(globalStoragePath, examId).items[readExamFile(globalStoragePath, examId).current].comment === 'abcdef123456789ABCD', { message: 'the comment on disk' });

  // Outside the text field the same keys act: Alt+F flags, a letter chooses.
  let ack = await ackOf(frame);
  await page.keyboard.press('Alt+F');
  await waitForAck(frame, ack);
  assert.equal((await kioskView(frame)).flagged, true);
  const labels = (await frame.locator('li.option .text').allTextContents()).map((t) => t.trim());
  const wrongLetter = 'ABCD'[labels.indexOf(q.wrong[1])];
  ack = await ackOf(frame);
  await page.keyboard.press(wrongLetter.toLowerCase());
  await waitForAck(frame, ack);
  assert.deepEqual((await kioskView(frame)).chosen, [q.wrong[1]]);
  await endExam(frame);
});

vscode.test('idle on the review screen, the header clock follows the deadline and agrees with the status bar, through a filter', async ({ workbench, page, globalStoragePath }) => {
  const frame = await startCustomExam(workbench, { count: 3, time: 20 });
  const examId = await examIdOf(frame);
  const deadline = readExamFile(globalStoragePath, examId).deadline ?? 0;
  await frame.locator('#stem').click();
  await page.keyboard.press('Alt+R');
  await frame.locator('#review-heading').waitFor();

  const check = async (moment: string): Promise<void> => {
    const expected = Math.ceil((deadline - Date.now()) / 1000);
    const header = await secondsLeft(frame);
    const bar = await statusBarSecondsLeft(page);
    assert.ok(Math.abs(header - expected) <= 1, `${moment}: header ${header} s, deadline says ${expected} s`);
    assert.ok(bar !== undefined && Math.abs(header - bar) <= 1, `${moment}: header ${header} s, status bar ${bar} s`);
  };
  await check('on opening the review screen');
  await page.waitForTimeout(16_000);
  await check('after 16 s idle');
  await frame.locator('[data-filter=unanswered]').click();
  await check('right after a filter');
  await frame.locator('[data-filter=all]').click();
  await page.keyboard.press('Escape');
  await frame.locator('#question-heading').waitFor();
  await check('back on the question');
  await endExam(frame);
});

vscode.test('the review grid: arrow keys and Home/End move, Enter opens, and End exam is two Tabs away', async ({ workbench, page }) => {
  const frame = await startCustomExam(workbench, { count: 3, time: 'untimed' });
  await frame.locator('#stem').click();
  await page.keyboard.press('Alt+R');
  await frame.locator('#review-heading').waitFor();
  const focusedTile = async (): Promise<string | null> => frame.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('data-index') ?? null);
  assert.equal(await focusedTile(), '0', 'the current question\'s tile');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focusedTile(), '1');
  await page.keyboard.press('Control+End');
  assert.equal(await focusedTile(), '2');
  await page.keyboard.press('Control+Home');
  assert.equal(await focusedTile(), '0');
  await page.keyboard.press('End');
  assert.equal(await focusedTile(), '2', 'End: the last tile of the row');
  // Tab leaves the grid: back-to-question, then End exam.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focusedIn(frame), 'end-exam');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedTile(), '2', 'Shift+Tab returns to the tile that had focus');
  const before = await ackOf(frame);
  await page.keyboard.press('Enter');
  await waitForAck(frame, before);
  await frame.locator('#question-heading').waitFor();
  assert.equal((await kioskView(frame)).question, 3);
  // Alt+E asks first; Escape keeps the exam going.
  await page.keyboard.press('Alt+E');
  await frame.locator('#end-dialog').waitFor();
  assert.equal(await focusedIn(frame), 'cancel-end');
  await page.keyboard.press('Escape');
  await frame.locator('#end-dialog').waitFor({ state: 'detached' });
  await endExam(frame);
});

vscode.test('starting an exam while one is in progress asks first, and tab titles tell the exams apart', async ({ workbench, page }) => {
  const first = await startCustomExam(workbench, { count: 3, time: 20 });
  const firstId = await examIdOf(first);
  await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
  const dialog = await workbench.answerDialog(/is still in progress with 0:(19|20) left/);
  assert.deepEqual(dialog.buttons.filter((b) => b !== 'Cancel').sort(), ['Return to Exam', 'Start Anyway']);
  // "Return to Exam" brings back the same exam, no second one.
  await workbench.answerDialog(/still in progress/, 'Return to Exam');
  assert.equal(await examIdOf(await kioskFrame(workbench, 3)), firstId);

  // "Start Anyway" starts a practice exam beside it; the tabs say which is which.
  await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
  await workbench.answerDialog(/still in progress/, 'Start Anyway');
  await workbench.pickQuickPickItem(/Practice mode/);
  await acceptQuickInput(workbench, /what to include/);
  await workbench.answerInputBox('2');
  await workbench.pickQuickPickItem(/^Untimed/);
  await waitFor(async () => {
    const titles = (await page.locator('.tabs-container .tab .label-name').allTextContents()).map((t) => t.trim());
    return titles.some((t) => /^KIO-C01 exam · 0:(19|20) left$/.test(t)) && titles.includes('KIO-C01 practice') ? titles : undefined;
  }, { message: 'tabs titled "KIO-C01 exam · 0:20 left" and "KIO-C01 practice"' });
  const practice = await kioskFrame(workbench, 2);
  await endExam(practice);
  await page.locator('.tabs-container .tab', { hasText: /KIO-C01 exam · 0:\d\d left/ }).click();
  await endExam(await kioskFrame(workbench, 3));
});

vscode.test('practice: arrow keys move between options without committing, Space commits, the verdict is announced', async ({ workbench, page }) => {
  await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
  await workbench.pickQuickPickItem(/Practice mode/);
  await acceptQuickInput(workbench, /what to include/);
  await workbench.answerInputBox('3');
  await workbench.pickQuickPickItem(/^Untimed/);
  const frame = await kioskFrame(workbench, 3);
  const q = await singleAnswerQuestion(frame);
  const labels = (await frame.locator('li.option .text').allTextContents()).map((t) => t.trim());
  const target = labels.indexOf(q.correct[0]);
  // Into the options with Tab from the question's heading, then arrows: down one, then to the right answer.
  await frame.locator('#question-heading').focus();
  await page.keyboard.press('Tab');
  // Tab lands on the first option without choosing it; each arrow chooses the option it moves to.
  let at = 0;
  const arrowTo = async (position: number): Promise<void> => {
    while (at !== position) {
      const down = at < position;
      const before = await ackOf(frame);
      await page.keyboard.press(down ? 'ArrowDown' : 'ArrowUp');
      at += down ? 1 : -1;
      await waitForAck(frame, before);
      assert.deepEqual((await kioskView(frame)).chosen, [labels[at]], 'the arrow chose the option it moved to');
      assert.equal(await frame.locator('.feedback').count(), 0, 'moving with the arrows committed nothing');
    }
  };
  await arrowTo(1);
  await arrowTo(target);
  assert.equal(await frame.locator('#check-answer').count(), 1, '"Check answer" is offered once an option is chosen');
  await page.keyboard.press('Space');
  await frame.locator('#verdict').waitFor();
  assert.equal((await frame.locator('#verdict').textContent())?.trim(), 'Correct.');
  await waitFor(async () => ((await frame.locator('#announcer-polite').textContent()) ?? '').includes('Correct.'), { message: 'the verdict announced' });
  const inView = await frame.locator('#verdict').evaluate((el: any) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= (globalThis as any).innerHeight;
  });
  assert.ok(inView, 'the verdict is scrolled into view');
  await endExam(frame);
});
