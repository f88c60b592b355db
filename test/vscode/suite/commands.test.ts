/// <reference types="mocha" />
/**
 * Every command of the one list (`src/host/commands/commandIds.ts`) is registered once Exam Kiosk is active,
 * every command package.json contributes is one of them, and a command runs through the registry against the
 * real VS Code.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId, ViewId } from '../../../src/host/commands/commandIds';
import { EXTENSION_ID, examKiosk } from '../support/examKiosk';

describe('commands', () => {
  before(async () => {
    await examKiosk();
  });

  it('registers every id of CommandId after activation', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = Object.values(CommandId).filter((id) => !registered.has(id));
    assert.deepEqual(missing, []);
  });

  it('contributes only commands that are registered, and registers none it does not contribute', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    // VS Code adds commands of its own for each contributed view (`examKiosk.history.focus`, …).
    const viewCommand = (id: string): boolean => Object.values(ViewId).some((view) => id.startsWith(`${view}.`));
    const ours = (await vscode.commands.getCommands(true)).filter((id) => id.startsWith('examKiosk.') && !viewCommand(id)).sort();
    assert.deepEqual(ours, contributed);
    assert.deepEqual(contributed, Object.values(CommandId).sort());
  });

  it('runs a command through the registry: Reload Question Banks reloads the repository', async () => {
    const { repository } = await examKiosk();
    let reloaded = false;
    const listener = repository.onDidChange(() => {
      reloaded = true;
    });
    try {
      await vscode.commands.executeCommand(CommandId.RefreshBanks);
      assert.ok(reloaded, 'the repository announced a reload');
    } finally {
      listener.dispose();
    }
  });
});
