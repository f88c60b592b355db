/**
 * A bank in the workspace is checked as soon as VS Code opens it: a question whose option list marks no
 * right answer shows up in the Problems panel at the line of its options. (That the problem follows the file
 * as it is fixed and broken again is checked without a browser, in test/vscode/suite/diagnostics.test.ts.)
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useVSCode } from './support/fixture';
import { repoRoot } from './support/paths';
import { BROKEN_OPTIONS_LINE, BROKEN_QUESTION } from './fixtures/brokenQuestion';

const bankMd = fs.readFileSync(path.join(repoRoot, 'test/fixtures/banks/mini-bank/bank.md'), 'utf8');
const questionFile = 'mini-bank/questions/d1/mini-1-1-no-answer.md';

const vscode = useVSCode({ workspaceFiles: { 'mini-bank/bank.md': bankMd, [questionFile]: BROKEN_QUESTION } });

vscode.test('the Problems panel shows the missing right answer at the option list', async ({ workbench, workspaceFolder }) => {
  const file = path.join(workspaceFolder!, questionFile);
  const problem = await workbench.waitForProblem((p) => p.file === file && p.code === 'correct-none');
  assert.equal(problem.severity, 'error');
  assert.equal(problem.line, BROKEN_OPTIONS_LINE);
  assert.equal(problem.column, 1);
  assert.equal(problem.source, 'Exam Kiosk');
  assert.match(problem.message, /- \[x\]/);
});
