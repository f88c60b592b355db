/**
 * Takes the README's screenshots from the real extension in real VS Code (code-server + Chromium), on a copy of
 * the bundled CLF-C02 bank with some progress history: `npm run screenshots` writes docs/screenshots/*.png.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { loadBank } from '../src/core/bank/loadBank';
import type { Question } from '../src/core/bank/model';
import { scaledScore } from '../src/core/exam/scaledScore';
import type { ExamOutcome } from '../src/core/progress/outcomes';
import { createAnswerRecord, type AnswerRecord } from '../src/core/progress/records';
import { exportProgress } from '../src/core/progress/transfer';
import { seededRandom } from '../src/core/random';
import { launchChromium } from '../test/e2e/support/browser';
import { CodeServer } from '../test/e2e/support/codeServer';
import { ensureE2eInstalled } from '../test/e2e/support/install';
import { repoRoot } from '../test/e2e/support/paths';
import { waitFor } from '../test/e2e/support/waitFor';
import { Workbench } from '../test/e2e/support/workbench';

const OUT = path.join(repoRoot, 'docs', 'screenshots');
const DAY = 86_400_000;

/** How often a made-up learner gets each domain right: strong on concepts, weak on billing. */
const ACCURACY: Record<string, number> = { '1': 0.85, '2': 0.62, '3': 0.74, '4': 0.45 };

function history(questions: readonly Question[], now: number): { records: AnswerRecord[]; exams: ExamOutcome[] } {
  const random = seededRandom(7);
  const records: AnswerRecord[] = [];
  for (let i = 0; i < 240; i++) {
    const q = questions[Math.floor(random() * questions.length)];
    const answeredAt = now - Math.floor((1 - i / 240) * 28 * DAY);
    records.push(createAnswerRecord(q, { correct: random() < (ACCURACY[q.domain] ?? 0.7), timeMs: 30_000 + random() * 60_000, answeredAt, mode: 'practice' }, `seed-${i}`));
  }
  const exams = [0.58, 0.66, 0.71, 0.78].map((p, k): ExamOutcome => ({
    examId: `seed-mock-${k}`,
    bankId: 'clf-c02',
    finishedAt: now - (24 - k * 7) * DAY,
    scaled: scaledScore(p, 700),
    passed: scaledScore(p, 700) >= 700,
    percent: Math.round(p * 100),
    perDomain: {},
  }));
  return { records, exams };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`  ${name}.png`);
}

async function kiosk(workbench: Workbench): Promise<Frame> {
  return workbench.webviewFrame('.kiosk-main #stem', { timeout: 30_000 });
}

