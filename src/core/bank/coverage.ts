/**
 * How well a bank covers its exam blueprint: questions per domain and task against the official weights, and
 * how far its answers can be guessed from their length.
 */
import { answerCues, CUE_CHANCE_FACTOR, CUE_KINDS, CUE_LABELS, cueWarns, keyPositionsText, lengthsText, percent, rateText, type AnswerCues } from './answerCues';
import type { Bank } from './model';

/** A task statement with fewer questions than this is "thin": a mock exam can't vary it enough. */
export const THIN_TASK_THRESHOLD = 3;
/** A domain whose share of questions is further than this from its weight (percentage points) is off-balance. */
export const WEIGHT_TOLERANCE_POINTS = 3;

export interface TaskCoverage {
  readonly id: string;
  readonly title: string;
  readonly count: number;
  readonly thin: boolean;
}

export interface DomainCoverage {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly count: number;
  /** Share of the bank's questions in this domain, in percent. */
  readonly share: number;
  readonly offBalance: boolean;
  readonly tasks: readonly TaskCoverage[];
}

export interface Coverage {
  readonly bankId: string;
  readonly exam: string;
  readonly title: string;
  readonly total: number;
  readonly multipleResponse: number;
  readonly domains: readonly DomainCoverage[];
  /** Questions whose domain or task is not in the blueprint (only possible for banks loaded without one). */
  readonly unplaced: number;
  /** Answer-length cues, key positions and lengths of the bank's questions. */
  readonly cues: AnswerCues;
}

/** Coverage of `bank`, or undefined when its `bank.md` has no usable blueprint. */
export function coverageOf(bank: Bank): Coverage | undefined {
  const info = bank.info;
  if (!info) return undefined;
  const total = bank.questions.length;
  const byTask = new Map<string, number>();
  for (const q of bank.questions) byTask.set(q.task, (byTask.get(q.task) ?? 0) + 1);
  let placed = 0;
  const domains = info.domains.map((domain): DomainCoverage => {
    const tasks = domain.tasks.map((task) => {
      const count = byTask.get(task.id) ?? 0;
      return { id: task.id, title: task.title, count, thin: count < THIN_TASK_THRESHOLD };
    });
    const count = bank.questions.filter((q) => q.domain === domain.id).length;
    placed += count;
    const share = total === 0 ? 0 : (100 * count) / total;
    return { id: domain.id, title: domain.title, weight: domain.weight, count, share, offBalance: Math.abs(share - domain.weight) > WEIGHT_TOLERANCE_POINTS, tasks };
  });
  return {
    bankId: info.id,
    exam: info.exam,
    title: info.title,
    total,
    multipleResponse: bank.questions.filter((q) => q.selectCount > 1).length,
    domains,
    unplaced: total - placed,
    cues: answerCues(bank.questions),
  };
}

/** A markdown table of the coverage, fit for a pull-request comment. */
export function coverageMarkdown(coverage: Coverage): string {
  const pct = (n: number): string => `${n.toFixed(1)}%`;
  const lines = [
    `### ${coverage.exam} — ${coverage.title}`,
    '',
    `${coverage.total} questions, ${coverage.multipleResponse} multiple response (${pct(coverage.total ? (100 * coverage.multipleResponse) / coverage.total : 0)}).`,
    '',
    '| Domain / task | Questions | Share | Exam weight | |',
    '|---|---:|---:|---:|---|',
  ];
  for (const d of coverage.domains) {
    lines.push(`| **${d.id} ${d.title}** | **${d.count}** | ${pct(d.share)} | ${d.weight}% | ${d.offBalance ? `⚠️ off by more than ${WEIGHT_TOLERANCE_POINTS} points` : '✅'} |`);
    for (const t of d.tasks) {
      lines.push(`| ${t.id} ${t.title} | ${t.count} | | | ${t.thin ? `⚠️ thin (< ${THIN_TASK_THRESHOLD})` : ''} |`);
    }
  }
  const { cues } = coverage;
  lines.push('', '| Answer-length cue | Share | Chance | |', '|---|---:|---:|---|');
  for (const key of CUE_KINDS) {
    const rate = cues[key];
    const flag = cueWarns(rate, coverage.total) ? `⚠️ over ${CUE_CHANCE_FACTOR}× chance` : '';
    lines.push(`| ${CUE_LABELS[key]} | ${rateText(rate)} | ${rate.questions ? percent(rate.chance) : ''} | ${flag} |`);
  }
  lines.push('', `Key positions (single answer): ${keyPositionsText(cues.keyPositions)}. Stems: ${lengthsText(cues)}.`);
  return lines.join('\n');
}
