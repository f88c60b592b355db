/** The questions "Start Practice Exam…" asks for a custom or practice exam, each one QuickPick or InputBox. */
import * as vscode from 'vscode';
import type { BankInfo } from '../../core/bank/model';

export interface BlueprintChoice {
  readonly domains: string[];
  readonly tasks: string[];
}

/** Domains and task statements to include; all domains are preselected, so Enter means "everything". */
export async function askBlueprintFilter(info: BankInfo, title: string): Promise<BlueprintChoice | undefined> {
  type Item = vscode.QuickPickItem & { domain?: string; task?: string };
  const items: Item[] = [];
  for (const domain of info.domains) {
    items.push({ label: `${domain.id}. ${domain.title}`, description: `${domain.weight}% · whole domain`, domain: domain.id, picked: true });
    for (const task of domain.tasks) items.push({ label: `    ${task.id} ${task.title}`, task: task.id });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `${title}: what to include`,
    placeHolder: 'Whole domains, or single task statements (Space to toggle, Enter to accept)',
    canPickMany: true,
  });
  if (!picked) return undefined;
  const domains = picked.flatMap((i) => (i.domain ? [i.domain] : []));
  const tasks = picked.flatMap((i) => (i.task ? [i.task] : []));
  if (domains.length === 0 && tasks.length === 0) {
    void vscode.window.showWarningMessage('Exam Kiosk: choose at least one domain or task statement.');
    return undefined;
  }
  return { domains, tasks };
}

export async function askCount(title: string, available: number, suggested: number): Promise<number | undefined> {
  const answer = await vscode.window.showInputBox({
    title: `${title}: number of questions`,
    prompt: `How many questions? ${available} available.`,
    value: String(Math.max(1, suggested)),
    validateInput: (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return 'A whole number, at least 1.';
      if (n > available) return `Only ${available} questions match your choice.`;
      return undefined;
    },
  });
  return answer === undefined ? undefined : Number(answer);
}

/** Minutes on the clock, `null` for untimed, `undefined` when cancelled. */
export async function askMinutes(title: string, info: BankInfo, count: number, practice: boolean): Promise<number | null | undefined> {
  const paced = Math.max(1, Math.round((info.minutes * count) / info.questionCount));
  type Item = vscode.QuickPickItem & { minutes: number | null | 'ask' };
  const items: Item[] = [
    { label: `Timed at exam pace: ${paced} minutes`, description: `${(info.minutes / info.questionCount).toFixed(1)} minutes a question, as in the real exam`, minutes: paced },
    { label: 'Untimed', minutes: null },
    { label: 'Other…', description: 'enter the minutes', minutes: 'ask' },
  ];
  if (practice) items.unshift(items.splice(1, 1)[0]);
  const picked = await vscode.window.showQuickPick(items, { title: `${title}: time`, placeHolder: 'How long?' });
  if (!picked) return undefined;
  if (picked.minutes !== 'ask') return picked.minutes;
  const answer = await vscode.window.showInputBox({
    title: `${title}: minutes`,
    value: String(paced),
    validateInput: (value) => (Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 600 ? undefined : 'Whole minutes, 1 to 600.'),
  });
  return answer === undefined ? undefined : Number(answer);
}
