/**
 * The extension loads in real VS Code: its activity-bar container is there, its Certifications view lists the
 * bundled banks, and its commands run from the command palette.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useVSCode } from './support/fixture';
import { repoRoot } from './support/paths';
import { recordTiming } from './support/timings';
import { loggedActivation } from './support/vscodeLogs';
import { waitFor } from './support/waitFor';

// An empty folder: nothing in it activates the extension, so opening the view has to.
const vscode = useVSCode({ workspaceFiles: { 'README.md': '# Not a question bank\n' } });

/** Titles of the bundled banks, read from their bank.md files so the test follows the banks. */
function bundledBankTitles(): string[] {
  const banks = path.join(repoRoot, 'question-banks');
  return fs
    .readdirSync(banks)
    .filter((name) => fs.existsSync(path.join(banks, name, 'bank.md')))
    .map((name) => /^title:\s*(.+)$/m.exec(fs.readFileSync(path.join(banks, name, 'bank.md'), 'utf8'))?.[1].trim() ?? name);
}

vscode.test('the Exam Kiosk container shows the bundled banks in the Certifications view', async ({ workbench }) => {
  await workbench.openViewContainer('Exam Kiosk');
  await workbench.waitForTreeRow('Certifications', 'Cloud Practitioner');
  const rows = await workbench.treeRows('Certifications');
  for (const title of bundledBankTitles()) {
    assert.ok(rows.some((row) => row.includes(title)), `no row for "${title}" in ${JSON.stringify(rows)}`);
  }
  // A candidate who writes no bank doesn't see the contributors' Blueprint Coverage view.
  await workbench.waitForTreeRow('History', /./).catch(() => undefined);
  assert.equal(await workbench.page.locator('.pane-header[aria-label^="Blueprint Coverage"]').count(), 0);
});

vscode.test('"Exam Kiosk: Validate Question Banks" runs from the palette and reports the banks', async ({ workbench }) => {
  await workbench.runCommand('Exam Kiosk: Validate Question Banks');
  const notification = await workbench.waitForNotification(/^Exam Kiosk: \d+ banks?, \d+ valid questions/);
  const banks = Number(/(\d+) banks?/.exec(notification.message)?.[1]);
  assert.equal(banks, bundledBankTitles().length, notification.message);
});

vscode.test('the extension logs how long activation took, and it is recorded for the benchmark', async ({ server }) => {
  const { ms: activationMs, cpuMs } = await waitFor(() => loggedActivation(server.userDataDir), { message: 'the activation line in the Exam Kiosk log' });
  assert.ok(activationMs >= 0 && Number.isFinite(activationMs) && cpuMs >= 0 && Number.isFinite(cpuMs));
  recordTiming({ activationMs });
});
