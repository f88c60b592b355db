/**
 * The walkthrough's steps tick on context keys set once the step's action is done (a date saved, a quiz
 * question met), not on the command starting: VS Code redraws the walkthrough when a step completes and moves
 * focus to the next step, which would pull the keyboard away from the picker or input box the command had
 * just opened. Completed steps are remembered by VS Code, so the keys need not outlive the window.
 */
import * as vscode from 'vscode';

export type WalkthroughStep = 'certificationChosen' | 'diagnosticStarted' | 'examDateSet' | 'quickQuizTaken' | 'mockStarted';

export function walkthroughStepDone(step: WalkthroughStep): void {
  void vscode.commands.executeCommand('setContext', `examKiosk.walkthrough.${step}`, true);
}
