/// <reference types="mocha" />
/**
 * The sidebar's trees as VS Code gets them from the providers Exam Kiosk registered: Certifications (the
 * bundled banks and a test bank with its progress rows, domains and task statements), History (a submitted
 * exam) and Blueprint Coverage (questions per domain and task statement against the weights).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addTestBank, EXTENSION_ID, examKiosk, treeLines, waitUntil, type TestBank } from '../support/examKiosk';

/** Exam codes and titles of the banks that ship with the extension, read from their bank.md files. */
function bundledBanks(): { exam: string; title: string }[] {
  const root = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'question-banks');
  return fs.readdirSync(root)
    .filter((name) => fs.existsSync(path.join(root, name, 'bank.md')))
    .map((name) => {
      const text = fs.readFileSync(path.join(root, name, 'bank.md'), 'utf8');
      return { exam: /^exam:\s*(.+)$/m.exec(text)![1].trim(), title: /^title:\s*(.+)$/m.exec(text)![1].trim() };
    });
}

describe('trees', () => {
  let bank: TestBank;

  before(async () => {
    const { repository } = await examKiosk();
    bank = await addTestBank();
    await waitUntil(async () => (await repository.banks()).some((b) => b.index.bankId === bank.bankId), 'the test bank to load from examKiosk.bankFolders');
  });

  after(async () => {
    await bank?.dispose();
  });

  it('Certifications lists every bundled bank and the test bank with its exam code, title and question count', async () => {
    const { certifications } = await examKiosk();
    const rows = await treeLines(certifications, 1);
    // A row names its bank by exam code and title (the words that tell certifications apart), in either order.
    const rowOf = (exam: string, title: string): string | undefined => rows.find((row) => row.includes(exam) && row.includes(title.replace(/^AWS Certified\s+/i, '')));
    for (const { exam, title } of bundledBanks()) {
      assert.match(rowOf(exam, title) ?? '', / · \d+ questions( · |$)/, `no row for ${exam} ${title} in ${JSON.stringify(rows)}`);
    }
    assert.match(rowOf('KIO-C01', 'Kiosk Test Exam') ?? '', / · 3 questions( · |$)/, JSON.stringify(rows));
  });

  it('Certifications shows the test bank\'s readiness, reviews, domains and task statements', async () => {
    const { certifications } = await examKiosk();
    const banks = await certifications.getChildren();
    const node = banks.find((b) => b.bankId === bank.bankId)!;
    const rows: string[] = [];
    for (const child of await certifications.getChildren(node)) {
      const item = certifications.getTreeItem(child);
      rows.push(`${String(item.label)} — ${String(item.description)}`);
      for (const task of await certifications.getChildren(child)) rows.push(`  ${String(certifications.getTreeItem(task).label)}`);
    }
    // The study plan leads (no exam date here: the exam-day suite removes the one it sets).
    assert.match(rows[0], /^KIO-C01 · (\d+ reviews?, )?(\d+ new today|done for today) · no exam date — /);
    assert.match(rows[1], /^Readiness: not enough answers yet — \d+ answers? · \d of 3 questions seen$/);
    assert.match(rows[2], /^Reviews: \d+ due — /);
    assert.deepEqual(rows.slice(3).map((row) => row.replace(/ — .*/, '')), ['1. Services', '  1.1 Storage', '  1.2 Compute', '2. Data', '  2.1 Databases']);
    // Commands run on a row read its bank from the row (see commandArgs.ts).
    assert.equal(banks.find((b) => b.bankId === bank.bankId)?.bankId, 'host-test-bank');
  });

  it('Blueprint Coverage shows questions per domain and task statement against the exam weights', async () => {
    const { coverage } = await examKiosk();
    const rows = await treeLines(coverage, 3);
    const start = rows.indexOf('KIO-C01 — 3 questions · 2 off-balance, 3 thin');
    assert.ok(start >= 0, JSON.stringify(rows));
    const ofTestBank = rows.slice(start + 1, start + 1 + 12);
    assert.equal(ofTestBank[0], '  Answer-length cues — key longest 0% (chance 25%) · shortest 0% (chance 25%)');
    // Under the cues row: each cue against chance, where the keys sit, and how long stems and options are.
    assert.deepEqual(ofTestBank.slice(1, 7), [
      '    Key is the longest option — 0% of 2 (chance 25%)',
      '    Keys are the k longest options — 0% of 1 (chance 10%)',
      '    Key is the shortest option — 0% of 2 (chance 25%)',
      '    Keys are the k shortest options — 0% of 1 (chance 10%)',
      '    Key positions — 1: 100%',
      '    Question length — stems median 9 words (mean 8.7); options: mean 2.1 words',
    ]);
    assert.deepEqual(ofTestBank.slice(7), [
      '  1. Services — 2 · 67% (exam 60%) · off-balance · 2 thin',
      '    1.1 Storage — 1 question · thin (< 3)',
      '    1.2 Compute — 1 question · thin (< 3)',
      '  2. Data — 1 · 33% (exam 40%) · off-balance · 1 thin',
      '    2.1 Databases — 1 question · thin (< 3)',
    ]);
    for (const { exam } of bundledBanks()) assert.ok(rows.some((row) => row.startsWith(`${exam} — `)), `no coverage row for ${exam}`);
  });

  it('History shows an exam once it is submitted, with its score', async () => {
    const { exams, history } = await examKiosk();
    const started = await exams.start({ bankId: bank.bankId, config: { kind: 'custom', count: 3, minutes: 20 } });
    assert.ok('session' in started, 'error' in started ? started.error : '');
    const { session } = started;
    const running = await waitUntil(() => history.row(session.id), 'the running exam in History');
    assert.equal(running.status, 'in-progress');
    await session.dispatch({ type: 'select', option: 0 }, 1);
    await session.dispatch({ type: 'submit' }, 2);
    const row = await waitUntil(async () => {
      const found = await history.row(session.id);
      return found?.status === 'submitted' ? found : undefined;
    }, 'the submitted exam in History');
    const item = history.getTreeItem(row);
    assert.match(String(item.label), /^KIO-C01 Custom exam · \d+ (Pass|Fail)$/);
    assert.equal(item.description, new Date(row.at).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
    assert.equal(item.contextValue, 'exam.submitted');
    assert.deepEqual(item.command?.arguments, [session.id]);
  });
});
