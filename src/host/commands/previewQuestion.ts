/** "Preview Question": the file the argument names (the editor title, the CodeLens), or the active editor's. */
import * as vscode from 'vscode';
import { uriArg } from './commandArgs';
import { PreviewPanel } from '../preview/previewPanel';
import type { CommandRun } from './services';

export const previewQuestion: CommandRun = ({ extensionUri, repository }, arg) => {
  const uri = uriArg(arg) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('Exam Kiosk: open a question file to preview it.');
    return;
  }
  PreviewPanel.show(extensionUri, repository, uri);
};
