/** "Get Started": opens the walkthrough (VS Code's Welcome page shows it on first install too). */
import * as vscode from 'vscode';
import type { CommandRun } from './services';

/** `publisher.name#id`, as VS Code names a contributed walkthrough. */
export const WALKTHROUGH_ID = 'exam-kiosk.exam-kiosk#examKiosk.gettingStarted';

export const openWalkthrough: CommandRun = () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