async function main(): Promise<void> {
  await ensureE2eInstalled();
  fs.mkdirSync(OUT, { recursive: true });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'exam-kiosk-shots-'));
  fs.cpSync(path.join(repoRoot, 'question-banks', 'clf-c02'), path.join(workspace, 'clf-c02'), { recursive: true });
  const bank = await loadBank(path.join(workspace, 'clf-c02'));
  const progress = history(bank.questions, Date.now());
  const exportFile = path.join(workspace, 'progress-export.json');
  fs.writeFileSync(exportFile, exportProgress(progress.records, progress.exams, Date.now()));

  const server = await CodeServer.start({ workspaceFolder: workspace, settings: { 'files.autoSave': 'off', 'workbench.colorTheme': 'Default Dark Modern' } });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 820 } })).newPage();
    const workbench = await Workbench.open(page, server.workbenchUrl());

    await workbench.runCommand('Exam Kiosk: Import Progress…');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => (await input.isVisible()) && (await input.inputValue()) !== '', { message: 'the file dialog' });
    await input.fill(exportFile);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor();
    await page.locator('.quick-input-widget .monaco-button', { hasText: 'Import' }).click();
    await workbench.waitForNotification(/Imported 240 answers/);

    // First run: the Get Started walkthrough.
    await workbench.runCommand('Exam Kiosk: Get Started');
    await page.locator('.getting-started-step').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    await shot(page, 'walkthrough');
    await workbench.runCommand('View: Close All Editors');

    // An exam date three weeks ahead, so the sidebar and the status bar plan towards it.
    await workbench.runCommand('Exam Kiosk: Set Exam Date…');
    await workbench.pickQuickPickItem(/Cloud Practitioner/);
    await waitFor(async () => /Set Exam Date: CLF-C02/.test((await page.locator('.quick-input-widget .quick-input-title').textContent()) ?? ''), { message: 'the exam date box' });
    await input.fill('in 3 weeks');
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
    await workbench.waitForNotification(/CLF-C02 exam on/);

    // The kiosk during a full mock exam.
    await workbench.runCommand('Exam Kiosk: Start Practice Exam…');
    await workbench.pickQuickPickItem(/Cloud Practitioner/);
    await workbench.pickQuickPickItem(/Full mock exam/);
    const frame = await kiosk(workbench);
    const byStem = (stem: string): Question | undefined => bank.questions.find((q) => stem.includes(q.stem.split('\n')[0].slice(0, 60)));
    const random = seededRandom(11);
    for (let n = 1; n <= 65; n++) {
      const q = byStem((await frame.locator('#stem').textContent()) ?? '');
      const right = q ? q.options.filter((o) => o.correct).map((o) => o.markdown) : [];
      const wrong = q ? q.options.filter((o) => !o.correct).map((o) => o.markdown) : [];
      const answer = random() < 0.8 || wrong.length === 0 ? right : wrong.slice(0, Math.max(1, right.length));
      for (const text of answer) {
        await frame.locator('li.option', { hasText: text.replace(/[*`_]/g, '') }).first().locator('input').click().catch(() => undefined);
        await page.waitForTimeout(60);
      }
      if (n === 3 || n === 9 || n === 21) await frame.locator('#flag').click();
      if (n === 5) {
        await frame.locator('#toggle-comment').click();
        await frame.locator('#comment').fill('The stem could say whether the company already uses AWS Organizations.');
        await page.waitForTimeout(600);
        await shot(page, 'kiosk-question');
      }
      if (n < 65) {
        await frame.locator('#next').click();
        await waitFor(async () => Number(/Question (\d+)/.exec((await frame.locator('#counter').textContent()) ?? '')?.[1]) === n + 1, { message: `question ${n + 1}` });
      }
    }
    await frame.locator('#review').click();
    await shot(page, 'kiosk-review');
    await frame.locator('#end-exam').click();
    await shot(page, 'kiosk-end-dialog');
    await frame.locator('#confirm-end').click();
    await frame.locator('#scaled-score').waitFor();
    await shot(page, 'score-report');
    await frame.locator('#review-answers').click();
    await frame.locator('article.result-item').first().waitFor();
    await shot(page, 'answer-review');

    // The sidebar: readiness and mastery, the Practice view.
    await workbench.runCommand('View: Close All Editors');
    await workbench.openViewContainer('Exam Kiosk');
    // A wider side bar, as someone practising beside their code would set it.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      const edge = sidebar.x + sidebar.width;
      const sashes = page.locator('.monaco-sash.vertical');
      for (let i = 0; i < (await sashes.count()); i++) {
        const box = await sashes.nth(i).boundingBox();
        if (!box || Math.abs(box.x + box.width / 2 - edge) > 4 || box.height < 200) continue;
        await page.mouse.move(edge, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(edge + 230, box.y + box.height / 2, { steps: 10 });
        await page.mouse.up();
        break;
      }
    }
    for (const title of ['Blueprint Coverage', 'Feedback', 'History']) {
      const header = page.locator('.pane-header', { hasText: title }).first();
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    const clf = await workbench.waitForTreeRow('Certifications', /Cloud Practitioner/);
    if ((await clf.getAttribute('aria-expanded')) !== 'true') await clf.click();
    await workbench.waitForTreeRow('Certifications', /^Readiness/);
    const practice = await workbench.webviewFrame('.sidebar-main #stem', { timeout: 30_000 }).catch(() => undefined);
    if (practice) {
      if ((await practice.locator('#next-question').count()) > 0) await practice.locator('#next-question').click();
      await page.waitForTimeout(500);
      await practice.locator('li.option input').first().click().catch(() => undefined);
      await page.waitForTimeout(500);
      await practice.locator('#stem').scrollIntoViewIfNeeded().catch(() => undefined);
    }
    await workbench.waitForTreeRow('Certifications', /days to CLF-C02/);
    await page.waitForTimeout(800);
    await shot(page, 'sidebar');

    await workbench.runCommand('Exam Kiosk: Show Progress Charts');
    await page.waitForTimeout(2500);
    await shot(page, 'progress-charts');
    await workbench.runCommand('View: Close All Editors');

    await workbench.runCommand('Exam Kiosk: Quick Quiz');
    await workbench.pickQuickPickItem(/Cloud Practitioner/);
    await page.waitForTimeout(600);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor();
    await shot(page, 'quick-quiz');
    await page.keyboard.press('Escape');

    // Contributors: live linting in the Problems panel, the quick fix, and the preview.
    const draft = path.join(workspace, 'clf-c02', 'questions', 'd3-technology-services', 'clf-3-5-draft-edge-caching.md');
    fs.writeFileSync(draft, `---
id: clf-3-5-draft-edge-caching
domain: "3"
task: "3.5"
tags: [amazon-cloudfront]
references:
  - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Introduction.html
updated: 2026-11-25
---

A media company serves the same video thumbnails to viewers on every continent and wants them delivered with low
latency from locations close to the viewers. Which AWS services or features help?

- [x] Amazon CloudFront edge locations
- [x] CloudFront caching of the thumbnails at the edge
- [ ] A larger Amazon EC2 instance in one Region
- [ ] Amazon EBS Provisioned IOPS volumes
- [ ] AWS Direct Connect from each viewer

## Explanation

**CloudFront** caches content at edge locations close to viewers.
`);
    await page.waitForTimeout(1500);
    // The editor, the preview and the Problems panel need the room the sidebar took.
    await workbench.runCommand('View: Close Primary Side Bar');
    await workbench.openFile('clf-3-5-draft-edge-caching.md');
    await workbench.runCommand('Exam Kiosk: Preview Question');
    const preview = await workbench.webviewFrame('#empty', { timeout: 30_000 });
    await waitFor(async () => /cannot be shown yet/.test((await preview.locator('#empty').textContent()) ?? ''), { message: 'the preview saying why' });
    await workbench.openProblems();
    await page.waitForTimeout(1500);
    await shot(page, 'contributor-lint-preview');
  } finally {
    await browser.close();
    await server.dispose();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(() => console.log(`screenshots written to ${path.relative(process.cwd(), OUT)}`), (error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
