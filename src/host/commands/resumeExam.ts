/** "Resume Exam": the exam the argument names (a History row, the status bar), or the one in progress. */
import * as vscode from 'vscode';
import { examIdArg } from './commandArgs';
import type { CommandRun } from './services';

export const resumeExam: CommandRun = async ({ exams, kiosk }, arg) => {
  const id = examIdArg(arg) ?? (await exams.active());
  if (id) await kiosk.openExam(id);
  else void vscode.window.showInformationMessage('Exam Kiosk: no exam in progress.');
};
