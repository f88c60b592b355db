/**
 * "Exam Kiosk: New Question…": bank, domain, task statement, kind and a few words, then a new question file from
 * the template, opened with its stem placeholder selected.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { coverageOf, WEIGHT_TOLERANCE_POINTS } from '../../core/bank/coverage';
import { localDate } from '../../core/bank/fixes';
import { QUESTIONS_DIR } from '../../core/bank/loadBank';
import { planNewQuestion, type NewQuestionPlan } from '../../core/bank/newQuestion';
import { STEM_PLACEHOLDER } from '../../core/bank/questionTemplate';
import type { BankRepository, LoadedBank } from '../banks/bankRepository';
import { authoredBanks, pickBank } from './pickBank';

/** Answers to the command's questions, for tests and other commands that already know them. */
export interface NewQuestionArgs {
  readonly bankId?: string;
  readonly domain?: string;
  readonly task?: string;
  readonly correctCount?: number;
  readonly slug?: string;
}

/** Runs the command; resolves to the new file's URI, or undefined when cancelled or impossible. */
export async function newQuestionCommand(repository: BankRepository, args: NewQuestionArgs = {}): Promise<vscode.Uri | undefined> {
  const loaded = await pickBank(await authoredBanks(repository), args.bankId, 'New Question (1/5): bank');
  if (!loaded?.bank.info) return undefined;
  const coverage = coverageOf(loaded.bank);
  const domainId = args.domain ?? (await vscode.window.showQuickPick(
    (coverage?.domains ?? []).map((d) => ({
      label: `${d.id}. ${d.title}`,
      description: `${d.count} questions · ${d.share.toFixed(0)}% of the bank · exam weight ${d.weight}%`,
      detail: d.share < d.weight - WEIGHT_TOLERANCE_POINTS ? '$(warning) below its exam weight: questions here are most needed' : undefined,
      id: d.id,
    })),
    { title: 'New Question (2/5): domain', placeHolder: 'Which domain of the blueprint?', matchOnDescription: true },
  ))?.id;
  const domain = coverage?.domains.find((d) => d.id === domainId);
  if (!domain) return undefined;
  const taskId = args.task ?? (await vscode.window.showQuickPick(
    domain.tasks.map((t) => ({ label: `${t.id} ${t.title}`, description: `${t.count} questions${t.thin ? ' · thin' : ''}`, id: t.id })),
    { title: 'New Question (3/5): task statement', placeHolder: 'Which task statement does it test?', matchOnDescription: true },
  ))?.id;
  if (!taskId) return undefined;
  const correctCount = args.correctCount ?? (await vscode.window.showQuickPick([
    { label: 'Multiple choice', description: 'one right answer of four options', count: 1 },
    { label: 'Multiple response: select TWO', description: 'two right answers of five options', count: 2 },
    { label: 'Multiple response: select THREE', description: 'three right answers of six options', count: 3 },
  ], { title: 'New Question (4/5): kind' }))?.count;
  if (correctCount === undefined) return undefined;
  const existingFolders = await subfolders(path.join(loaded.bank.root, QUESTIONS_DIR));
  const takenIds = loaded.index.files.map((file) => path.basename(file, '.md'));
  const plan = (slug: string): { value?: NewQuestionPlan; error?: string } =>
    planNewQuestion({ bank: loaded.bank, domainId: domain.id, taskId, correctCount, slug, today: localDate(new Date()), existingFolders, takenIds });
  const slug = args.slug ?? await vscode.window.showInputBox({
    title: 'New Question (5/5): a few words to name it by',
    prompt: 'They become the end of the question id and file name, e.g. "s3 glacier retrieval".',
    validateInput: (value) => {
      if (value.trim() === '') return undefined;
      const planned = plan(value);
      return planned.error ?? { message: `Id: ${planned.value?.id}`, severity: vscode.InputBoxValidationSeverity.Info };
    },
  });
  if (slug === undefined) return undefined;
  const planned = plan(slug);
  if (!planned.value) {
    void vscode.window.showErrorMessage(`Exam Kiosk: ${planned.error}`);
    return undefined;
  }
  return createAndOpen(planned.value, loaded);
}

async function createAndOpen(plan: NewQuestionPlan, loaded: LoadedBank): Promise<vscode.Uri | undefined> {
  const uri = vscode.Uri.file(plan.file);
  try {
    await vscode.workspace.fs.stat(uri);
    void vscode.window.showErrorMessage(`Exam Kiosk: ${plan.file} already exists; it was left as it is.`);
    return undefined;
  } catch {
    // Not there: the normal case.
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(plan.file)));
  await vscode.workspace.fs.writeFile(uri, Buffer.from(plan.text, 'utf8'));
  const editor = await vscode.window.showTextDocument(uri);
  const stemLine = plan.text.split('\n').findIndex((line, i) => i > 0 && line.startsWith(STEM_PLACEHOLDER));
  if (stemLine !== -1) {
    const range = new vscode.Range(stemLine, 0, stemLine, plan.text.split('\n')[stemLine].length);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range);
  }
  void vscode.window.setStatusBarMessage(`Exam Kiosk: created ${plan.id} in ${loaded.bank.info?.exam ?? loaded.index.bankId}; replace each TODO.`, 8000);
  return uri;
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.file(dir));
    return entries.filter(([, type]) => type === vscode.FileType.Directory).map(([name]) => name);
  } catch {
    return [];
  }
}
