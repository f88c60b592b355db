import * as vscode from 'vscode';
import type { Domain, TaskStatement } from '../../core/bank/model';
import { MASTERY_LABEL_TEXT, type Mastery } from '../../core/progress/mastery';
import { dayText, planSentence, planText } from '../../core/progress/planText';
import type { StudyPlan } from '../../core/progress/studyPlan';
import type { CertificationProgress as CoreProgress } from '../../core/progress/views';
import { countsText, dueText, masterySpoken, masteryText, readinessSentence, readinessText } from '../../core/progress/viewText';
import type { BankRepository, LoadedBank } from '../banks/bankRepository';
import { Disposable } from '../disposable';
import { CommandId } from '../commands/commandIds';

/** A certification's numbers with today's study plan (whose projection is the readiness shown). */
export type CertificationProgress = CoreProgress & { readonly plan: StudyPlan };

/** Where the tree gets weak-area numbers from (the progress service, once it is wired in). */
export interface CertificationProgressSource {
  readonly onDidChange: vscode.Event<void>;
  /** The numbers of `loaded`, or undefined when the bank has no blueprint or progress is unavailable. */
  progressOf(loaded: LoadedBank): Promise<CertificationProgress | undefined>;
}

/** Every row names its bank by `bankId`, which is what commands run on a row read (see `commandArgs.ts`). */
type Node = { readonly bankId: string } & (
  | { readonly kind: 'bank'; readonly loaded: LoadedBank; readonly progress?: CertificationProgress }
  | { readonly kind: 'plan'; readonly loaded: LoadedBank; readonly progress: CertificationProgress }
  | { readonly kind: 'readiness'; readonly loaded: LoadedBank; readonly progress: CertificationProgress }
  | { readonly kind: 'reviews'; readonly loaded: LoadedBank; readonly progress: CertificationProgress }
  | { readonly kind: 'domain'; readonly loaded: LoadedBank; readonly domain: Domain; readonly progress?: CertificationProgress }
  | { readonly kind: 'task'; readonly loaded: LoadedBank; readonly task: TaskStatement; readonly mastery?: Mastery });

/**
 * The "Certifications" view: every bank, its domains and task statements, and once progress is wired in,
 * each bank's readiness and reviews due and each domain's and task's mastery as a text bar with the AWS
 * score-report label.
 */
