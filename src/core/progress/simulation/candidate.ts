/**
 * The simulated candidates' "truth": how likely a candidate is to answer a question right at a given time, and
 * how that changes as they study. It is deliberately a different model from the ones Exam Kiosk predicts
 * with (Beta–Bernoulli mastery with a 30-day half-life, FSRS item memory, a normal approximation of the
 * exam), so that the calibration benchmark tests the predictor against something it does not assume:
 *
 * - **Ability per task statement** on a logit scale: a general level, a fixed offset per task, a gain from
 *   practising that task that saturates (`gain · (1 − e^(−n/κ))`, n the task's practice), and a general
 *   gain from studying outside the app (reading, labs) on study days.
 * - **Forgetting**: a task's practice count decays with the candidate's own half-life when the task is not
 *   practised, so ability falls back towards where it started.
 * - **Item difficulty and guessing** per question (three-parameter logistic with the guessing floor of the
 *   question's option count): p = g + (1 − g) · σ(θ − b).
 * - **Item memory**: a question seen before may be remembered (its answer, not the skill), exponentially
 *   forgotten with a per-item stability that grows each time it is recalled: memory makes repeats easier than
 *   new questions, which is why practice accuracy overstates exam accuracy.
 * - **Form on the day**: a full mock adds one normal shift of the candidate's logit ability for all its items
 *   (tiredness, nerves), which makes mock scores vary more than a binomial.
 *
 * Everything random comes from the seeded generator passed in.
 */
import type { Question } from '../../bank/model';
import type { Random } from '../../random';
import { DAY_MS } from '../evidence';

/** What a question is like for every candidate. */
export interface ItemTruth {
  /** Logit difficulty. */
  readonly difficulty: number;
  /** Chance of guessing right: 1 / (ways to choose `selectCount` of the options). */
  readonly guess: number;
}

/** A candidate's fixed traits. */
export interface CandidateTraits {
  /** General ability at the start, logit. */
  readonly base: number;
  /** By task id: the candidate's offset for that task, logit. */
  readonly taskOffset: ReadonlyMap<string, number>;
  /** Most a task's practice can add, logit. */
  readonly gain: number;
  /** Practice (answers to the task) for 63% of the gain. */
  readonly kappa: number;
  /** Days for a task's practice to halve when unused. */
  readonly forgetHalfLife: number;
  /** Logit added per study day by studying outside the app. */
  readonly dailyGrowth: number;
  /** Stability (days) of the memory of a question after first seeing it… */
  readonly memoryStability: number;
  /** … multiplied by this each time it is recalled. */
  readonly memoryGrowth: number;
  /** Standard deviation of the form on a mock day, logit. */
  readonly formSd: number;
}

/** A candidate's changing state. */
export interface CandidateState {
  readonly traits: CandidateTraits;
  /** By task id: practice count and when it was last updated. */
  readonly practice: Map<string, { n: number; at: number }>;
  /** Logit gained from outside study so far. */
  outside: number;
  /** By question id: the memory of its answer. */
  readonly memory: Map<string, { stability: number; at: number }>;
}

/** Each question's truth, drawn once per simulation (seeded) and shared by all candidates. */
export function itemTruths(questions: readonly Question[], random: Random): Map<string, ItemTruth> {
  const out = new Map<string, ItemTruth>();
  for (const q of [...questions].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    out.set(q.id, { difficulty: normal(random) * 1.0, guess: 1 / binomial(Math.max(q.options.length, q.selectCount + 1), q.selectCount) });
  }
  return out;
}

/**
 * Departures from the population the predictor was fitted on, to see how much its calibration depends on it
 * (the benchmark's sensitivity table). The default is no departure.
 */
export interface PopulationShift {
  /** Added to every candidate's starting ability (logit). */
  readonly ability?: number;
  /** Multiplies how long questions are remembered. */
  readonly memory?: number;
  /** Multiplies how fast practice is forgotten (2: twice as fast). */
  readonly forgetting?: number;
  /** Multiplies what practice can add. */
  readonly gain?: number;
}

