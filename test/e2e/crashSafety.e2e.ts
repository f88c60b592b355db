/**
 * Crash safety: VS Code (every code-server process) is killed with SIGKILL at random points of an exam, ten
 * times, and started again. Every answer, flag and comment the kiosk acknowledged before a kill is still there
 * afterwards, on disk and on screen, and the remaining time follows the deadline. A damaged exam file is
 * recovered from its backup with a message.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { useVSCode } from './support/fixture';
import { ackOf, endExam, secondsLeft, startCustomExam, waitForAck } from './support/kiosk';
import { waitFor } from './support/waitFor';

const WORDS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
const OPTIONS = ['first choice', 'second choice', 'third choice', 'fourth choice'];

function bankFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'crash-bank/bank.md': `---\nexam: CRS-C01\ntitle: Crash Test Exam\nminutes: 60\nquestions: 8\nscored: 8\npassingScore: 700\ndomains:\n  - id: "1"\n    title: All\n    weight: 100\n    tasks:\n      - id: "1.1"\n        title: Everything\n---\n`,
  };
  WORDS.forEach((word, i) => {
    files[`crash-bank/questions/crs-1-1-${word.toLowerCase()}.md`] = `---\nid: crs-1-1-${word.toLowerCase()}\ndomain: "1"\ntask: "1.1"\ntags: [test]\nreferences: [https://docs.aws.amazon.com/]\nupdated: 2026-11-01\n---\n\n${word} question number ${i + 1}: which choice?\n\n${OPTIONS.map((o, k) => `- [${k === 0 ? 'x' : ' '}] ${word} ${o}`).join('\n')}\n\n## Explanation\n\nThe first choice.\n`;
  });
  return files;
}

interface ItemOnDisk {
  questionId: string;
  selected: number[];
  flagged: boolean;
  comment: string;
}

interface Expected {
  selected: number[];
  flagged: boolean;
  comment: string;
}

const vscode = useVSCode({ workspaceFiles: bankFiles(), settings: { 'examKiosk.includeBundledBanks': false }, testTimeout: 600_000 });

/** A small deterministic generator, so a failing round can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function questionIdOf(stem: string): string {
  const word = WORDS.find((w) => stem.includes(`${w} question`));
  if (!word) throw new Error(`unknown stem ${stem}`);
  return `crs-1-1-${word.toLowerCase()}`;
}

async function currentQuestionId(frame: Frame): Promise<string> {
  return questionIdOf((await frame.locator('#stem').textContent()) ?? '');
}

function readExam(storage: string, examId: string): { deadline: number; current: number; items: ItemOnDisk[] } {
  return JSON.parse(fs.readFileSync(path.join(storage, 'exams', `${examId}.json`), 'utf8'));
}

vscode.test('ten SIGKILLs at random points lose nothing that was acknowledged, and the clock follows the deadline', async ({ workbench, server, globalStoragePath }) => {
  let frame = await startCustomExam(workbench, { count: WORDS.length, time: 60 });
  const examId = (await frame.locator('body').getAttribute('data-exam-id')) ?? '';
  assert.match(examId, /^[A-Za-z0-9_-]+$/);
  const deadline = readExam(globalStoragePath, examId).deadline;
  const expected = new Map<string, Expected>(WORDS.map((w) => [`crs-1-1-${w.toLowerCase()}`, { selected: [], flagged: false, comment: '' }]));
  const rnd = random(20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

  for (let round = 1; round <= 10; round++) {
    const actions = 1 + Math.floor(rnd() * 4);
    for (let a = 0; a < actions; a++) {
      const id = await currentQuestionId(frame);
      const state = expected.get(id)!;
      const before = await ackOf(frame);
      const kind = pick(['select', 'select', 'flag', 'comment', 'move'] as const);
      if (kind === 'select') {
        const option = Math.floor(rnd() * OPTIONS.length);
        // Clicking the chosen radio button again changes nothing, so nothing is sent.
        if (state.selected.includes(option)) continue;
        await frame.locator('li.option', { hasText: OPTIONS[option] }).locator('input').click();
        await waitForAck(frame, before);
        state.selected = [option];
      } else if (kind === 'flag') {
        await frame.locator('#flag').click();
        await waitForAck(frame, before);
        state.flagged = !state.flagged;
      } else if (kind === 'comment') {
        const text = `round ${round}, action ${a}`;
        if (await frame.locator('#comment-panel').isHidden()) await frame.locator('#toggle-comment').click();
        await frame.locator('#comment').fill(text);
        await waitForAck(frame, before);
        state.comment = text;
      } else {
        const forward = rnd() < 0.6;
        const button = frame.locator(forward ? '#next' : '#previous');
        if ((await button.getAttribute('aria-disabled')) === 'true') continue;
        await button.click();
        await waitForAck(frame, before);
      }
    }
    // Half the rounds are killed with an action still in flight: it may or may not have been saved.
    let inFlight: { id: string; option: number } | undefined;
    if (rnd() < 0.5) {
      const option = Math.floor(rnd() * OPTIONS.length);
      inFlight = { id: await currentQuestionId(frame), option };
      await frame.locator('li.option', { hasText: OPTIONS[option] }).locator('input').click({ noWaitAfter: true });
    }
    const screenQuestion = await currentQuestionId(frame);

    await server.crashAndRestart();
    await workbench.reload();
    await workbench.runCommand('Exam Kiosk: Resume Exam');
    frame = await workbench.webviewFrame('#stem', { timeout: 30_000 });

    const disk = readExam(globalStoragePath, examId);
    assert.equal(disk.deadline, deadline, `round ${round}: the deadline moved`);
    for (const item of disk.items) {
      const want = expected.get(item.questionId)!;
      if (inFlight && inFlight.id === item.questionId && item.selected.length === 1 && item.selected[0] === inFlight.option) {
        want.selected = [inFlight.option];
      }
      assert.deepEqual({ selected: item.selected, flagged: item.flagged, comment: item.comment }, want, `round ${round}: ${item.questionId} lost an acknowledged change`);
    }
    assert.equal(await currentQuestionId(frame), screenQuestion, `round ${round}: the kiosk did not come back at the same question`);
    const shown = expected.get(screenQuestion)!;
    for (let k = 0; k < OPTIONS.length; k++) {
      const checked = await frame.locator('li.option', { hasText: OPTIONS[k] }).locator('input').isChecked();
      assert.equal(checked, shown.selected.includes(k), `round ${round}: option ${k} on screen`);
    }
    assert.equal(await frame.locator('#flag').getAttribute('aria-pressed'), shown.flagged ? 'true' : 'false');
    assert.equal(await frame.locator('#comment').inputValue(), shown.comment);
    const left = await secondsLeft(frame);
    const fromDeadline = (deadline - Date.now()) / 1000;
    assert.ok(Math.abs(left - fromDeadline) <= 3, `round ${round}: the kiosk shows ${left} s left, the deadline says ${fromDeadline.toFixed(0)} s`);
  }
  await endExam(frame);
});

vscode.test('a truncated exam file is recovered from its backup and the user is told', async ({ workbench, server, globalStoragePath }) => {
  let frame = await startCustomExam(workbench, { count: 3, time: 30 });
  const examId = (await frame.locator('body').getAttribute('data-exam-id')) ?? '';
  for (let k = 0; k < 2; k++) {
    const before = await ackOf(frame);
    await frame.locator('li.option input').nth(k).click();
    await waitForAck(frame, before);
  }
  const file = path.join(globalStoragePath, 'exams', `${examId}.json`);
  await server.crashAndRestart();
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
  await workbench.reload();
  await workbench.runCommand('Exam Kiosk: Resume Exam');
  await workbench.waitForNotification(/was damaged .* recovered from its backup/);
  frame = await workbench.webviewFrame('#stem', { timeout: 30_000 });
  assert.equal(await frame.locator('li.option input:checked').count(), 1, 'the backup holds the answer before the last one');
  const aside = fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith(`${examId}.json.corrupt-`));
  assert.equal(aside.length, 1, 'the damaged file is kept aside, not overwritten');
  await waitFor(() => fs.existsSync(file), { message: 'the recovered exam saved again' });
});
