/**
 * Weak areas end to end in real VS Code: a quick-quiz answer changes the Certifications tree's mastery text;
 * a finished exam appears in History and "Retake Incorrect" starts an exam of exactly the questions got
 * wrong; the sidebar's Practice view answers a question and shows its explanation; the progress charts draw a
 * finished full mock exam and each domain's mastery.
 */
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { useVSCode } from './support/fixture';
import { waitFor } from './support/waitFor';
import type { Workbench } from './support/workbench';
import { KIOSK_QUESTIONS, KIOSK_SETTINGS, kioskBankFiles, questionByStem, type FixtureQuestion } from './fixtures/kioskBank';
import { chooseOption, endExam, goToQuestion, kioskFrame, startCustomExam, stemText } from './support/kiosk';

const vscode = useVSCode({ workspaceFiles: kioskBankFiles(), settings: KIOSK_SETTINGS });

const quickInput = '.quick-input-widget';

/** Labels of the open QuickPick's rows (codicons are empty spans, so only the text remains). */
async function quickPickRows(workbench: Workbench): Promise<string[]> {
  return workbench.quickPickItems();
}

/** The fixture question the quick quiz is asking, found by a word of its stem among the rows. */
async function quizQuestion(workbench: Workbench): Promise<FixtureQuestion> {
  return waitFor(async () => {
    const rows = await quickPickRows(workbench);
    return KIOSK_QUESTIONS.find((q) => rows.some((row) => row.includes(q.marker)));
  }, { message: 'a quick-quiz question' });
}

