/**
 * Kiosk mode: a timed full mock exam takes the whole window, as at a test centre. VS Code's Zen Mode hides the
 * side bar, panel, activity bar and status bar and remembers the layout it replaced, so leaving it when the
 * exam ends restores exactly what the candidate had. The exam it was entered for is kept in global state, so a
 * reload mid-exam neither toggles it twice nor forgets to leave it. `examKiosk.kioskMode` turns it off.
 */
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../settings';
import { log } from '../log';

const ENTERED_FOR_KEY = 'examKiosk.kioskModeFor';

export class KioskMode {
  constructor(private readonly memento: vscode.Memento) {}

  /** The exam kiosk mode is on for, if any. */
  get enteredFor(): string | undefined {
    return this.memento.get<string>(ENTERED_FOR_KEY);
  }

  /** Hides the workbench around exam `examId`'s kiosk, unless the setting is off or it already is. */
  async enter(examId: string): Promise<void> {
    if (!vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('kioskMode', true)) return;
    if (this.enteredFor === examId) return;
    await this.memento.update(ENTERED_FOR_KEY, examId);
    try {
      // Leaving a Zen Mode the user was already in first makes the toggle below always enter it.
      await vscode.commands.executeCommand('workbench.action.exitZenMode');
      await vscode.commands.executeCommand('workbench.action.toggleZenMode');
    } catch (error) {
      log().warn(`kiosk mode: could not enter Zen Mode: ${String(error)}`);
    }
  }

  /** Restores the workbench if kiosk mode was entered for `examId` (or for any exam when `examId` is absent). */
  async leave(examId?: string): Promise<void> {
    const entered = this.enteredFor;
    if (entered === undefined || (examId !== undefined && entered !== examId)) return;
    await this.memento.update(ENTERED_FOR_KEY, undefined);
    try {
      await vscode.commands.executeCommand('workbench.action.exitZenMode');
    } catch (error) {
      log().warn(`kiosk mode: could not leave Zen Mode: ${String(error)}`);
    }
  }
}
