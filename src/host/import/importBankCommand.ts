/**
 * "Exam Kiosk: Import Question Bank…": converts a community markdown bank (a cloned repository's folder, or
 * some files) into a bank kept in the extension's storage, classified against the exam chosen, and offers to
 * start an exam from it. Imported banks are sources for practice only; nothing is written into the workspace.
 */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { ImportBankResult } from '../../core/import/importBank';
import type { BankRepository, LoadedBank } from '../banks/bankRepository';
import { CommandId } from '../commands/commandIds';
import { log } from '../log';

/** What a caller (or a test) may fix in advance; anything left out is asked. */
export interface ImportArgs {
  readonly paths?: readonly string[];
  /** Bank id of the exam whose blueprint classifies the questions, e.g. `clf-c02`. */
  readonly exam?: string;
  /** Name of the imported bank (its folder and id are derived from it). */
  readonly name?: string;
}

export async function importBankCommand(repository: BankRepository, args: ImportArgs = {}): Promise<string | undefined> {
  const paths = args.paths ?? (await askSources())?.map((uri) => uri.fsPath);
  if (!paths || paths.length === 0) return undefined;
  const target = await pickExam(repository, args.exam);
  if (!target?.bank.info) return undefined;
  const name = args.name ?? await askName(paths);
  if (!name) return undefined;
  const slug = `${slugify(name)}-${target.index.bankId}`;
  const outDir = path.join(repository.importedDir, slug);
  const exists = await fs.stat(outDir).then(() => true, () => false);
  if (exists && !args.name) {
    const choice = await vscode.window.showWarningMessage(`An imported bank "${slug}" already exists.`, { modal: true }, 'Replace It');
    if (choice !== 'Replace It') return undefined;
  }
  const blueprintText = await fs.readFile(target.bank.info.file, 'utf8');
  // The importer is a chunk of its own (dist/lazy/importer.js), loaded only when someone imports a bank.
  const { importBank } = await import('../../core/import/importBank');
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exam Kiosk: importing ${name}…` },
    () => importBank({
      paths,
      cwd: path.dirname(paths[0]),
      blueprintText,
      info: target.bank.info!,
      outDir,
      date: new Date().toISOString().slice(0, 10),
      force: true,
      title: `${target.bank.info!.title} (imported: ${name})`,
    }),
  );
  // The whole report goes to the log too, so it can be read again after the notification is gone.
  log().info(`import of ${paths.join(', ')} into ${outDir}:\n${[...result.lines, ...result.problems].join('\n') || 'no report'}`);
  if (result.noSources) {
    void vscode.window.showErrorMessage(`Exam Kiosk: no markdown files found in ${paths.join(', ')}.`);
    return undefined;
  }
  const unread = result.unreadSummary;
  if (result.questionFiles === 0) {
    const choice = await vscode.window.showErrorMessage(`Exam Kiosk: no question could be imported. ${unread}`.trim(), 'Show Report');
    if (choice === 'Show Report') await showReport(result, name);
    return undefined;
  }
  repository.reload();
  const report = result.report;
  const skipped = report?.skipped.length ?? 0;
  const conflicts = report?.conflicts.length ?? 0;
  const summary = `Exam Kiosk: imported ${report?.imported ?? 0} of ${report?.found ?? 0} questions found from ${name} (${result.questionFiles} after merging repeats; ${skipped} skipped, ${conflicts} conflicting answers).`;
  for (const note of result.licenseNotes) void vscode.window.showWarningMessage(`Exam Kiosk: ${note}`);
  // Files that gave nothing make it a warning, so the summary cannot be read past as all well.
  const message = `${summary}${unread ? ` ${unread}` : ''}`;
  const shown = unread
    ? vscode.window.showWarningMessage(message, 'Start Exam', 'Show Report')
    : vscode.window.showInformationMessage(message, 'Start Exam', 'Show Report');
  void shown.then(async (choice) => {
    if (choice === 'Start Exam') await vscode.commands.executeCommand(CommandId.StartExam, { bankId: slug });
    if (choice === 'Show Report') await showReport(result, name);
  });
  return slug;
}

async function askSources(): Promise<vscode.Uri[] | undefined> {
  return vscode.window.showOpenDialog({
    title: 'Import Question Bank: the folder (or markdown files) of a community question bank',
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: true,
    openLabel: 'Import',
    filters: { Markdown: ['md', 'markdown'] },
  });
}

async function pickExam(repository: BankRepository, exam: string | undefined): Promise<LoadedBank | undefined> {
  const banks = (await repository.banks()).filter((b) => b.bank.info && b.origin !== 'imported');
  if (exam) return banks.find((b) => b.index.bankId === exam);
  const picked = await vscode.window.showQuickPick(banks.map((b) => ({
    label: b.bank.info?.title ?? b.index.bankId,
    description: b.bank.info?.exam,
    detail: 'Questions are classified against this exam\'s blueprint (a keyword-based guess you can correct).',
    loaded: b,
  })), { title: 'Import Question Bank: which exam are these questions for?' });
  return picked?.loaded;
}

async function askName(paths: readonly string[]): Promise<string | undefined> {
  const first = paths[0];
  const suggested = path.basename(first.endsWith('.md') ? path.dirname(first) : first);
  return vscode.window.showInputBox({
    title: 'Import Question Bank: name',
    prompt: 'A short name for the imported bank, shown beside the exam title',
    value: suggested,
    validateInput: (value) => (slugify(value) ? undefined : 'Use at least one letter or digit.'),
  });
}

async function showReport(result: ImportBankResult, name: string): Promise<void> {
  const content = [`# Import of ${name}`, '', '```text', ...result.lines, ...result.problems, ...result.licenseNotes, '```', ''].join('\n');
  const document = await vscode.workspace.openTextDocument({ content, language: 'markdown' });
  await vscode.window.showTextDocument(document, { preview: false });
}

/** Lower-case letters, digits and dashes, for a folder name and bank id. */
export function slugify(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}
