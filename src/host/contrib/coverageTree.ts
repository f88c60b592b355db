/**
 * The "Blueprint Coverage" view: per bank, its answer-length cues against their chance rates, key positions and
 * question lengths, then its domains and task statements with question counts against the exam weights; thin
 * task statements, off-balance domains and cues that give answers away carry a warning.
 */
import * as vscode from 'vscode';
import { CUE_CHANCE_FACTOR, CUE_KINDS, CUE_LABELS, CUE_MIN_QUESTIONS, cueFinding, cueMessage, cueOverChance, cueWarns, keyPositionsText, lengthsText, percent, type CueKind, type CueRate } from '../../core/bank/answerCues';
import { coverageOf, THIN_TASK_THRESHOLD, WEIGHT_TOLERANCE_POINTS, type Coverage, type DomainCoverage, type TaskCoverage } from '../../core/bank/coverage';
import type { BankRepository, LoadedBank } from '../banks/bankRepository';
import { Disposable } from '../disposable';

/** A row of figures under a bank's cues: one answer-length cue, the key positions, or the question lengths. */
export type FigureRow = CueKind | 'positions' | 'lengths';

/** Every row names its bank by `bankId`, which is what commands run on a row read ("Copy Coverage Table"). */
export type CoverageNode = { readonly bankId: string } & (
  | { readonly kind: 'bank'; readonly loaded: LoadedBank; readonly coverage: Coverage | undefined }
  | { readonly kind: 'cues'; readonly loaded: LoadedBank; readonly coverage: Coverage }
  | { readonly kind: 'figure'; readonly loaded: LoadedBank; readonly coverage: Coverage; readonly row: FigureRow }
  | { readonly kind: 'domain'; readonly loaded: LoadedBank; readonly domain: DomainCoverage }
  | { readonly kind: 'task'; readonly loaded: LoadedBank; readonly task: TaskCoverage });

export class CoverageTree extends Disposable implements vscode.TreeDataProvider<CoverageNode> {
  private readonly changed = this.register(new vscode.EventEmitter<CoverageNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly repository: BankRepository) {
    super();
    this.register(repository.onDidChange(() => this.changed.fire(undefined)));
  }

  async getChildren(node?: CoverageNode): Promise<CoverageNode[]> {
    if (!node) return (await this.repository.banks()).map((loaded) => ({ kind: 'bank', bankId: loaded.index.bankId, loaded, coverage: coverageOf(loaded.bank) }));
    if (node.kind === 'bank') {
      const coverage = node.coverage;
      if (!coverage) return [];
      return [{ kind: 'cues', bankId: node.bankId, loaded: node.loaded, coverage }, ...coverage.domains.map((domain): CoverageNode => ({ kind: 'domain', bankId: node.bankId, loaded: node.loaded, domain }))];
    }
    if (node.kind === 'cues') {
      return ([...CUE_KINDS, 'positions', 'lengths'] as const).map((row): CoverageNode => ({ kind: 'figure', bankId: node.bankId, loaded: node.loaded, coverage: node.coverage, row }));
    }
    if (node.kind === 'domain') return node.domain.tasks.map((task) => ({ kind: 'task', bankId: node.bankId, loaded: node.loaded, task }));
    return [];
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    const root = node.loaded.bank.root;
    if (node.kind === 'bank') return bankItem(node.loaded, node.coverage);
    if (node.kind === 'cues') return cuesItem(node.loaded, node.coverage);
    if (node.kind === 'figure') return figureItem(node.loaded, node.coverage, node.row);
    if (node.kind === 'domain') {
      const d = node.domain;
      const item = new vscode.TreeItem(`${d.id}. ${d.title}`, vscode.TreeItemCollapsibleState.Collapsed);
      const thin = d.tasks.filter((t) => t.thin).length;
      item.description = `${d.count} · ${d.share.toFixed(0)}% (exam ${d.weight}%)${d.offBalance ? ' · off-balance' : ''}${thin ? ` · ${thin} thin` : ''}`;
      item.tooltip = d.offBalance
        ? `${d.title}: ${d.share.toFixed(1)}% of the bank's questions against an exam weight of ${d.weight}%, off by more than ${WEIGHT_TOLERANCE_POINTS} points. Mock exams follow the weights, so ${d.share < d.weight ? 'this domain needs more questions' : 'other domains need more questions'}.`
        : `${d.title}: ${d.share.toFixed(1)}% of the bank's questions, exam weight ${d.weight}%.`;
      item.iconPath = new vscode.ThemeIcon(d.offBalance ? 'warning' : 'pass', d.offBalance ? new vscode.ThemeColor('list.warningForeground') : undefined);
      item.id = `coverage-domain:${root}:${d.id}`;
      item.accessibilityInformation = { label: `${item.label}: ${d.count} questions, ${d.share.toFixed(0)}% of the bank, exam weight ${d.weight}%${d.offBalance ? ', off-balance' : ''}` };
      item.contextValue = 'coverageDomain';
      return item;
    }
    const t = node.task;
    const item = new vscode.TreeItem(`${t.id} ${t.title}`, vscode.TreeItemCollapsibleState.None);
    item.description = `${t.count} question${t.count === 1 ? '' : 's'}${t.thin ? ` · thin (< ${THIN_TASK_THRESHOLD})` : ''}`;
    item.tooltip = t.thin ? `${t.id} ${t.title}: only ${t.count}; a mock exam can't vary a task statement with fewer than ${THIN_TASK_THRESHOLD} questions.` : `${t.id} ${t.title}`;
    item.iconPath = new vscode.ThemeIcon(t.thin ? 'warning' : 'pass', t.thin ? new vscode.ThemeColor('list.warningForeground') : undefined);
    item.id = `coverage-task:${root}:${t.id}`;
    item.accessibilityInformation = { label: `${item.label}: ${item.description}` };
    item.contextValue = 'coverageTask';
    return item;
  }
}