/** A new candidate of the population. */
export function newCandidate(tasks: readonly string[], random: Random, shift: PopulationShift = {}): CandidateState {
  const taskOffset = new Map(tasks.map((t) => [t, normal(random) * 0.5] as const));
  const traits: CandidateTraits = {
    base: -0.7 + (shift.ability ?? 0) + normal(random) * 0.8,
    taskOffset,
    gain: uniform(random, 0.6, 2.2) * (shift.gain ?? 1),
    kappa: uniform(random, 8, 30),
    forgetHalfLife: uniform(random, 15, 120) / (shift.forgetting ?? 1),
    dailyGrowth: uniform(random, 0, 0.02),
    memoryStability: uniform(random, 0.5, 5) * (shift.memory ?? 1),
    memoryGrowth: uniform(random, 1.5, 3.5),
    formSd: uniform(random, 0.1, 0.35),
  };
  return { traits, practice: new Map(), outside: 0, memory: new Map() };
}

/** The candidate's logit ability on `task` at `now` (without the form of the day). */
export function ability(candidate: CandidateState, task: string, now: number): number {
  const { traits } = candidate;
  const practice = candidate.practice.get(task);
  const n = practice === undefined ? 0 : practice.n * halving(now - practice.at, traits.forgetHalfLife);
  return traits.base + (traits.taskOffset.get(task) ?? 0) + traits.gain * (1 - Math.exp(-n / traits.kappa)) + candidate.outside;
}

/** Chance of answering `question` right at `now`; `form` shifts the ability (a mock day's form). */
export function chanceRight(candidate: CandidateState, question: Question, item: ItemTruth, now: number, form = 0): number {
  return combine(abilityChance(ability(candidate, question.task, now) + form, item), recall(candidate, question.id, now));
}

/** Chance of answering a question never met, with `item`'s difficulty, on `task`. */
export function freshChance(candidate: CandidateState, task: string, item: ItemTruth, now: number, form = 0): number {
  return abilityChance(ability(candidate, task, now) + form, item);
}

/** What answering `question` at `now` (and reading its explanation) teaches the candidate. */
export function learn(candidate: CandidateState, question: Question, correct: boolean, now: number): void {
  const { traits } = candidate;
  const practice = candidate.practice.get(question.task);
  const n = practice === undefined ? 0 : practice.n * halving(now - practice.at, traits.forgetHalfLife);
  candidate.practice.set(question.task, { n: n + 1, at: now });
  const memory = candidate.memory.get(question.id);
  if (memory === undefined) {
    candidate.memory.set(question.id, { stability: traits.memoryStability, at: now });
  } else {
    const recalled = correct && Math.exp(-(now - memory.at) / DAY_MS / memory.stability) > 0.3;
    const stability = recalled ? memory.stability * traits.memoryGrowth : Math.max(traits.memoryStability, memory.stability * 0.7);
    candidate.memory.set(question.id, { stability, at: now });
  }
}

/** A day of studying outside the app. */
export function studyDay(candidate: CandidateState): void {
  candidate.outside += candidate.traits.dailyGrowth;
}

function abilityChance(theta: number, item: ItemTruth): number {
  return item.guess + (1 - item.guess) / (1 + Math.exp(-(theta - item.difficulty)));
}

function recall(candidate: CandidateState, questionId: string, now: number): number {
  const memory = candidate.memory.get(questionId);
  if (memory === undefined) return 0;
  // Remembering which option was right is not always enough: options are reshuffled, details confused.
  return 0.9 * Math.exp(-Math.max(0, now - memory.at) / DAY_MS / memory.stability);
}

/** Right when either the skill or the memory of the item gets there. */
function combine(skill: number, memory: number): number {
  return 1 - (1 - skill) * (1 - memory);
}

function halving(ms: number, halfLifeDays: number): number {
  return Math.pow(2, -Math.max(0, ms) / DAY_MS / halfLifeDays);
}

/** A standard normal draw (Box–Muller). */
export function normal(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export function uniform(random: Random, low: number, high: number): number {
  return low + (high - low) * random();
}

function binomial(n: number, k: number): number {
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}
