/**
 * Drawing the questions of an exam from a bank: by blueprint weight for full, custom and practice exams, or an
 * explicit list. Every random choice comes from the `random` passed in, and pools are sorted by id first, so
 * the same seed and the same bank give the same exam whatever order the files were read in.
 */
import type { BankInfo, Question } from '../bank/model';
import { shuffled, type Random } from '../random';
import { allocate } from './apportion';
import { weightOf, type BlueprintFilter, type ExamConfig, type MetBefore, type QuestionWeights } from './examConfig';
import type { ExamIssue } from './examState';

export interface Selection {
  /** The drawn questions in exam order. */
  readonly questions: readonly Question[];
  /** How many were asked for. More than `questions.length` when the bank had too few. */
  readonly requested: number;
  readonly issues: readonly ExamIssue[];
}

/**
 * Draws the questions for `config`. Blueprint kinds apportion the count over domains by weight (largest
 * remainder), then over each domain's task statements; a domain or task with too few questions is filled from
 * the others in proportion, and no question is drawn twice. Per-question `weights` steer which questions of a
 * task are drawn and, except in a full exam, how the domain's share is spread over its tasks (by their mean
 * weight); the split over domains always follows the blueprint, and a full exam's split over tasks too, so every
 * mock exam has the same shape. Questions in `metBefore` are drawn only when their task has no other question
 * left, least recently met first. Never throws: impossible requests give fewer questions and issues.
 */
export function selectQuestions(
  info: BankInfo,
  questions: readonly Question[],
  config: ExamConfig,
  random: Random,
  weights?: QuestionWeights,
  metBefore?: MetBefore,
): Selection {
  if (config.kind === 'list') return selectList(questions, config.questionIds, config.order, random);
  const requested = config.kind === 'full' ? info.questionCount : config.count;
  if (!Number.isInteger(requested) || requested < 1) {
    return { questions: [], requested: 0, issues: [issue('error', 'count-invalid', `Cannot make an exam of ${requested} questions.`)] };
  }
  const issues: ExamIssue[] = [];
  const domains = eligibleDomains(info, questions, config.kind === 'full' ? {} : config, issues);
  const domainCounts = allocate(requested, domains.map((d) => ({ weight: d.weight, capacity: d.pool.length })));
  const picked: Question[] = [];
  domains.forEach((domain, i) => {
    const wanted = Math.round((requested * domain.weight) / Math.max(1e-9, totalWeight(domains)));
    if (domain.weight > 0 && domainCounts[i] < wanted && domainCounts[i] === domain.pool.length) {
      issues.push(issue('info', 'domain-short', `Domain ${domain.id} has only ${domain.pool.length} questions for its share of ${wanted}; the rest were drawn from other domains.`));
    }
    picked.push(...drawFromDomain(domain, domainCounts[i], random, { weights, metBefore, steerTasks: config.kind !== 'full' }));
  });
  if (picked.length < requested && picked.length > 0) {
    issues.push(issue('warning', 'fewer-questions', `The bank has only ${picked.length} questions for this exam, so all of them were taken instead of ${requested}.`));
  }
  if (picked.length === 0) issues.push(issue('error', 'no-questions', 'The bank has no questions for this exam.'));
  return { questions: shuffled(picked, random), requested, issues };
}

interface DomainPool {
  readonly id: string;
  readonly weight: number;
  /** Task ids of the blueprint in scope, in blueprint order; questions with other tasks go last. */
  readonly tasks: readonly string[];
  readonly pool: readonly Question[];
}

function eligibleDomains(info: BankInfo, questions: readonly Question[], filter: BlueprintFilter, issues: ExamIssue[]): DomainPool[] {
  const wantedDomains = new Set(filter.domains ?? []);
  const wantedTasks = new Set(filter.tasks ?? []);
  const unfiltered = wantedDomains.size === 0 && wantedTasks.size === 0;
  const known = new Set(info.domains.flatMap((d) => [`d:${d.id}`, ...d.tasks.map((t) => `t:${t.id}`)]));
  const unknown = [...wantedDomains].filter((id) => !known.has(`d:${id}`)).concat([...wantedTasks].filter((id) => !known.has(`t:${id}`)));
  if (unknown.length > 0) issues.push(issue('warning', 'filter-unknown', `Not in the blueprint, ignored: ${unknown.join(', ')}.`));
  const byId = sortedById(questions);
  const result: DomainPool[] = [];
  for (const domain of info.domains) {
    const whole = unfiltered || wantedDomains.has(domain.id);
    const tasks = domain.tasks.map((t) => t.id).filter((id) => whole || wantedTasks.has(id));
    if (!whole && tasks.length === 0) continue;
    const inScope = (q: Question) => q.domain === domain.id && (whole || tasks.includes(q.task));
    // The blueprint gives no task weights, so a domain's weight is spread evenly over its tasks.
    const share = domain.tasks.length === 0 ? 1 : tasks.length / domain.tasks.length;
    result.push({ id: domain.id, weight: domain.weight * share, tasks, pool: byId.filter(inScope) });
  }
  if (unfiltered) {
    const blueprint = new Set(info.domains.map((d) => d.id));
    const stray = byId.filter((q) => !blueprint.has(q.domain));
    if (stray.length > 0) result.push({ id: '(outside the blueprint)', weight: 0, tasks: [], pool: stray });
  }
  return result;
}

