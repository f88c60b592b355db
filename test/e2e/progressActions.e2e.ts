/**
 * The progress actions on the sidebar's rows, in real VS Code: "Practise Weak Areas" (the certification row's
 * inline button) starts a practice exam of exactly the weak part of the blueprint it announces; "Retake
 * Flagged" and "Delete Exam…" from a History row's context menu; "Start Full Mock Exam" and "Practise in the
 * Sidebar" from the certification row's context menu.
 */
import assert from 'node:assert/strict';
import { useVSCode } from './support/fixture';
import { waitFor } from './support/waitFor';
import { KIOSK_SETTINGS, kioskBankFiles, questionByStem } from './fixtures/kioskBank';
import { record, writeLog } from './support/progressLog';
import { ackOf, chooseOption, endExam, goToQuestion, kioskFrame, secondsLeft, startCustomExam, stemText, waitForAck } from './support/kiosk';

const vscode = useVSCode({ workspaceFiles: kioskBankFiles(), settings: KIOSK_SETTINGS });

const DAY = 86_400_000;
const FLAGGED = 'kio-2-1-pair';
const WRONG = 'kio-1-2-compute';

vscode.test('Practise Weak Areas starts a practice exam of exactly the weak areas it announces', async ({ workbench, page, globalStoragePath, restartVSCode }) => {
  // Twelve wrong answers to the compute question over the last twelve days: domain 1 is weak, domain 2 unknown.
  const now = Date.now();
  writeLog(globalStoragePath, [
    JSON.stringify({ format: 'exam-kiosk-answers', version: 1, logId: 'e2e-weak', createdAt: now - 13 * DAY }),
    ...Array.from({ length: 12 }, (_, i) => record(1, false, now - (12 - i) * DAY)),
  ]);
  await restartVSCode();
  await workbench.openViewContainer('Exam Kiosk');
  const bank = await workbench.waitForTreeRow('Certifications', /^Kiosk Test Exam/);
  await bank.hover();
  await bank.locator('.action-label[aria-label="Practise Weak Areas"]').click();
  const message = page.locator('.quick-input-widget .quick-input-message');
  await waitFor(async () => ((await message.textContent()) ?? '').startsWith('Weak areas: domain 1 · 1 review due. How many questions? 2 available.'), {
    message: 'the prompt to name domain 1, its due review and its two questions',
  });
  await workbench.answerInputBox('2');

  const frame = await kioskFrame(workbench, 2);
  const seen: string[] = [];
  for (let n = 1; n <= 2; n++) {
    await goToQuestion(frame, n);
    const q = questionByStem(await stemText(frame));
    seen.push(q.id);
    for (const text of q.correct) await chooseOption(frame, text);
    await frame.locator('#check-answer').click(); // practice mode: the verdict once the answer is checked
    await frame.locator('.feedback .verdict').waitFor();
  }
  assert.deepEqual(seen.sort(), ['kio-1-1-storage', 'kio-1-2-compute'], 'both questions of domain 1, none of domain 2');
  await endExam(frame);
});

vscode.test('Retake Flagged and Delete Exam… from a History row\'s context menu', async ({ workbench }) => {
  const frame = await startCustomExam(workbench, { count: 3, time: 'untimed' });
  for (let n = 1; n <= 3; n++) {
    await goToQuestion(frame, n);
    const q = questionByStem(await stemText(frame));
    for (const text of q.id === WRONG ? [q.wrong[0]] : q.correct) await chooseOption(frame, text);
    if (q.id === FLAGGED) {
      const before = await ackOf(frame);
      await frame.locator('#flag').click();
      await waitForAck(frame, before);
    }
  }
  await endExam(frame);

  await workbench.openViewContainer('Exam Kiosk');
  const custom = await workbench.waitForTreeRow('History', /^KIO-C01 Custom exam · /);
  await workbench.runContextMenuItem(custom, 'Retake Flagged');
  const retake = await kioskFrame(workbench, 1);
  assert.equal(questionByStem(await stemText(retake)).id, FLAGGED, 'the retake holds the flagged question only');
  await endExam(retake);

  const retakeRow = await workbench.waitForTreeRow('History', /^KIO-C01 Retake · /);
  await workbench.runContextMenuItem(retakeRow, 'Delete Exam…');
  const dialog = workbench.page.locator('.monaco-dialog-box');
  await dialog.waitFor();
  assert.match((await dialog.textContent()) ?? '', /Delete the KIO-C01 retake of .*\?.*answers it taught your weak areas stay/);
  await dialog.locator('.monaco-button', { hasText: 'Delete' }).click();
  await waitFor(async () => {
    const rows = await workbench.treeRows('History');
    return !rows.some((r) => /^KIO-C01 Retake/.test(r)) && rows.some((r) => /^KIO-C01 Custom exam · /.test(r));
  }, { message: 'the retake to leave History and the custom exam to stay' });
});

vscode.test('Start Full Mock Exam and Practise in the Sidebar from the certification row\'s context menu', async ({ workbench }) => {
  await workbench.openViewContainer('Exam Kiosk');
  const bank = await workbench.waitForTreeRow('Certifications', /^Kiosk Test Exam/);
  await workbench.runContextMenuItem(bank, 'Start Full Mock Exam');
  const frame = await kioskFrame(workbench, 3);
  const left = await secondsLeft(frame);
  assert.ok(left > 29 * 60 && left <= 30 * 60, `the bank's 30 minutes, got ${left} s`);
  await endExam(frame);

  await workbench.openViewContainer('Exam Kiosk');
  await workbench.runContextMenuItem(await workbench.waitForTreeRow('Certifications', /^Kiosk Test Exam/), 'Practise in the Sidebar');
  const practice = await workbench.webviewFrame('.sidebar-main #stem', { timeout: 30_000 });
  assert.ok(questionByStem(await stemText(practice)).id, 'a question of the bank');
  assert.equal(await workbench.page.locator('.pane-header[aria-label="Practice Section"]').getAttribute('aria-expanded'), 'true');
});
