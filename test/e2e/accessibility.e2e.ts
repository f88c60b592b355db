/**
 * Every screen of the kiosk, the sidebar's Practice view and the progress charts, checked with axe-core inside
 * the real webview frames (WCAG 2.0, 2.1 and 2.2, A and AA) in the four kinds of theme: Dark Modern, Light
 * Modern, Dark High Contrast and Light High Contrast. Focus must also be visible on everything that takes it: a
 * ring of at least 2 px in the theme's focus colour.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useVSCode, type VSCodeSession } from './support/fixture';
import { waitFor } from './support/waitFor';

import { axeViolations, describeViolations } from './support/axe';
import { KIOSK_SETTINGS, kioskBankFiles, questionByStem } from './fixtures/kioskBank';
import { ackOf, chooseOption, questionNumber, startCustomExam, stemText, waitForAck } from './support/kiosk';

const vscode = useVSCode({ workspaceFiles: kioskBankFiles(), settings: KIOSK_SETTINGS, testTimeout: 300_000 });

const THEMES = [
  { name: 'Default Dark Modern', label: 'Dark Modern', workbench: 'vs-dark', page: 'vscode-dark' },
  { name: 'Default Light Modern', label: 'Light Modern', workbench: 'vs', page: 'vscode-light' },
  { name: 'Default High Contrast', label: 'Dark High Contrast', workbench: 'hc-black', page: 'vscode-high-contrast' },
  { name: 'Default High Contrast Light', label: 'Light High Contrast', workbench: 'hc-light', page: 'vscode-high-contrast-light' },
] as const;
type Theme = (typeof THEMES)[number];

/**
 * Switches the colour theme in the user settings and starts VS Code again with it (the web workbench reads its
 * theme when it loads; its theme picker lists nothing here, where no marketplace is reachable).
 */
async function setTheme(session: VSCodeSession, theme: Theme): Promise<void> {
  const page = session.page;
  if ((await page.locator(`.monaco-workbench.${theme.workbench}`).count()) === 0) {
    const file = path.join(session.server.userDataDir, 'User', 'settings.json');
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), 'workbench.colorTheme': theme.name }, null, 2));
    await session.restartVSCode();
  }
  await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor({ timeout: 30_000 });
}

async function expectNoViolations(frame: Frame, theme: Theme, screen: string): Promise<void> {
  await waitFor(async () => (await frame.locator(`body.${theme.page}`).count()) === 1, { message: `the ${theme.name} colours in the page` });
  const violations = await axeViolations(frame);
  assert.equal(violations.length, 0, `${screen} in ${theme.name}:\n${describeViolations(violations)}`);
}

/** The focused element's outline, as drawn: its width in px, style and colour, and the theme's focus colour. */
async function focusRing(frame: Frame): Promise<{ id: string; width: number; style: string; color: string; focusBorder: string }> {
  return frame.evaluate(() => {
    const doc = (globalThis as any).document;
    const el = doc.activeElement;
    const style = (globalThis as any).getComputedStyle(el);
    const probe = doc.createElement('span');
    probe.style.color = 'var(--vscode-focusBorder)';
    doc.body.append(probe);
    const focusBorder = (globalThis as any).getComputedStyle(probe).color;
    probe.remove();
    return { id: `${el.tagName.toLowerCase()}#${el.id}.${el.className}`, width: parseFloat(style.outlineWidth), style: style.outlineStyle, color: style.outlineColor, focusBorder };
  });
}

async function expectFocusRing(page: Page, frame: Frame, key: string, what: string): Promise<void> {
  await page.keyboard.press(key);
  const ring = await focusRing(frame);
  assert.ok(ring.width >= 2 && ring.style !== 'none', `${what}: a visible focus ring (${JSON.stringify(ring)})`);
  assert.equal(ring.color, ring.focusBorder, `${what}: drawn in the theme's focus colour`);
}