interface Steering {
  readonly weights: QuestionWeights | undefined;
  readonly metBefore: MetBefore | undefined;
  /** Whether weights may move a domain's share between its tasks (not in a full exam). */
  readonly steerTasks: boolean;
}

function drawFromDomain(domain: DomainPool, count: number, random: Random, steering: Steering): Question[] {
  if (count === 0) return [];
  const groups = domain.tasks.map((task) => domain.pool.filter((q) => q.task === task));
  const known = new Set(domain.tasks);
  groups.push(domain.pool.filter((q) => !known.has(q.task)));
  const taskWeight = (group: readonly Question[]): number => (steering.steerTasks ? meanWeight(group, steering.weights) : 1);
  const taskWeights = groups.map((group, i) => (i === domain.tasks.length || group.length === 0 ? 0 : taskWeight(group)));
  const counts = allocate(count, groups.map((group, i) => ({ weight: taskWeights[i], capacity: group.length })));
  return groups.flatMap((group, i) => weightedSample(group, counts[i], random, steering));
}

/**
 * `count` distinct questions, each drawn with probability proportional to its weight (Efraimidis–Spirakis:
 * the largest `log(u) / w` keys win). Weight 0 sorts last, drawn only when nothing else is left. Before those,
 * questions met before come after the ones not met whatever their weights, the least recently met first. Every
 * question takes its random numbers either way, so the rest of the exam does not depend on the history.
 */
function weightedSample(group: readonly Question[], count: number, random: Random, { weights, metBefore }: Steering): Question[] {
  if (count === 0) return [];
  const keyed = group.map((question) => {
    const w = weightOf(weights, question);
    const u = random();
    const tie = random();
    const met = metBefore?.get(question.id);
    return {
      question,
      lastResort: w > 0 ? 0 : 1,
      met: met === undefined ? -Infinity : Number.isFinite(met) ? met : 0,
      key: w > 0 ? Math.log(Math.max(u, Number.MIN_VALUE)) / w : 0,
      tie,
    };
  });
  // Differences of -Infinity are NaN, which reads as a tie and moves on to the next key.
  keyed.sort((a, b) => a.lastResort - b.lastResort || a.met - b.met || b.key - a.key || a.tie - b.tie);
  return keyed.slice(0, count).map((k) => k.question);
}

function selectList(questions: readonly Question[], ids: readonly string[], order: 'keep' | 'shuffle', random: Random): Selection {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const found: Question[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const question = byId.get(id);
    if (question) found.push(question);
    else missing.push(id);
  }
  const issues: ExamIssue[] = [];
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, and ${missing.length - 5} more` : '');
    issues.push(issue('warning', 'question-not-found', `${missing.length} of the listed questions are no longer in the bank: ${shown}.`));
  }
  if (found.length === 0) issues.push(issue('error', 'no-questions', 'None of the listed questions is in the bank.'));
  return { questions: order === 'shuffle' ? shuffled(found, random) : found, requested: seen.size, issues };
}

function meanWeight(group: readonly Question[], weights: QuestionWeights | undefined): number {
  return group.reduce((sum, q) => sum + weightOf(weights, q), 0) / group.length;
}

function totalWeight(domains: readonly DomainPool[]): number {
  return domains.reduce((sum, d) => sum + d.weight, 0);
}

/** Sorted by id and without duplicate ids (the parser refuses them; this keeps an exam free of repeats anyway). */
function sortedById(questions: readonly Question[]): Question[] {
  const unique = [...new Map(questions.map((q) => [q.id, q] as const)).values()];
  return unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function issue(severity: ExamIssue['severity'], code: string, message: string): ExamIssue {
  return { severity, code, message };
}
