/** Driving the kiosk webview from tests: start an exam through the command palette and act on questions. */
import type { Frame } from 'playwright-core';
import type { Workbench } from './workbench';
import { waitFor } from './waitFor';

export interface CustomExamChoice {
  count: number;
  /** `'untimed'`, or whole minutes entered through "Other…". */
  time: 'untimed' | number;
}

/** Runs "Start Practice Exam…" → Custom exam → all domains → count → time, and returns the kiosk frame. */
export async function startCustomExam(workbench: Workbench, choice: CustomExamChoice): Promise<Frame> {
  return (await startCustomExamMeasured(workbench, choice)).frame;
}

/**
 * The same, also measuring the time from the last answer to the prompts (the moment the exam starts) until the
 * first question is on screen, polled every 10 ms.
 */
export async function startCustomExamMeasured(workbench: Workbench, choice: CustomExamChoice): Promise<{ frame: Frame; firstQuestionMs: number }> {
  await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
  const started = await answerCustomExamPrompts(workbench, choice);
  const frame = await waitFor(async () => {
    for (const candidate of workbench.page.frames()) {
      if (!candidate.isDetached() && (await candidate.locator('body:not([data-preview]) .kiosk-main #stem').count().catch(() => 0)) > 0) return candidate;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    return undefined;
  }, { timeout: 30_000, message: 'the first question of the exam' });
  return { frame, firstQuestionMs: Date.now() - started };
}

/**
 * Answers the prompts of a custom exam once the kind of exam is asked (Custom exam → all domains → count → time);
 * returns the moment the last answer was given.
 */
export async function answerCustomExamPrompts(workbench: Workbench, choice: CustomExamChoice): Promise<number> {
  await workbench.pickQuickPickItem(/Custom exam/);
  await acceptQuickInput(workbench, /what to include/);
  await workbench.answerInputBox(String(choice.count));
  if (choice.time === 'untimed') {
    const started = Date.now();
    await workbench.pickQuickPickItem(/^Untimed/);
    return started;
  }
  await workbench.pickQuickPickItem(/^Other/);
  const started = Date.now();
  await workbench.answerInputBox(String(choice.time));
  return started;
}

/** Accepts a multi-select QuickPick as it is (Enter), once its title matches. */
export async function acceptQuickInput(workbench: Workbench, title: RegExp): Promise<void> {
  const page = workbench.page;
  await waitFor(async () => title.test((await page.locator('.quick-input-widget .quick-input-title').textContent()) ?? ''), { message: `a quick input titled ${title}` });
  await page.locator('.quick-input-widget .quick-input-box input').press('Enter');
}

export async function stemText(frame: Frame): Promise<string> {
  return (await frame.locator('#stem').textContent()) ?? '';
}

/** Clicks the option whose text is `text` and waits until the host has saved it. */
export async function chooseOption(frame: Frame, text: string): Promise<void> {
  const before = await ackOf(frame);
  const option = frame.locator('li.option', { hasText: text }).first();
  await option.locator('input').click();
  await waitForAck(frame, before);
}

/** The `seq` of the last action the host confirmed as saved. */
export async function ackOf(frame: Frame): Promise<number> {
  return Number((await frame.locator('body').getAttribute('data-ack')) ?? 0);
}

export async function waitForAck(frame: Frame, after: number, timeout = 10_000): Promise<void> {
  await waitFor(async () => (await ackOf(frame)) > after, { timeout, message: `the host to acknowledge an action after ${after}` });
}

/** "Question 2 of 3" → 2. */
export async function questionNumber(frame: Frame): Promise<number> {
  const text = (await frame.locator('#counter').textContent()) ?? '';
  return Number(/Question (\d+) of/.exec(text)?.[1] ?? NaN);
}

/** Seconds left on the kiosk's timer ("Time remaining 0:29:41"). */
export async function secondsLeft(frame: Frame): Promise<number> {
  const text = (await frame.locator('.timer').textContent()) ?? '';
  const match = /(\d+):(\d\d):(\d\d)/.exec(text);
  if (!match) throw new Error(`no time in "${text}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** The kiosk's frame whose counter reads "Question n of `total`" (the Practice view has a question too, but no counter). */
export async function kioskFrame(workbench: Workbench, total: number): Promise<Frame> {
  return waitFor(async () => {
    for (const frame of workbench.page.frames()) {
      if (frame.isDetached() || (await frame.locator('.kiosk-header #counter').count()) === 0) continue;
      if (new RegExp(`Question \\d+ of ${total}$`).test(((await frame.locator('#counter').textContent()) ?? '').trim())) return frame;
    }
    return undefined;
  }, { timeout: 30_000, message: `a kiosk exam of ${total} questions` });
}

/** Moves forward with Next until the kiosk shows question `n`. */
export async function goToQuestion(frame: Frame, n: number): Promise<void> {
  if ((await questionNumber(frame)) === n) return;
  await frame.locator('#next').click();
  await waitFor(async () => (await questionNumber(frame)) === n, { message: `question ${n}` });
}

/** Ends the exam through "End exam" and its confirmation, and waits for the score report. */
export async function endExam(frame: Frame): Promise<void> {
  await frame.locator('#end-exam').click();
  await frame.locator('#confirm-end').click();
  await frame.locator('#scaled-score').waitFor({ timeout: 15_000 });
}
