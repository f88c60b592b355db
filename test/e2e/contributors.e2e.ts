/**
 * The contributor tools in real VS Code: a broken option list typed into a question file shows in the Problems
 * panel before the file is saved, and its quick fix repairs it; "New Question…" creates a file that validates
 * once its placeholders are filled; search finds a question by a word of its explanation and opens it at the
 * stem; the Blueprint Coverage view lists the bank's domains and answer-length cues, copies its table, and warns
 * about a bank whose keys are mostly the longest option; a question checked years ago
 * is listed as stale, warned about at its date, and opened there.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { useVSCode } from './support/fixture';
import { repoRoot } from './support/paths';
import { waitFor } from './support/waitFor';

const miniBank = path.join(repoRoot, 'test/fixtures/banks/mini-bank');
const read = (relative: string): string => fs.readFileSync(path.join(miniBank, relative), 'utf8');

const TYPING_FILE = 'mini-bank/questions/d1/mini-1-1-typing.md';
const typingQuestion = `---
id: mini-1-1-typing
domain: "1"
task: "1.1"
tags: [elasticity]
references:
  - https://docs.aws.amazon.com/whitepapers/latest/aws-overview/six-advantages-of-cloud-computing.html
updated: 2026-11-01
---

A retailer's traffic triples for two days each year. Which benefit lets it pay for the extra capacity only then?

- [x] Elasticity
- [ ] High availability
- [ ] Economies of scale
- [ ] Global reach

## Explanation

**Elasticity** adds capacity when demand rises and removes it after.
`;
const lastOptionLine = typingQuestion.split('\n').indexOf('- [ ] Global reach') + 1;

const SEARCH_FILE = 'mini-bank/questions/d1/mini-1-2-search-target.md';
const searchQuestion = `---
id: mini-1-2-search-target
domain: "1"
task: "1.2"
tags: [reliability]
references:
  - https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/welcome.html
updated: 2026-11-01
---

Which design keeps a web tier running when one server fails?

- [x] Several instances behind a load balancer
- [ ] One larger instance
- [ ] A bigger disk
- [ ] A second security group

## Explanation

Spreading the tier over several instances removes the single point of failure, much as a quorum survives
the loss of one voter.
`;
const searchStemLine = searchQuestion.split('\n').findIndex((line) => line.startsWith('Which design')) + 1;

const vscode = useVSCode({
  workspaceFiles: {
    'mini-bank/bank.md': read('bank.md'),
    'mini-bank/questions/d1/mini-1-1-elasticity.md': read('questions/d1/mini-1-1-elasticity.md'),
    'mini-bank/questions/d1/mini-1-2-two-answers.md': read('questions/d1/mini-1-2-two-answers.md'),
    'mini-bank/questions/d2/mini-2-1-advanced.md': read('questions/d2/mini-2-1-advanced.md'),
    [TYPING_FILE]: typingQuestion,
    [SEARCH_FILE]: searchQuestion,
  },
  // VS Code in a browser saves after a delay by default; these tests need unsaved text to stay unsaved.
  settings: { 'examKiosk.includeBundledBanks': false, 'files.autoSave': 'off' },
});

/** Moves the active editor's cursor to the end of a 1-based line with "Go to Line". */
async function goToLineEnd(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

/** The "Ln N, Col M" the status bar shows for the active editor. */
async function cursorPosition(page: Page): Promise<string> {
  return ((await page.locator('#status\\.editor\\.selection').textContent()) ?? '').trim();
}

vscode.test('a plain list item typed among the options is an error before saving, and its quick fix repairs it', async ({ workbench, page, workspaceFolder }) => {
  const file = path.join(workspaceFolder!, TYPING_FILE);
  await workbench.openFile(path.basename(TYPING_FILE));
  await workbench.typeInEditor('', { at: 'start' });
  await goToLineEnd(page, lastOptionLine);
  await page.keyboard.type('\n- Pay for capacity only when it runs');

  const problem = await workbench.waitForProblem((p) => p.file === file && p.code === 'option-not-task', { message: 'option-not-task for the typed line' });
  assert.equal(problem.line, lastOptionLine + 1);
  assert.equal(problem.column, 1);
  assert.equal(problem.severity, 'error');
  assert.ok(!fs.readFileSync(file, 'utf8').includes('Pay for capacity'), 'the problem comes from the unsaved text');
  await page.locator('.editor-group-container.active .tab.active.dirty').waitFor();

  // Reading the Problems panel focused it: back to the typed line, where Ctrl+. lists the quick fixes.
  await page.locator('.editor-group-container.active .view-line', { hasText: 'Pay for capacity' }).click();
  await page.keyboard.press('Control+.');
  // The preferred fix is the focused row; the widget blocks pointer events, so it is applied with Enter.
  const fix = page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Turn this list item into an option' });
  await fix.first().waitFor();
  await page.keyboard.press('Enter');
  await waitFor(async () => (await workbench.editorText()).includes('- [ ] Pay for capacity only when it runs'), { message: 'the fixed option in the editor' });
  await waitFor(async () => !(await workbench.problems()).some((p) => p.file === file), { message: 'no problem left in the unsaved file' });

  await page.keyboard.press('Control+S');
  await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached' });
  assert.match(fs.readFileSync(file, 'utf8'), /- \[ \] Global reach\n- \[ \] Pay for capacity only when it runs\n/);
  await waitFor(async () => !(await workbench.problems()).some((p) => p.file === file), { message: 'no problem once saved' });
});

vscode.test('New Question… creates a question file that validates once its placeholders are filled', async ({ workbench, page, workspaceFolder }) => {
  await workbench.runCommand('Exam Kiosk: New Question…');
  await workbench.pickQuickPickItem(/^1\. Basics/);
  await workbench.pickQuickPickItem(/^1\.2 Apply the basics/);
  await workbench.pickQuickPickItem('Multiple response: select TWO');
  await workbench.answerInputBox('reliability practices');

  const created = path.join(workspaceFolder!, 'mini-bank/questions/d1/mini-1-2-reliability-practices.md');
  await waitFor(() => fs.existsSync(created), { message: `${created} to be created` });
  await page.locator('.editor-group-container.active .tab.active[aria-label^="mini-1-2-reliability-practices.md"]').waitFor();
  const text = fs.readFileSync(created, 'utf8');
  assert.match(text, /^---\nid: mini-1-2-reliability-practices\ndomain: "1"\ntask: "1\.2"\n/);
  assert.match(text, /\(Select TWO\.\)/);

  // Only the new file has placeholders, and every problem shown is one (the panel's list may be scrolled
  // past the row naming the file, so rows are told apart by their code).
  await waitFor(async () => (await workbench.problems()).some((p) => p.code === 'placeholder-text'), { message: 'the template\'s placeholder problems' });
  // Rows still being rendered read as empty; only real ones count.
  const shown = (await workbench.problems()).filter((p) => p.severity !== ('' as string));
  assert.deepEqual([...new Set(shown.map((p) => p.code))], ['placeholder-text'], JSON.stringify(shown, null, 1));

  // What an author does: real tags and reference, and text in place of every TODO prompt.
  fs.writeFileSync(created, text
    .replace('tags: [todo]', 'tags: [reliability]')
    .replace('https://docs.aws.amazon.com/TODO', 'https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/welcome.html')
    .replace(/TODO: /g, ''));
  await waitFor(async () => (await workbench.problems()).length === 0, { message: 'no problem left in the filled-in question' });
});

vscode.test('Search Questions finds a question by a word of its explanation and opens it at the stem', async ({ workbench, page, workspaceFolder }) => {
  await workbench.runCommand('Exam Kiosk: Search Questions');
  await page.locator('.quick-input-widget .quick-input-box input').fill('quorum');
  await workbench.pickQuickPickItem(/^Which design keeps a web tier running/);
  await page.locator(`.editor-group-container.active .tab.active[aria-label^="${path.basename(SEARCH_FILE)}"]`).waitFor();
  await waitFor(async () => (await cursorPosition(page)).startsWith(`Ln ${searchStemLine}, Col 1`), { message: `the cursor at the stem (line ${searchStemLine})` });
  assert.ok(fs.existsSync(path.join(workspaceFolder!, SEARCH_FILE)));
});

/**
 * Collapses the other sections of the Exam Kiosk side bar, so the Blueprint Coverage tree has the height to show
 * all its rows (a tree only renders the rows in view).
 */
async function roomForCoverage(page: Page): Promise<void> {
  for (const name of ['Certifications', 'Practice', 'History', 'Feedback']) {
    const header = page.locator(`.pane-header[aria-label="${name} Section"]`).first();
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }
}

vscode.test('the Blueprint Coverage view shows the bank\'s domains against their weights, and its answer-length cues', async ({ workbench, page }) => {
  await workbench.openViewContainer('Exam Kiosk');
  await workbench.waitForTreeRow('Blueprint Coverage', /MINI-C01/);
  await roomForCoverage(page);
  await workbench.waitForTreeRow('Blueprint Coverage', /1\. Basics/);
  await workbench.waitForTreeRow('Blueprint Coverage', /2\. Advanced/);

  // "Copy Coverage Table" on the bank's row puts the pull-request table on the clipboard.
  const bank = await workbench.waitForTreeRow('Blueprint Coverage', /MINI-C01/);
  await bank.hover();
  await bank.locator('.action-label[aria-label="Copy Coverage Table"]').click();
  const table = await waitFor(async () => {
    const text = String(await workbench.page.evaluate('navigator.clipboard.readText()')); // the test's tsconfig has no DOM types
    return text.startsWith('### MINI-C01') ? text : undefined;
  }, { message: 'the coverage table on the clipboard' });
  const lines = table.split('\n');
  assert.equal(lines[0], '### MINI-C01 — Mini Test Exam');
  assert.match(lines[2], /^\d+ questions, \d+ multiple response \(\d+\.\d%\)\.$/);
  assert.equal(lines[4], '| Domain / task | Questions | Share | Exam weight | |');
  assert.ok(lines.some((l) => /^\| \*\*1 Basics\*\* \| \*\*\d+\*\* \| \d+\.\d% \| 60% \|/.test(l)), table);
  assert.ok(lines.some((l) => /^\| 2\.1 Know advanced things \| 1 \| \| \| ⚠️ thin/.test(l)), table);
  assert.ok(lines.some((l) => /^\| Key is the strictly longest option \(single answer\) \| \d+% \(\d+ of \d+\) \| \d+% \| {2}\|$/.test(l)), table);

  // The bank's answer-length cues against chance; the mini bank is too small (under 40 questions) to be warned
  // about, so the row starts collapsed. (The rows under it are checked in test/vscode/suite/trees.test.ts.)
  const cues = await workbench.waitForTreeRow('Blueprint Coverage', /^Answer-length cues: key is the longest option: \d+% of \d+ \(chance \d+%\)(, [^;]+)?; keys are the k longest options: \d+% of \d+ \(chance \d+(\.\d)?%\)/);
  assert.equal(await cues.getAttribute('aria-expanded'), 'false');
  assert.equal(await cues.locator('.codicon-warning').count(), 0);
});

vscode.test('a bank of 40 questions whose keys are mostly the longest option is warned about in Blueprint Coverage and on bank.md', async ({ workbench, page, workspaceFolder }) => {
  // 30 of 40 keys are the strictly longest option: 75% against a chance of 25%, over 1.5× chance.
  const root = path.join(workspaceFolder!, 'cue-bank');
  fs.mkdirSync(path.join(root, 'questions'), { recursive: true });
  for (let i = 0; i < 40; i++) {
    const id = `cue-1-1-storage-${i}`;
    const key = i < 30 ? 'Amazon S3 Glacier Deep Archive' : 'Amazon S3';
    fs.writeFileSync(path.join(root, 'questions', `${id}.md`), typingQuestion
      .replace('id: mini-1-1-typing', `id: ${id}`)
      .replace(/^- \[x\] Elasticity$/m, `- [x] ${key}`)
      .replace('High availability', 'Amazon EBS').replace('Economies of scale', 'Amazon EFS').replace('Global reach', 'AWS Backup'));
  }
  // "Cue Test Exam" sorts before "Mini Test Exam": its rows come first in the view.
  fs.writeFileSync(path.join(root, 'bank.md'), read('bank.md').replace('exam: MINI-C01', 'exam: CUE-C01').replace('title: Mini Test Exam', 'title: Cue Test Exam'));

  await workbench.openViewContainer('Exam Kiosk');
  await roomForCoverage(page);
  const bank = await workbench.waitForTreeRow('Blueprint Coverage', /^CUE-C01: 40 questions · .*answer-length cue/);
  assert.equal(await bank.locator('.codicon-warning').count(), 1, 'the bank row carries a warning icon');
  // Warned about, the cues row is open from the start.
  const cues = await workbench.waitForTreeRow('Blueprint Coverage', 'Answer-length cues: key is the longest option: 75% of 40 (chance 25%), over 1.5× chance; keys are the k longest options: no questions to measure');
  assert.equal(await cues.locator('.codicon-warning').count(), 1, 'the cues row carries a warning icon');
  const cue = await workbench.waitForTreeRow('Blueprint Coverage', 'Key is the longest option: 75% of 40 (chance 25%), over 1.5× chance');
  assert.equal(await cue.locator('.codicon-warning').count(), 1, 'the cue row carries a warning icon');
  await workbench.waitForTreeRow('Blueprint Coverage', 'Key positions of single-answer questions: position 1 100%');
  const problem = await workbench.waitForProblem((p) => p.file === path.join(root, 'bank.md') && p.code === 'answer-length-cue', { message: 'the answer-length-cue warning on bank.md' });
  assert.deepEqual([problem.line, problem.column, problem.severity], [1, 1, 'warning']);
  assert.match(problem.message, /strictly longest option in 75% of single-answer questions \(30 of 40\); chance is 25%, and above 37\.5%/);

  // Gone with its bank.md, so the tests after this one see the mini bank alone.
  fs.rmSync(path.join(root, 'bank.md'));
  await waitFor(async () => !(await workbench.treeRows('Blueprint Coverage')).some((row) => row.startsWith('CUE-C01')), { message: 'the cue bank leaves the view' });
  fs.rmSync(root, { recursive: true, force: true });
});

vscode.test('List Stale Questions lists a question whose facts were last checked years ago and opens it at its date', async ({ workbench, page, workspaceFolder }) => {
  const file = 'mini-bank/questions/d2/mini-2-1-old-facts.md';
  fs.writeFileSync(path.join(workspaceFolder!, file), read('questions/d2/mini-2-1-advanced.md')
    .replace('id: mini-2-1-advanced', 'id: mini-2-1-old-facts')
    .replace('updated: 2026-09-15', 'updated: 2020-01-15'));
  await workbench.runCommand('Exam Kiosk: List Stale Questions');
  await waitFor(async () => ((await page.locator('.quick-input-widget .quick-input-title').textContent()) ?? '').startsWith('Stale Questions (1, last checked more than 18 months ago)'), {
    message: 'the stale-question list (the new file is picked up from disk)',
  });
  await workbench.pickQuickPickItem(/^2020-01-15 · \d+ years?( \d+ months?)? ago$/);
  await page.locator('.editor-group-container.active .tab.active[aria-label^="mini-2-1-old-facts.md"]').waitFor();
  const updatedLine = read('questions/d2/mini-2-1-advanced.md').split('\n').findIndex((l) => l.startsWith('updated:')) + 1;
  await waitFor(async () => (await cursorPosition(page)).startsWith(`Ln ${updatedLine}, Col 1`), { message: `the cursor on the updated: line (${updatedLine})` });
  const stale = await workbench.waitForProblem((p) => p.file === path.join(workspaceFolder!, file) && p.code === 'question-stale', { message: 'the staleness warning' });
  assert.deepEqual([stale.line, stale.severity], [updatedLine, 'warning']);
});
