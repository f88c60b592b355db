/**
 * A bank in the workspace is checked as soon as VS Code opens it: a question whose option list marks no
 * right answer shows up in the Problems panel at the line of its options, and follows the file as it changes.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useVSCode } from './support/fixture';
import { repoRoot } from './support/paths';
import { waitFor } from './support/waitFor';

const bankMd = fs.readFileSync(path.join(repoRoot, 'test/fixtures/banks/mini-bank/bank.md'), 'utf8');
const questionFile = 'mini-bank/questions/d1/mini-1-1-no-answer.md';
const brokenQuestion = `---
id: mini-1-1-no-answer
domain: "1"
task: "1.1"
tags: [elasticity]
references:
  - https://docs.aws.amazon.com/whitepapers/latest/aws-overview/six-advantages-of-cloud-computing.html
updated: 2026-11-01
---

Which benefit lets a retailer pay for peak capacity only during its peak?

- [ ] High availability
- [ ] Elasticity
- [ ] Economies of scale
- [ ] Global reach

## Explanation

**Elasticity** adds and removes capacity with demand.
`;
/** 1-based line of the option list, where the parser reports a list without a right answer. */
const optionsLine = brokenQuestion.split('\n').findIndex((line) => line.startsWith('- [ ]')) + 1;

const vscode = useVSCode({ workspaceFiles: { 'mini-bank/bank.md': bankMd, [questionFile]: brokenQuestion } });

vscode.test('the Problems panel shows the missing right answer at the option list', async ({ workbench, workspaceFolder }) => {
  const file = path.join(workspaceFolder!, questionFile);
  const problem = await workbench.waitForProblem((p) => p.file === file && p.code === 'correct-none');
  assert.equal(problem.severity, 'error');
  assert.equal(problem.line, optionsLine);
  assert.equal(problem.column, 1);
  assert.equal(problem.source, 'Exam Kiosk');
  assert.match(problem.message, /- \[x\]/);
});

vscode.test('the problem follows the file on disk: gone when fixed, back when broken again', async ({ workbench, workspaceFolder }) => {
  const file = path.join(workspaceFolder!, questionFile);
  const shown = async () => (await workbench.problems()).some((p) => p.file === file && p.code === 'correct-none');
  fs.writeFileSync(file, brokenQuestion.replace('- [ ] Elasticity', '- [x] Elasticity'));
  await waitFor(async () => !(await shown()), { message: 'the correct-none problem to disappear after the fix' });
  fs.writeFileSync(file, brokenQuestion);
  await waitFor(shown, { message: 'the correct-none problem to come back' });
});
