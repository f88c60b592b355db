/**
 * Chart series: the score trend of finished exams, and each domain's mastery over time.
 */
import type { BankInfo } from '../bank/model';
import { DAY_MS, decayFactor } from './evidence';
import { masteryFromSums, type Mastery, type MasteryOptions } from './mastery';
import type { ExamOutcome } from './outcomes';
import { readinessFromDomains } from './readiness';
import { dayOf, type BankProgress } from './state';

export interface ScoreTrendPoint {
  readonly examId: string;
  readonly finishedAt: number;
  readonly scaled: number;
  readonly passed: boolean;
  readonly percent: number;
  /** Mean scaled score of this exam and the (up to) two before it, to smooth the line. */
  readonly average: number;
}

/** Exams of `bankId` in the order they were finished (an exam id seen twice is shown once). */
export function scoreTrend(outcomes: readonly ExamOutcome[], bankId: string): ScoreTrendPoint[] {
  const seen = new Set<string>();
  const exams = outcomes
    .filter((o) => o.bankId === bankId && !seen.has(o.examId) && seen.add(o.examId))
    .sort((a, b) => a.finishedAt - b.finishedAt);
  return exams.map((o, i) => {
    const window = exams.slice(Math.max(0, i - 2), i + 1);
    return {
      examId: o.examId,
      finishedAt: o.finishedAt,
      scaled: o.scaled,
      passed: o.passed,
      percent: o.percent,
      average: Math.round(window.reduce((sum, e) => sum + e.scaled, 0) / window.length),
    };
  });
}

export type SeriesPeriod = 'day' | 'week';

export interface MasteryPoint {
  /** Epoch ms of the first day of the period (UTC; weeks start on Monday). */
  readonly start: number;
  /** Answers given during the period. */
  readonly answers: number;
  /** Mastery of each domain at the end of the period, in `MasterySeries.domains` order. */
  readonly domains: readonly Mastery[];
  readonly predictedScaled: number;
  readonly passLikelihood: number;
}

export interface MasterySeries {
  readonly bankId: string;
  readonly period: SeriesPeriod;
  readonly domains: readonly { readonly id: string; readonly title: string }[];
  readonly points: readonly MasteryPoint[];
}

export interface SeriesOptions extends MasteryOptions {
  readonly period?: SeriesPeriod;
  /** Keep only the latest this many points (the replay still starts at the first answer). */
  readonly maxPoints?: number;
}

/**
 * Replays the bank's per-day answer totals with the same decay as live mastery, at day granularity (answers
 * of a day count as given at its end, so the last point can differ from live mastery by a fraction of a
 * day's decay). Periods without answers still get a point: mastery decays through them.
 */
export function masteryOverTime(info: BankInfo, bank: BankProgress | undefined, now: number, options: SeriesOptions = {}): MasterySeries {
  const period = options.period ?? 'day';
  const domains = info.domains.map((d) => ({ id: d.id, title: d.title }));
  const empty: MasterySeries = { bankId: info.id, period, domains, points: [] };
  if (bank === undefined || bank.days.size === 0) return empty;
  let first = Infinity;
  for (const day of bank.days.keys()) first = Math.min(first, day);
  const last = Math.max(dayOf(now), ...bank.days.keys());
  const n = domains.length;
  const correct = new Float64Array(n);
  const total = new Float64Array(n);
  const answers = new Float64Array(n);
  const right = new Float64Array(n);
  const dailyDecay = decayFactor(DAY_MS);
  const points: MasteryPoint[] = [];
  let periodStart = period === 'week' ? first - ((first + 3) % 7) : first;
  let periodAnswers = 0;
  for (let day = first; day <= last; day++) {
    for (let i = 0; i < n; i++) {
      correct[i] *= dailyDecay;
      total[i] *= dailyDecay;
    }
    const cells = bank.days.get(day);
    if (cells !== undefined) {
      for (let i = 0; i < n; i++) {
        const cell = cells.get(domains[i].id);
        if (cell === undefined) continue;
        correct[i] += cell.correct;
        total[i] += cell.total;
        answers[i] += cell.answers;
        right[i] += cell.right;
        periodAnswers += cell.answers;
      }
    }
    const endOfWeek = (day + 3) % 7 === 6;
    if (period === 'day' || endOfWeek || day === last) {
      const masteries = domains.map((_, i) => masteryFromSums(correct[i], total[i], answers[i], right[i], options));
      const readiness = readinessFromDomains(info, masteries, options);
      points.push({
        start: periodStart * DAY_MS,
        answers: periodAnswers,
        domains: masteries,
        predictedScaled: readiness.predictedScaled,
        passLikelihood: readiness.passLikelihood,
      });
      periodStart = day + 1;
      periodAnswers = 0;
    }
  }
  const keep = options.maxPoints !== undefined ? points.slice(-Math.max(0, options.maxPoints)) : points;
  return { ...empty, points: keep };
}
