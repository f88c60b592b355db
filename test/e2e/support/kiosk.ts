/** Driving the kiosk webview from tests: start an exam through the command palette and act on questions. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
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

/** The exam file as the host saved it (the fields tests compare with the screen). */
export interface ExamOnDisk {
  id: string;
  deadline: number | null;
  current: number;
  status: string;
  items: { questionId: string; selected: number[]; flagged: boolean; comment: string }[];
}

export function readExamFile(globalStoragePath: string, examId: string): ExamOnDisk {
  return JSON.parse(fs.readFileSync(path.join(globalStoragePath, 'exams', `${examId}.json`), 'utf8'));
}

/** The id of the exam a kiosk frame shows. */
export async function examIdOf(frame: Frame): Promise<string> {
  return (await frame.locator('body').getAttribute('data-exam-id')) ?? '';
}

/** What the candidate sees that an action could change. */
export interface KioskView {
  question: number;
  chosen: string[];
  flagged: boolean;
  screen: 'question' | 'review' | 'report' | 'other';
  dialog: boolean;
  comment: string;
}

export async function kioskView(frame: Frame): Promise<KioskView> {
  const screen = (await frame.locator('#review-heading').count()) ? 'review'
    : (await frame.locator('#report-heading').count()) ? 'report'
      : (await frame.locator('#question-heading').count()) ? 'question' : 'other';
  return {
    question: await questionNumber(frame),
    chosen: (await frame.locator('li.option:has(input:checked) .text').allTextContents()).map((t) => t.trim()),
    flagged: (await frame.locator('#flag').getAttribute('aria-pressed').catch(() => null)) === 'true',
    screen,
    dialog: (await frame.locator('#end-dialog').count()) > 0,
    comment: (await frame.locator('#comment').count()) ? await frame.locator('#comment').inputValue() : '',
  };
}

/** Types like a person: one key at a time, `delayMs` apart. */
export async function typeSlowly(page: Page, text: string, delayMs = 90): Promise<void> {
  await page.keyboard.type(text, { delay: delayMs });
}

/** The id of the focused element inside `frame`, or its tag name. */
export async function focusedIn(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const active = (globalThis as any).document.activeElement;
    return active ? active.id || active.tagName.toLowerCase() : '';
  });
}

/** Seconds left on the status bar's exam item ("KIO-C01 0:19:41"), or undefined when it shows none. */
export async function statusBarSecondsLeft(page: Page): Promise<number | undefined> {
  const items = await page.locator('.statusbar-item').allTextContents();
  for (const text of items) {
    const match = /(\d+):(\d\d):(\d\d)/.exec(text);
    if (match) return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  }
  return undefined;
}

/**
 * Answers questions 1 to `total` with the keyboard only, as a candidate does: a letter per option asked for (two
 * or three for "Select TWO/THREE"), Alt+F on every `flagEvery`th question, Alt+N to the next; each key waits
 * for the host's acknowledgement. Returns how many questions were flagged.
 */
export async function answerAllByKeyboard(page: Page, frame: Frame, total: number, flagEvery = 0): Promise<number> {
  let flagged = 0;
  for (let n = 1; n <= total; n++) {
    if (await questionNumber(frame) !== n) throw new Error(`expected question ${n}, the kiosk shows ${await questionNumber(frame)}`);
    const instruction = (await frame.locator('#instruction').textContent()) ?? '';
    const count = /Select two/i.test(instruction) ? 2 : /Select three/i.test(instruction) ? 3 : 1;
    const keys = ['a', 'b', 'c'].slice(0, count);
    if (flagEvery > 0 && n % flagEvery === 0) {
      keys.push('Alt+F');
      flagged++;
    }
    if (n < total) keys.push('Alt+N');
    for (const key of keys) {
      const before = await ackOf(frame);
      await page.keyboard.press(key);
      await waitForAck(frame, before);
    }
  }
  return flagged;
}