export class CertificationsTree extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly changed = this.register(new vscode.EventEmitter<Node | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private source: CertificationProgressSource | undefined;

  constructor(private readonly repository: BankRepository) {
    super();
    this.register(repository.onDidChange(() => this.changed.fire(undefined)));
  }

  /** Shows progress from `source` from now on. */
  setProgress(source: CertificationProgressSource): void {
    this.source = source;
    this.register(source.onDidChange(() => this.changed.fire(undefined)));
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const banks = await this.repository.banks();
      return Promise.all(banks.map(async (loaded): Promise<Node> => ({ kind: 'bank', bankId: loaded.index.bankId, loaded, progress: await this.source?.progressOf(loaded) })));
    }
    if (node.kind === 'bank') {
      const { bankId, loaded } = node;
      const domains: Node[] = (loaded.bank.info?.domains ?? []).map((domain) => ({ kind: 'domain', bankId, loaded, domain, progress: node.progress }));
      if (!node.progress) return domains;
      return [
        { kind: 'plan', bankId, loaded, progress: node.progress },
        { kind: 'readiness', bankId, loaded, progress: node.progress },
        { kind: 'reviews', bankId, loaded, progress: node.progress },
        ...domains,
      ];
    }
    if (node.kind === 'domain') {
      const tasks = node.progress?.domains.find((d) => d.id === node.domain.id)?.tasks;
      return node.domain.tasks.map((task) => ({ kind: 'task', bankId: node.bankId, loaded: node.loaded, task, mastery: tasks?.find((t) => t.id === task.id)?.mastery }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const { bank } = node.loaded;
    if (node.kind === 'bank') {
      const info = bank.info;
      // The exam code leads: a side bar at its default width cuts a long title, never the code.
      const item = new vscode.TreeItem(info?.exam ?? node.loaded.index.bankId, vscode.TreeItemCollapsibleState.Collapsed);
      const errors = bank.issues.filter((i) => i.severity === 'error').length;
      const due = node.progress && node.progress.dueCount > 0 ? ` · ${node.progress.dueCount} due` : '';
      item.description = `${info ? shortTitle(info.title) : 'bank.md has problems'} · ${bank.questions.length} questions${errors ? ` · ${errors} errors` : ''}${due}`;
      item.accessibilityInformation = { label: `${info?.title ?? node.loaded.index.bankId}${info ? ` (${info.exam})` : ''}, ${item.description}` };
      const tooltip = new vscode.MarkdownString(info
        ? `**${info.title}** (${info.exam})\n\n${bank.questions.length} questions · ${info.questionCount} per exam · ${info.minutes} minutes · passing score ${info.passingScore}\n\n${node.loaded.origin} bank at \`${bank.root}\``
        : `The bank at \`${bank.root}\` has no usable bank.md: see the Problems panel.`);
      if (node.progress) tooltip.appendText(`\n\n${planText(node.progress.plan)}. ${readinessSentence(node.progress.plan.projection)}`);
      item.tooltip = tooltip;
      item.iconPath = new vscode.ThemeIcon(errors ? 'warning' : 'mortar-board');
      item.contextValue = 'bank';
      item.id = `bank:${bank.root}`;
      return item;
    }
    if (node.kind === 'plan') {
      const { plan } = node.progress;
      const item = new vscode.TreeItem(planText(plan), vscode.TreeItemCollapsibleState.None);
      item.tooltip = planSentence(plan);
      item.accessibilityInformation = { label: planSentence(plan) };
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = plan.phase === 'no-date' ? 'plan' : 'plan-dated';
      item.id = `plan:${bank.root}`;
      // With a date, today's work is a click away; without one, setting it is.
      item.command = plan.phase === 'no-date'
        ? { command: CommandId.SetExamDate, title: 'Set Exam Date…', arguments: [node.bankId] }
        : { command: CommandId.QuickQuiz, title: 'Quick Quiz', arguments: [node.bankId] };
      return item;
    }
    if (node.kind === 'readiness') {
      const { answeredQuestions, totalAnswers, plan } = node.progress;
      // With an exam date ahead the row projects the exam day; otherwise it is today's readiness.
      const readiness = plan.projection;
      const when = plan.phase === 'ahead' && plan.examDate !== undefined ? ` on ${dayText(plan.examDate, plan.today.slice(0, 4))}` : '';
      const item = new vscode.TreeItem(`Readiness${when}: ${readinessText(readiness)}`, vscode.TreeItemCollapsibleState.None);
      item.description = `${totalAnswers} answer${totalAnswers === 1 ? '' : 's'} · ${answeredQuestions} of ${node.progress.questionCount} questions seen`;
      item.tooltip = when === '' ? readinessSentence(readiness) : `${readinessSentence(readiness)} Today: ${readinessText(node.progress.readiness)}.`;
      item.accessibilityInformation = { label: `${item.label as string}, ${item.description}` };
      item.iconPath = new vscode.ThemeIcon('dashboard', readiness.enoughData ? new vscode.ThemeColor(readiness.pass >= 0.5 ? 'testing.iconPassed' : 'testing.iconFailed') : undefined);
      item.contextValue = 'readiness';
      item.id = `readiness:${bank.root}`;
      if (this.source) item.command = { command: CommandId.ShowCharts, title: 'Show progress charts', arguments: [node.bankId] };
      return item;
    }
    if (node.kind === 'reviews') {
      const { dueCount, nextDueAt } = node.progress;
      const item = new vscode.TreeItem(`Reviews: ${dueCount} due`, vscode.TreeItemCollapsibleState.None);
      item.description = dueCount === 0 ? dueText(0, nextDueAt, Date.now()) : 'start a quick quiz';
      item.tooltip = 'Questions whose spaced-repetition review is due, or that changed since you answered them. Click for a quick quiz.';
      item.accessibilityInformation = { label: `${item.label as string}, ${item.description}` };
      item.iconPath = new vscode.ThemeIcon('history');
      item.contextValue = 'reviews';
      item.id = `reviews:${bank.root}`;
      if (this.source) item.command = { command: CommandId.QuickQuiz, title: 'Quick Quiz', arguments: [node.bankId] };
      return item;
    }
    if (node.kind === 'domain') {
      const count = bank.questions.filter((q) => q.domain === node.domain.id).length;
      const mastery = node.progress?.domains.find((d) => d.id === node.domain.id)?.mastery;
      const item = new vscode.TreeItem(`${node.domain.id}. ${node.domain.title}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = mastery ? `${masteryText(mastery)} · ${node.domain.weight}%` : `${node.domain.weight}% of the exam · ${count} questions`;
      if (mastery) {
        item.tooltip = `${node.domain.id}. ${node.domain.title}: ${MASTERY_LABEL_TEXT[mastery.label]}. Mastery estimated from all your answers over time (a score report shows one exam's answers only, so the two can differ). ${countsText(mastery)}; ${node.domain.weight}% of the exam; ${count} questions in the bank.`;
        item.iconPath = masteryIcon(mastery);
        item.accessibilityInformation = { label: `${node.domain.id}. ${node.domain.title}, ${masterySpoken(mastery)}, ${countsText(mastery)}, ${node.domain.weight}% of the exam` };
      }
      item.contextValue = 'domain';
      item.id = `domain:${bank.root}:${node.domain.id}`;
      return item;
    }
    const count = bank.questions.filter((q) => q.task === node.task.id).length;
    const item = new vscode.TreeItem(`${node.task.id} ${node.task.title}`, vscode.TreeItemCollapsibleState.None);
    item.description = node.mastery ? masteryText(node.mastery) : `${count} questions`;
    item.tooltip = node.mastery
      ? `${node.task.id} ${node.task.title}: ${MASTERY_LABEL_TEXT[node.mastery.label]}. ${countsText(node.mastery)}; ${count} questions in the bank.`
      : `${node.task.id} ${node.task.title}`;
    if (node.mastery) {
      item.iconPath = masteryIcon(node.mastery);
      item.accessibilityInformation = { label: `${node.task.id} ${node.task.title}, ${masterySpoken(node.mastery)}, ${countsText(node.mastery)}` };
    }
    item.contextValue = 'task';
    item.id = `task:${bank.root}:${node.task.id}`;
    return item;
  }
}

/** "Cloud Practitioner" for "AWS Certified Cloud Practitioner": the words that tell certifications apart. */
function shortTitle(title: string): string {
  return title.replace(/^AWS Certified\s+/i, '');
}

function masteryIcon(mastery: Mastery): vscode.ThemeIcon {
  if (mastery.label === 'meets') return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  if (mastery.label === 'needs-improvement') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('testing.iconFailed'));
  return new vscode.ThemeIcon('circle-large-outline');
}
