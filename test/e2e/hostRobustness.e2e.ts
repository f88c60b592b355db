/**
 * What the host must never hide or lose: a save that fails (the exam folder gone mid-exam) is told in the kiosk
 * and retried by the next action, and one exam open in two windows (two pages on one code-server, each with its
 * own extension host) is written by one window at a time, so every acknowledged answer ends up on disk.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { useVSCode } from './support/fixture';
import { waitFor } from './support/waitFor';
import { Workbench } from './support/workbench';
import { KIOSK_SETTINGS, kioskBankFiles, questionByStem } from './fixtures/kioskBank';
import { ackOf, chooseOption, endExam, examIdOf, kioskFrame, questionNumber, readExamFile, startCustomExam, stemText, waitForAck } from './support/kiosk';

const vscode = useVSCode({ workspaceFiles: kioskBankFiles(), settings: KIOSK_SETTINGS, testTimeout: 240_000 });

/** Every extension-host log line of this profile that reports an unhandled error. */
function unhandledErrors(userDataDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/exthost/i.test(file) && file.endsWith('.log')) {
        found.push(...fs.readFileSync(file, 'utf8').split('\n').filter((line) => /unhandled|rejected promise not handled/i.test(line) && /exam-kiosk|examKiosk/i.test(line)));
      }
    }
  };
  walk(path.join(userDataDir, 'logs'));
  return found;
}

/** Goes to question `n` with Previous and Next, each acknowledged. */
async function goToQuestion(frame: Frame, n: number): Promise<void> {
  for (let i = 0; i < 10 && (await questionNumber(frame)) !== n; i++) {
    const before = await ackOf(frame);
    await frame.locator((await questionNumber(frame)) < n ? '#next' : '#previous').click();
    await waitForAck(frame, before);
  }
  assert.equal(await questionNumber(frame), n);
}

async function bannerText(frame: Frame): Promise<string> {
  return ((await frame.locator('#banner').textContent()) ?? '').trim();
}

vscode.test('a save that fails mid-exam is told, acknowledged answers stay, and the next action saves again', async ({ workbench, server, globalStoragePath }) => {
  const frame = await startCustomExam(workbench, { count: 3, time: 20 });
  const examId = await examIdOf(frame);
  const first = questionByStem(await stemText(frame));
  await chooseOption(frame, first.wrong[0]);

  // The exam folder goes away and a file takes its name: no write can succeed there, not even as root.
  const dir = path.join(globalStoragePath, 'exams');
  const aside = `${dir}-aside`;
  fs.renameSync(dir, aside);
  fs.writeFileSync(dir, 'not a folder');
  await goToQuestion(frame, 1);
  const ackBefore = await ackOf(frame);
  await frame.locator('#flag').click();
  await waitFor(async () => /^Not saved: .* — your last saved answer is kept\. Your next action tries again\.$/.test(await bannerText(frame)), { message: 'the save failure in the kiosk' });
  assert.equal(await ackOf(frame), ackBefore, 'the failed action is not acknowledged');
  assert.equal(await frame.locator('#flag').getAttribute('aria-pressed'), 'false', 'the kiosk shows what is saved, not what failed');
  await waitFor(async () => /Not saved/.test((await frame.locator('#announcer').textContent()) ?? ''), { message: 'the failure said out loud' });

  // The folder is back: the candidate acts again and it is saved, with the answer given before the failure.
  fs.rmSync(dir);
  fs.renameSync(aside, dir);
  const retry = await ackOf(frame);
  await frame.locator('#flag').click();
  await waitForAck(frame, retry);
  assert.equal(await frame.locator('#flag').getAttribute('aria-pressed'), 'true');
  await waitFor(async () => (await bannerText(frame)) === 'Saved: your answers are on disk again.', { message: 'the all-clear' });
  const disk = readExamFile(globalStoragePath, examId);
  assert.equal(disk.items[0].flagged, true);
  assert.equal(disk.items[0].selected.length, 1, 'the answer acknowledged before the failure is on disk');
  await endExam(frame);
  assert.deepEqual(unhandledErrors(server.userDataDir), [], 'nothing unhandled in the extension host');
});

vscode.test('one exam in two windows: each answer is saved by the window that owns the exam, none is lost', async ({ workbench, context, server, globalStoragePath }) => {
  const one = await startCustomExam(workbench, { count: 3, time: 20 });
  const examId = await examIdOf(one);
  const answers = new Map<number, string>();
  const answer = async (frame: Frame, n: number): Promise<void> => {
    await goToQuestion(frame, n);
    const q = questionByStem(await stemText(frame));
    await chooseOption(frame, q.correct[0]);
    answers.set(n, q.correct[0]);
  };
  await answer(one, 1);

  // A second window on the same VS Code opens the same exam: it shows it, says so, and saves nothing.
  const page2 = await context.newPage();
  const two = await Workbench.open(page2, server.workbenchUrl());
  await two.runCommand('Exam Kiosk: Resume Exam');
  const frame2 = await kioskFrame(two, 3);
  await frame2.locator('#ownership').waitFor();
  assert.match((await frame2.locator('#ownership').textContent()) ?? '', /open in another VS Code window, which saves its answers/);

  // The candidate takes it over in the second window and answers question 2 there.
  await frame2.locator('#take-over').click();
  await frame2.locator('#ownership').waitFor({ state: 'detached' });
  await answer(frame2, 2);

  // The first window learns it lost the exam: it says so, and shows the second window's answer.
  await one.locator('#ownership').waitFor({ timeout: 15_000 });
  await waitFor(async () => (await one.locator('#counter').textContent())?.includes('Question 2 of 3'), { message: 'window one following window two' });
  // Back in the first window: take it back and answer question 3.
  await one.locator('#take-over').click();
  await one.locator('#ownership').waitFor({ state: 'detached' });
  await answer(one, 3);

  const disk = readExamFile(globalStoragePath, examId);
  assert.deepEqual(disk.items.map((item) => item.selected.length), [1, 1, 1], 'all three answers are on disk');
  for (const [n, text] of answers) {
    await goToQuestion(one, n);
    assert.equal(await one.locator('li.option', { hasText: text }).locator('input').isChecked(), true, `question ${n} on screen in window one`);
  }
  await frame2.locator('#ownership').waitFor({ timeout: 15_000 });
  await endExam(one);
  await frame2.locator('#scaled-score').waitFor({ timeout: 15_000 });
  await page2.close();
});
