/// <reference types="mocha" />
/**
 * Diagnostics as VS Code holds them (`vscode.languages.getDiagnostics`): a broken question file in a bank found
 * through `examKiosk.bankFolders` gets its problem at the option list, the problem goes when the file is fixed
 * on disk and comes back when it is broken again (the file watcher, the repository and the diagnostics
 * collection together). The Problems panel itself is end-to-end tested in test/e2e/diagnostics.e2e.ts.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BROKEN_OPTIONS_LINE, BROKEN_QUESTION, FIXED_QUESTION } from '../../e2e/fixtures/brokenQuestion';
import { addTestBank, examKiosk, waitUntil, type TestBank } from '../support/examKiosk';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Exam Kiosk');
}

describe('diagnostics', () => {
  let bank: TestBank;
  let file: vscode.Uri;

  before(async () => {
    await examKiosk();
    bank = await addTestBank();
    file = vscode.Uri.file(path.join(bank.root, 'questions', 'mini-1-1-no-answer.md'));
    fs.writeFileSync(file.fsPath, BROKEN_QUESTION);
  });

  after(async () => {
    await bank?.dispose();
  });

  it('a question without a right answer has an error at its option list', async () => {
    const [problem] = await waitUntil(() => {
      const found = ours(file).filter((d) => d.code === 'correct-none');
      return found.length > 0 ? found : undefined;
    }, 'the correct-none diagnostic');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem.range.start.line + 1, BROKEN_OPTIONS_LINE);
    assert.equal(problem.range.start.character, 0);
    assert.match(problem.message, /- \[x\]/);
    assert.deepEqual(ours(vscode.Uri.file(path.join(bank.root, 'bank.md'))), [], 'the bank.md is fine');
  });

  it('the problem follows the file on disk: gone when fixed, back when broken again', async () => {
    const shown = (): boolean => ours(file).some((d) => d.code === 'correct-none');
    await waitUntil(shown, 'the correct-none diagnostic');
    fs.writeFileSync(file.fsPath, FIXED_QUESTION);
    await waitUntil(() => !shown(), 'the correct-none diagnostic to go after the fix');
    assert.deepEqual(ours(file).filter((d) => d.severity === vscode.DiagnosticSeverity.Error), [], 'no error is left on the fixed file');
    fs.writeFileSync(file.fsPath, BROKEN_QUESTION);
    await waitUntil(shown, 'the correct-none diagnostic to come back');
  });
});
