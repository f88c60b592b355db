import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The "Exam Kiosk" log (Output panel, and a file under VS Code's logs folder): load times, recoveries, errors. */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Exam Kiosk', { log: true });
  return channel;
}