/** Answers the quick quiz's question with `options` (texts): a click for one answer, ticks and Enter for more. */
async function answerQuiz(workbench: Workbench, options: readonly string[]): Promise<void> {
  const page = workbench.page;
  const row = (text: string): Locator => page.locator(`${quickInput} .quick-input-list .monaco-list-row`)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^[A-E]\\. ${text}$`) }) });
  if (options.length === 1) {
    await workbench.pickQuickPickItem(new RegExp(`^[A-E]\\. ${options[0]}$`));
    return;
  }
  for (const text of options) await row(text).click();
  await page.locator(`${quickInput} .quick-input-box input`).press('Enter');
}

/** Expands the bank's row in the Certifications view. */
async function expandBank(workbench: Workbench): Promise<void> {
  const bank = await workbench.waitForTreeRow('Certifications', /^Kiosk Test Exam/);
  if ((await bank.getAttribute('aria-expanded')) !== 'true') await bank.click();
  await workbench.waitForTreeRow('Certifications', /^Readiness: /);
}

vscode.test('an answer in the quick quiz changes the weak-areas view', async ({ workbench }) => {
  await workbench.openViewContainer('Exam Kiosk');
  await expandBank(workbench);
  const before = await workbench.treeRows('Certifications');
  assert.ok(before.some((r) => /^Readiness: not enough answers yet, 0 answers · 0 of 3 questions seen$/.test(r)), JSON.stringify(before));
  assert.ok(before.some((r) => /^2\. Data, Not enough answers yet, no answers yet, 40% of the exam$/.test(r)), JSON.stringify(before));

  await workbench.runCommand('Exam Kiosk: Quick Quiz');
  const q = await quizQuestion(workbench);
  const rows = await quickPickRows(workbench);
  assert.ok(rows.some((r) => r.startsWith(q.stem.slice(0, 20))), `the stem is shown: ${JSON.stringify(rows)}`);
  // Nothing is preselected: Enter before choosing answers nothing, and the question stays.
  await workbench.page.locator(`${quickInput} .quick-input-box input`).press('Enter');
  await waitFor(async () => (await quickPickRows(workbench)).some((r) => r.startsWith(q.stem.slice(0, 20))), { message: 'the question still there after an early Enter' });
  assert.doesNotMatch((await workbench.page.locator(`${quickInput} .quick-input-title`).textContent()) ?? '', /Correct|Incorrect/);
  if (q.correct.length > 1) {
    // Multiple response: three ticks are not an answer; the pick says how many and stays open.
    await answerQuiz(workbench, [q.correct[0], q.wrong[0], q.wrong[1]]);
    await waitFor(async () => /Choose exactly TWO \(you chose 3\)/.test((await workbench.page.locator(`${quickInput} .quick-input-box input`).getAttribute('placeholder')) ?? ''), { message: 'the count to be enforced' });
    await answerQuiz(workbench, [q.wrong[0], q.wrong[1], q.correct[1]]); // untick the wrong ones, tick the other right one
  } else {
    await answerQuiz(workbench, q.correct);
  }
  // The verdict, with the explanation as rows, then Stop.
  await waitFor(async () => /✓ Correct/.test((await workbench.page.locator(`${quickInput} .quick-input-title`).textContent()) ?? ''), { message: 'the verdict' });
  const verdictRows = await quickPickRows(workbench);
  assert.ok(verdictRows.some((r) => r.includes(`Explanation of ${q.id}`)), JSON.stringify(verdictRows));
  await workbench.pickQuickPickItem('Stop');

  const domain = q.domain === '1' ? '1\\. Services' : '2\\. Data';
  await workbench.waitForTreeRow('Certifications', new RegExp(`^${domain}, 60%, Not enough answers yet, 1 of 1 right`));
  await workbench.waitForTreeRow('Certifications', /^Readiness: not enough answers yet, 1 answer · 1 of 3 questions seen$/);
});

vscode.test('a finished exam appears in History, and "Retake Incorrect" starts an exam of exactly those questions', async ({ workbench }) => {
  await startCustomExam(workbench, { count: 3, time: 'untimed' });
  const frame = await kioskFrame(workbench, 3);
  const wrongOn = 'kio-1-2-compute';
  for (let n = 1; n <= 3; n++) {
    await goToQuestion(frame, n);
    const q = questionByStem(await stemText(frame));
    for (const text of q.id === wrongOn ? [q.wrong[0]] : q.correct) await chooseOption(frame, text);
  }
  await endExam(frame);

  await workbench.openViewContainer('Exam Kiosk');
  const row = await workbench.waitForTreeRow('History', /^KIO-C01 Custom exam · \d+ Fail, /);
  // The exam's answers reached progress too: 3 more answers than the quiz's one.
  await workbench.waitForTreeRow('Certifications', /^Readiness: .*, 4 answers · 3 of 3 questions seen$/);

  await row.hover();
  await row.locator('.action-label[aria-label="Retake Incorrect"]').click();
  const retake = await kioskFrame(workbench, 1);
  assert.equal(questionByStem(await stemText(retake)).id, wrongOn);
  await workbench.waitForTreeRow('History', /^KIO-C01 Retake, in progress/);
});

vscode.test('the Practice view answers a question and shows its explanation', async ({ workbench, diagnostics }) => {
  await workbench.openViewContainer('Exam Kiosk');
  const frame = await workbench.webviewFrame('.sidebar-main #stem', { timeout: 30_000 });
  const q = questionByStem(await frame.locator('#stem').textContent() ?? '');
  assert.match((await frame.locator('#why').textContent()) ?? '', /^(Review due|Priority topic|Answered recently|Changed since you answered it) · \d\.\d /);
  for (const text of q.correct) await frame.locator('li.option', { hasText: text }).first().locator('input').click();
  assert.equal(await frame.locator('.feedback').count(), 0, 'choosing commits nothing');
  await frame.locator('#check-answer').click();
  await frame.locator('.feedback .verdict').waitFor({ timeout: 10_000 });
  assert.equal(((await frame.locator('.feedback .verdict').textContent()) ?? '').trim(), 'Correct.');
  assert.match((await frame.locator('.feedback .explanation').textContent()) ?? '', new RegExp(`Explanation of ${q.id}`));
  assert.match((await frame.locator('#session').textContent()) ?? '', /^1 of 1 right$/);
  await frame.locator('#next-question').click();
  await waitFor(async () => (await frame.locator('.feedback').count()) === 0 && (await frame.locator('#stem').count()) === 1, { message: 'the next question' });
  assert.deepEqual(diagnostics.cspViolations, []);
});

vscode.test('Show Progress Charts draws a finished full mock exam on the score trend and each domain\'s mastery', async ({ workbench, diagnostics }) => {
  await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
  await workbench.answerDialog(/is still in progress/, 'Start Anyway'); // the retake of the test before
  await workbench.pickQuickPickItem(/Full mock exam/);
  const frame = await kioskFrame(workbench, 3);
  for (let n = 1; n <= 3; n++) {
    await goToQuestion(frame, n);
    for (const text of questionByStem(await stemText(frame)).correct) await chooseOption(frame, text);
  }
  await endExam(frame);
  const scaled = ((await frame.locator('#scaled-score').textContent()) ?? '').trim();

  await workbench.runCommand('Exam Kiosk: Show Progress Charts');
  const charts = await workbench.webviewFrame('#mastery-title', { timeout: 30_000 });
  const score = charts.locator('svg[aria-labelledby="score-svg-title score-svg-desc"]');
  await score.waitFor();
  assert.match((await charts.locator('#score-svg-desc').textContent()) ?? '', new RegExp(`^1 mock exam; latest ${scaled} \\(pass\\), best ${scaled}, passing score 700\\.$`));
  assert.equal(await score.locator('circle.point.pass').count(), 1, 'one point for the one full mock exam');
  const scoreRows = await charts.locator('section[aria-labelledby="score-title"] tbody tr').allTextContents();
  assert.equal(scoreRows.length, 1);
  assert.match(scoreRows[0], new RegExp(`${scaled}Pass100%`));

  const mastery = charts.locator('svg[aria-labelledby="mastery-svg-title mastery-svg-desc"]');
  assert.equal(await mastery.locator('g.series').count(), 2, 'a line for each of the two domains');
  assert.match((await charts.locator('#mastery-svg-desc').textContent()) ?? '', /Latest: domain 1 \d+%, domain 2 \d+%\. \d+% meets competencies\.$/);
  assert.match((await charts.locator('#readiness').textContent()) ?? '', /\S/);
  assert.deepEqual(diagnostics.cspViolations, []);
});
