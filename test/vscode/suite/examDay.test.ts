/// <reference types="mocha" />
/**
 * Exam day in the extension host: an exam date set for a certification is planned towards in the
 * Certifications view (the plan row and the readiness projected to the day) and in the status bar, and
 * removing it returns both to the plan without a date; the Quick Quiz keybinding takes no key VS Code already
 * uses; and with enough long-term reviews in the answer log, the learner's own FSRS weights are fitted by the
 * optimizer and used.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AnswerRecord } from '../../../src/core/progress/records';
import { isoDate, localDay } from '../../../src/core/progress/examDates';
import { dayText } from '../../../src/core/progress/planText';
import { addTestBank, EXTENSION_ID, examKiosk, treeLines, waitUntil, type TestBank } from '../support/examKiosk';

const DAY = 86_400_000;

describe('exam day', () => {
  let bank: TestBank;

  before(async () => {
    const { repository } = await examKiosk();
    bank = await addTestBank();
    await waitUntil(async () => (await repository.banks()).some((b) => b.index.bankId === bank.bankId), 'the test bank');
  });

  after(async () => {
    const { progress } = await examKiosk();
    await progress.setExamDate(bank.bankId, null);
    await bank?.dispose();
  });

  const testBankRows = async (): Promise<string[]> => {
    const { certifications } = await examKiosk();
    const lines = await treeLines(certifications, 2);
    const start = lines.findIndex((line) => line.startsWith('KIO-C01'));
    const end = lines.findIndex((line, i) => i > start && !line.startsWith('  '));
    return lines.slice(start, end === -1 ? undefined : end);
  };

  it('a date 12 days ahead: the plan row, the readiness on the day and the status bar plan towards it; removing it undoes that', async () => {
    const { progress, study } = await examKiosk();
    const today = localDay(Date.now(), -new Date().getTimezoneOffset());
    const date = isoDate(today + 12);
    assert.equal(await progress.setExamDate(bank.bankId, date), undefined);
    const rows = await waitUntil(async () => {
      const lines = await testBankRows();
      return lines.some((line) => line.startsWith('  12 days to KIO-C01 · ')) && lines;
    }, 'the plan row');
    const day = dayText(date, isoDate(today).slice(0, 4));
    assert.ok(rows.some((line) => line.startsWith(`  Readiness on ${day}: `)), JSON.stringify(rows));
    // The bundled banks have no date in this profile, so the test bank's is the nearest exam.
    const shown = await waitUntil(() => study.current()?.text.includes('12 days to KIO-C01') && study.current(), 'the status bar plan');
    assert.match(shown.text, /^\$\(calendar\) 12 days to KIO-C01 · (\d+ reviews?, )?\d+ new today|done for today/);
    assert.match(shown.tooltip, /12 days to KIO-C01 \(/);
    assert.deepEqual(shown.command.arguments, [bank.bankId]);
    assert.equal((await progress.examDates()).get(bank.bankId)?.date, date);

    assert.equal(await progress.setExamDate(bank.bankId, null), undefined);
    await waitUntil(async () => (await testBankRows()).some((line) => /^ {2}KIO-C01 · .* · no exam date$/.test(line)), 'the plan row without a date');
    await waitUntil(() => !study.current()?.text.includes('KIO-C01'), 'the status bar without the plan');
  });

  it('a date that is not a day is refused and changes nothing', async () => {
    const { progress } = await examKiosk();
    const before = (await progress.examDates()).get(bank.bankId);
    assert.match((await progress.setExamDate(bank.bankId, '2027-02-30')) ?? '', /Not a date/);
    assert.deepEqual((await progress.examDates()).get(bank.bankId), before);
  });

  it('the Quick Quiz keybinding (Ctrl+K Q) is not one of VS Code\'s default keybindings', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { keybindings: { command: string; key: string }[] } };
    const ours = manifest.contributes.keybindings.find((k) => k.command === 'examKiosk.quickQuiz');
    assert.equal(ours?.key, 'ctrl+k q');
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const document = await waitUntil(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === 'vscode://defaultsettings/keybindings.json'), 'the default keybindings');
    const defaults = JSON.parse(document.getText().replace(/^\s*\/\/.*$/gm, '')) as { key: string; command: string }[];
    assert.ok(defaults.length > 300, `${defaults.length} default keybindings read`);
    assert.ok(defaults.some((k) => k.key === 'ctrl+k ctrl+q'), 'the chord prefix is read as VS Code writes it');
    const taken = defaults.filter((k) => k.key === 'ctrl+k q' && !k.command.startsWith('examKiosk.'));
    assert.deepEqual(taken, []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('with 400 or more long-term reviews the learner\'s own FSRS weights are fitted, saved and used', async function () {
    this.timeout(120_000);
    const { progress, fitting } = await examKiosk();
    // Sixty questions, each answered on ten days over half a year, remembered less the longer the gap.
    const start = Date.now() - 200 * DAY;
    let seed = 7;
    const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const records: AnswerRecord[] = [];
    for (let q = 0; q < 60; q++) {
      let day = Math.floor(random() * 10);
      let gap = 1;
      for (let n = 0; n < 10; n++) {
        const correct = n === 0 ? random() < 0.6 : random() < Math.exp(-gap / (8 + 6 * n));
        records.push({
          id: `fit-${q}-${n}`, questionId: `fit-question-${q}`, bankId: bank.bankId, domain: '1', task: '1.1', correct,
          timeMs: 30_000, answeredAt: start + day * DAY + q * 1000, mode: 'quiz', contentHash: 'h', guessed: false,
        });
        gap = correct ? Math.ceil(gap * 2.5) : 1;
        day += gap;
      }
    }
    assert.equal(await progress.recordMany(records.filter((r) => r.answeredAt < Date.now()), true), records.filter((r) => r.answeredAt < Date.now()).length);
    const said = await fitting.fit();
    assert.match(said, /^FSRS weights fitted to \d+ long-term reviews/);
    const saved = JSON.parse(fs.readFileSync(path.join(progress.dir, 'fsrs-weights.json'), 'utf8')) as { weights: number[]; reviews: number };
    assert.equal(saved.weights.length, 21);
    assert.ok(saved.reviews >= 400, `${saved.reviews} reviews`);
    assert.deepEqual(await progress.weights(), saved.weights);
    assert.equal(await fitting.fit(), 'fitted less than a week ago');
  });
});