function bankItem(loaded: LoadedBank, coverage: Coverage | undefined): vscode.TreeItem {
  // The exam code keeps the row short in a narrow side bar; the title is in the tooltip.
  const title = loaded.bank.info?.exam ?? loaded.index.bankId;
  const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `coverage-bank:${loaded.bank.root}`;
  item.contextValue = 'coverageBank';
  // The tooltip would otherwise be read out instead of the label.
  const speak = (description: string): void => { item.accessibilityInformation = { label: `${title}: ${description}` }; };
  if (!coverage) {
    item.description = 'bank.md has no usable blueprint';
    speak(item.description);
    item.iconPath = new vscode.ThemeIcon('error');
    return item;
  }
  const thin = coverage.domains.reduce((sum, d) => sum + d.tasks.filter((t) => t.thin).length, 0);
  const off = coverage.domains.filter((d) => d.offBalance).length;
  const cues = CUE_KINDS.filter((kind) => cueWarns(coverage.cues[kind], coverage.total)).length;
  const problems = [off ? `${off} off-balance` : '', thin ? `${thin} thin` : '', cues ? `answer-length cue${cues === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
  item.description = `${coverage.total} questions${problems ? ` · ${problems}` : ''}`;
  speak(item.description);
  item.tooltip = [
    `${coverage.exam} ${coverage.title}: ${coverage.total} questions, ${coverage.multipleResponse} multiple response. ${loaded.origin} bank at ${loaded.bank.root}`,
    ...CUE_KINDS.map((kind) => `${CUE_LABELS[kind]}: ${cueFigure(coverage.cues[kind])}${cueWarns(coverage.cues[kind], coverage.total) ? `, over ${CUE_CHANCE_FACTOR}× chance` : ''}.`),
  ].join('\n');
  item.iconPath = new vscode.ThemeIcon(problems ? 'warning' : 'mortar-board', problems ? new vscode.ThemeColor('list.warningForeground') : undefined);
  return item;
}

const FIGURE_LABELS: Readonly<Record<FigureRow, string>> = {
  keyLongest: 'Key is the longest option',
  keysLongest: 'Keys are the k longest options',
  keyShortest: 'Key is the shortest option',
  keysShortest: 'Keys are the k shortest options',
  positions: 'Key positions',
  lengths: 'Question length',
};

/** `"54% of 114 (chance 25%)"`. */
function cueFigure(rate: CueRate): string {
  return rate.questions === 0 ? 'no questions to measure' : `${percent(rate.share)} of ${rate.questions} (chance ${percent(rate.chance)})`;
}

/** How a cue compares with its threshold, in words: `""` when it is under it. */
function cueVerdict(rate: CueRate, bankSize: number): string {
  if (cueWarns(rate, bankSize)) return `over ${CUE_CHANCE_FACTOR}× chance`;
  return cueOverChance(rate) ? `over ${CUE_CHANCE_FACTOR}× chance, but the bank has fewer than ${CUE_MIN_QUESTIONS} questions` : '';
}

/** The warning's text when the cue is warned about, otherwise the figure and whether it is over the threshold. */
function cueTooltip(kind: CueKind, rate: CueRate, bankSize: number): string {
  if (rate.questions === 0) return `No ${kind === 'keyLongest' || kind === 'keyShortest' ? 'single-answer' : 'multiple-response'} questions to measure.`;
  if (cueWarns(rate, bankSize)) return cueMessage(kind, rate);
  const verdict = cueVerdict(rate, bankSize);
  return `${cueFinding(kind, rate)}; chance is ${percent(rate.chance)}. ${verdict ? `That is ${verdict}.` : `Under ${percent(CUE_CHANCE_FACTOR * rate.chance, 1)} (${CUE_CHANCE_FACTOR}× chance) it is not reported.`}`;
}

function warningIcon(warned: boolean, otherwise: string): vscode.ThemeIcon {
  return warned ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(otherwise);
}

/** The bank's answer-length cues in one row, open when one of them is warned about; the figures are its children. */
function cuesItem(loaded: LoadedBank, coverage: Coverage): vscode.TreeItem {
  const { cues, total } = coverage;
  const warned = CUE_KINDS.some((kind) => cueWarns(cues[kind], total));
  const item = new vscode.TreeItem('Answer-length cues', warned ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `coverage-cues:${loaded.bank.root}`;
  item.contextValue = 'coverageCues';
  const short = (rate: CueRate): string => (rate.questions === 0 ? 'none' : `${percent(rate.share)} (chance ${percent(rate.chance)})`);
  item.description = `key longest ${short(cues.keyLongest)} · shortest ${short(cues.keyShortest)}`;
  item.tooltip = CUE_KINDS.map((kind) => cueTooltip(kind, cues[kind], total)).join('\n\n');
  item.iconPath = warningIcon(warned, 'pass');
  const spoken = CUE_KINDS.map((kind) => {
    const verdict = cueVerdict(cues[kind], total);
    return `${FIGURE_LABELS[kind].toLowerCase()}: ${cueFigure(cues[kind])}${verdict ? `, ${verdict}` : ''}`;
  });
  item.accessibilityInformation = { label: `Answer-length cues: ${spoken.join('; ')}` };
  return item;
}

function figureItem(loaded: LoadedBank, coverage: Coverage, row: FigureRow): vscode.TreeItem {
  const item = new vscode.TreeItem(FIGURE_LABELS[row], vscode.TreeItemCollapsibleState.None);
  item.id = `coverage-figure:${loaded.bank.root}:${row}`;
  item.contextValue = 'coverageFigure';
  const { cues } = coverage;
  if (row === 'positions') {
    item.description = keyPositionsText(cues.keyPositions);
    item.tooltip = `Where the key of a single-answer question is written among its options: ${item.description}. The kiosk shuffles options, so this matters only to a bank read as files.`;
    item.iconPath = new vscode.ThemeIcon('list-ordered');
    const keys = cues.keyPositions.reduce((a, b) => a + b, 0);
    const spoken = cues.keyPositions.map((count, i) => `position ${i + 1} ${percent(count / keys)}`).join(', ');
    item.accessibilityInformation = { label: `Key positions of single-answer questions: ${keys ? spoken : 'none'}` };
    return item;
  }
  if (row === 'lengths') {
    item.description = `stems ${lengthsText(cues)}`;
    item.tooltip = `Stems: median ${cues.stemWords.median} words, mean ${cues.stemWords.mean.toFixed(1)}. Options: mean ${cues.optionWords.toFixed(1)} words. Markdown is stripped before counting.`;
    item.iconPath = new vscode.ThemeIcon('symbol-ruler');
    item.accessibilityInformation = { label: `Question length: ${item.description}` };
    return item;
  }
  const rate = cues[row];
  const warns = cueWarns(rate, coverage.total);
  const verdict = cueVerdict(rate, coverage.total);
  item.description = `${cueFigure(rate)}${warns ? ` · ${verdict}` : ''}`;
  item.tooltip = cueTooltip(row, rate, coverage.total);
  item.iconPath = warningIcon(warns, 'pass');
  item.accessibilityInformation = { label: `${FIGURE_LABELS[row]}: ${cueFigure(rate)}${verdict ? `, ${verdict}` : ''}` };
  return item;
}