for (const theme of THEMES) {
  vscode.test(`every screen meets WCAG 2.2 AA in ${theme.name}, with focus visible on every control`, async (session) => {
    const { workbench, page } = session;
    await setTheme(session, theme);
    const frame = await startCustomExam(workbench, { count: 3, time: 20 });

    // The three questions (single and multiple response), each with the keyboard's focus ring.
    for (let n = 1; n <= 3; n++) {
      if (n > 1) {
        const before = await ackOf(frame);
        await frame.locator('#next').click();
        await waitForAck(frame, before);
      }
      assert.equal(await questionNumber(frame), n);
      const q = questionByStem(await stemText(frame));
      await chooseOption(frame, q.correct[0]);
      await expectNoViolations(frame, theme, `question ${n} (${q.correct.length > 1 ? 'multiple response' : 'single answer'})`);
      await frame.locator('#question-heading').focus();
      await expectFocusRing(page, frame, 'Tab', `the ${q.correct.length > 1 ? 'checkbox' : 'radio button'} of question ${n}`);
      await expectFocusRing(page, frame, 'Tab', 'a strike-out button');
    }
    await page.keyboard.press('Alt+C');
    await waitFor(async () => (await frame.evaluate(() => (globalThis as any).document.activeElement?.id)) === 'comment', { message: 'the comment box focused' });
    const ring = await focusRing(frame);
    assert.ok(ring.width >= 2 && ring.color === ring.focusBorder, `the comment box: ${JSON.stringify(ring)}`);
    await page.keyboard.press('Escape');
    await expectNoViolations(frame, theme, 'the question with its comment box open');

    await page.keyboard.press('Alt+R');
    await frame.locator('#review-heading').waitFor();
    await expectNoViolations(frame, theme, 'the review screen');
    await expectFocusRing(page, frame, 'ArrowRight', 'a review tile');
    await expectFocusRing(page, frame, 'Tab', 'Back to question');

    await page.keyboard.press('Alt+E');
    await frame.locator('#end-dialog').waitFor();
    await expectNoViolations(frame, theme, 'the end-exam dialog');
    await frame.locator('#confirm-end').click();
    await frame.locator('#scaled-score').waitFor({ timeout: 15_000 });
    await expectNoViolations(frame, theme, 'the score report');
    await frame.locator('#review-answers').click();
    await frame.locator('#answers-heading').waitFor();
    await expectNoViolations(frame, theme, 'the answer review');
    await frame.locator('#back-to-report').focus();
    await expectFocusRing(page, frame, 'Tab', 'the first link of the review');

    // The sidebar's Practice view, before and after its verdict; it fits the side bar's default width.
    await workbench.openViewContainer('Exam Kiosk');
    const practice = await workbench.webviewFrame('.sidebar-main #stem', { timeout: 30_000 });
    if ((await practice.locator('#next-question').count()) > 0) await practice.locator('#next-question').click();
    await practice.locator('#check-answer').waitFor();
    await expectNoViolations(practice, theme, 'the Practice view');
    const q = questionByStem(await stemText(practice));
    for (const text of q.correct) await practice.locator('li.option', { hasText: text }).first().locator('input').click();
    await practice.locator('#check-answer').click();
    await practice.locator('#verdict').waitFor();
    await expectNoViolations(practice, theme, 'the Practice view with its verdict');
    const widths = await practice.evaluate(() => [(globalThis as any).document.documentElement.scrollWidth, (globalThis as any).document.documentElement.clientWidth]);
    assert.ok(widths[0] <= widths[1], `no horizontal scrolling in the Practice view (${widths.join(' > ')})`);

    // The progress charts.
    await workbench.runCommand('Exam Kiosk: Show Progress Charts');
    const charts = await workbench.webviewFrame('#mastery-title', { timeout: 30_000 });
    await expectNoViolations(charts, theme, 'the progress charts');
    await workbench.runCommand('View: Close All Editors');
  });
}
