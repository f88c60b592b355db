/**
 * A seeded simulation of candidates preparing for one certification, run through the extension's own code:
 * every practice answer becomes an answer record (`createAnswerRecord`) applied to the progress state
 * (`applyRecord`), practice questions are picked by the quick quiz's picker (`nextQuestions`) for candidates
 * who follow the app, every full mock is drawn by the exam engine (`createExam`, with the earlier mocks'
 * questions drawn last as in the kiosk), answered through the reducer (`apply`), scored by `scoreExam` and
 * recorded with `submittedExamRecords` and `examOutcome`, exactly as the extension records a submitted mock.
 *
 * Before each mock every predictor under test is asked for the chance of passing it, and for the chance of
 * passing on the exam day; on the exam day the candidate sits a "real" exam of questions never met (fresh
 * items from the same difficulty distribution: the real exam's questions are not in the bank). The outcomes
 * are returned with the predictions for scoring (`calibration.ts`).
 *
 * Candidates' habits vary: how long they prepare (2–13 weeks), how often they study and how much, whether
 * they follow the app's picks or practise their favourite topics, how often they take mocks, breaks, and
 * cramming before the exam. What makes them right or wrong is `candidate.ts`.
 */
import type { BankInfo, Question } from '../../bank/model';
import { createExam } from '../../exam/createExam';
import type { ExamConfig, MetBefore } from '../../exam/examConfig';
import { apply } from '../../exam/examReducer';
import type { ExamState } from '../../exam/examState';
import { metInMocks } from '../../exam/mockHistory';

import { seededRandom, type Random } from '../../random';
import { DAY_MS } from '../evidence';
import { examOutcome, submittedExamRecords } from '../examAnswers';
import { nextQuestions } from '../nextQuestions';
import { passMark } from '../passPrediction';
import type { ExamOutcome } from '../outcomes';
import { createAnswerRecord, type AnswerMode, type AnswerRecord } from '../records';
import { applyRecord, emptyState, type BankProgress, type ProgressState } from '../state';
import {
  chanceRight, freshChance, itemTruths, learn, newCandidate, normal, studyDay, uniform, type CandidateState, type ItemTruth, type PopulationShift,
} from './candidate';

/** What a predictor is told: exactly what the extension knows at that moment. */
export interface PredictionContext {
  readonly info: BankInfo;
  readonly questions: readonly Question[];
  readonly bank: BankProgress | undefined;
  /** Earlier full mocks of this candidate, oldest first. */
  readonly mocks: readonly ExamOutcome[];
  /** When the questions of earlier mocks were met (what the kiosk passes to the next mock's draw). */
  readonly metBefore: MetBefore;
  /** The time of the prediction. */
  readonly now: number;
  /** The time of the exam predicted: `now` for the mock about to start, later for the exam day. */
  readonly at: number;
  /** A mock of the bank's questions, or the real exam (questions never met, `scoredCount` scored). */
  readonly target: 'mock' | 'exam';
}

/** A chance of passing with an optional 80% interval for it; undefined when the predictor says "not enough data". */
export type PredictionValue = { readonly pass: number; readonly low?: number; readonly high?: number } | undefined;

export type Predictor = (context: PredictionContext) => PredictionValue;

/** One predicted exam and how it went. */
export interface Observation {
  readonly candidate: number;
  readonly target: 'mock' | 'exam';
  /** 1 for the candidate's first mock, …; 0 for the real exam. */
  readonly mockNumber: number;
  /** Days between the prediction and the exam. */
  readonly horizonDays: number;
  /** Full mocks taken before the prediction. */
  readonly mocksBefore: number;
  /** By predictor name. */
  readonly predictions: Readonly<Record<string, PredictionValue>>;
  readonly passed: boolean;
  readonly proportion: number;
  /** The candidate's true chance of passing that very exam (over right/wrong draws and the form of the day). */
  readonly trueChance: number;
  /** The candidate's true expected proportion right on that exam (over the form of the day). */
  readonly trueProportion: number;
}

export interface SimulationOptions {
  readonly info: BankInfo;
  readonly questions: readonly Question[];
  readonly candidates: number;
  readonly seed: number;
  readonly predictors: Readonly<Record<string, Predictor>>;
  /** Candidates are numbered from here (to split a run, or to keep fitting and testing sets apart). */
  readonly firstCandidate?: number;
  /** How the candidates differ from the population the predictor was fitted on (none by default). */
  readonly shift?: PopulationShift;
  /** Share of candidates' sessions that follow the app's picks, instead of each candidate's own 0–100 %. */
  readonly followApp?: number;
  /** Hears every candidate's answer records, in answering order, when the candidate is done. */
  readonly onRecords?: (candidate: number, records: readonly AnswerRecord[]) => void;
}

export interface SimulationResult {
  readonly observations: readonly Observation[];
  readonly answers: number;
  readonly mocks: number;
}

const START = Date.UTC(2026, 0, 5);
const MODES: readonly AnswerMode[] = ['quiz', 'practice', 'sidebar'];

/** Runs the simulation; the same options give the same result. */
export function simulate(options: SimulationOptions): SimulationResult {
  const { questions } = options;
  const items = itemTruths(questions, seededRandom(options.seed ^ 0x5eed));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const byTask = new Map<string, Question[]>();
  for (const q of questions) byTask.set(q.task, [...(byTask.get(q.task) ?? []), q]);
  const tasks = [...byTask.keys()].sort();
  const observations: Observation[] = [];
  let answers = 0;
  let mocks = 0;
  const first = options.firstCandidate ?? 0;
  for (let c = first; c < first + options.candidates; c++) {
    const random = seededRandom(hash(options.seed, c));
    const run = runCandidate({ ...options, c, random, items, byId, byTask, tasks, observations });
    answers += run.answers;
    mocks += run.mocks;
  }
  return { observations, answers, mocks };
}

interface CandidateRun extends SimulationOptions {
  readonly c: number;
  readonly random: Random;
  readonly items: ReadonlyMap<string, ItemTruth>;
  readonly byId: ReadonlyMap<string, Question>;
  readonly byTask: ReadonlyMap<string, readonly Question[]>;
  readonly tasks: readonly string[];
  readonly observations: Observation[];
}

interface Habits {
  readonly days: number;
  readonly studyChance: number;
  readonly sessionSize: number;
  readonly followApp: number;
  readonly favourites: ReadonlyMap<string, number>;
  readonly mockEvery: number;
  readonly firstMock: number;
  readonly breakStart: number;
  readonly breakDays: number;
  readonly crammer: boolean;
}

function habitsOf(tasks: readonly string[], random: Random): Habits {
  const days = Math.round(uniform(random, 14, 90));
  const hasBreak = random() < 0.3;
  return {
    days,
    studyChance: uniform(random, 0.3, 0.95),
    sessionSize: Math.round(uniform(random, 8, 50)),
    followApp: random(),
    // Some topics are more fun than others: practice off the app's picks leans towards them.
    favourites: new Map(tasks.map((t) => [t, Math.pow(random(), 2) + 0.05] as const)),
    mockEvery: Math.round(uniform(random, 3, 14)),
    firstMock: Math.round(uniform(random, 1, Math.max(2, days * 0.6))),
    breakStart: hasBreak ? Math.round(uniform(random, 5, days)) : Infinity,
    breakDays: hasBreak ? Math.round(uniform(random, 5, 25)) : 0,
    crammer: random() < 0.25,
  };
}

function runCandidate(run: CandidateRun): { answers: number; mocks: number } {
  const { info, questions, random, items, byId, c } = run;
  const candidate = newCandidate(run.tasks, random, run.shift);
  const drawn = habitsOf(run.tasks, random);
  const habits = run.followApp === undefined ? drawn : { ...drawn, followApp: run.followApp };
  const state: ProgressState = emptyState();
  const mockStates: ExamState[] = [];
  const outcomes: ExamOutcome[] = [];
  const pending: { observation: Omit<Observation, 'passed' | 'proportion' | 'trueChance' | 'trueProportion'> }[] = [];
  const examAt = START + habits.days * DAY_MS + 9 * 3_600_000;
  let answers = 0;
  let recordId = 0;
  let lastMockDay = -Infinity;
  const records: AnswerRecord[] = [];
  const record = (answer: AnswerRecord): void => {
    applyRecord(state, answer);
    if (run.onRecords !== undefined) records.push(answer);
    answers++;
  };
  const bank = (): BankProgress | undefined => state.banks.get(info.id);
  const context = (now: number, at: number, target: 'mock' | 'exam'): PredictionContext => ({
    info, questions, bank: bank(), mocks: outcomes.slice(), metBefore: metInMocks(mockStates, info.id), now, at, target,
  });
  const predictAll = (ctx: PredictionContext): Record<string, PredictionValue> => {
    const out: Record<string, PredictionValue> = {};
    for (const [name, predictor] of Object.entries(run.predictors)) out[name] = predictor(ctx);
    return out;
  };

  for (let day = 0; day < habits.days; day++) {
    if (day >= habits.breakStart && day < habits.breakStart + habits.breakDays) continue;
    const daysLeft = habits.days - day;
    const cramming = habits.crammer && daysLeft <= 14;
    const dayStart = START + day * DAY_MS;
    if (random() < (cramming ? 1 : habits.studyChance)) {
      studyDay(candidate);
      let at = dayStart + Math.round(uniform(random, 7, 21) * 3_600_000);
      const size = Math.max(1, Math.round(habits.sessionSize * (cramming ? 2 : 1) * uniform(random, 0.6, 1.4)));
      const picks = random() < habits.followApp
        ? nextQuestions(questions, bank(), at, size, { info, seed: hash(c, day) }).map((p) => byId.get(p.questionId)!)
        : favouritePicks(run, habits, size, random);
      const mode = MODES[Math.floor(random() * MODES.length)];
      for (const question of picks) {
        const correct = random() < chanceRight(candidate, question, items.get(question.id)!, at);
        record(createAnswerRecord(question, { correct, timeMs: 50_000, answeredAt: at, mode }, `${at.toString(36)}-s${c}-${recordId++}`));
        learn(candidate, question, correct, at);
        at += Math.round(uniform(random, 30, 120) * 1000);
      }
    }
    const mockDue = day >= habits.firstMock && day - lastMockDay >= habits.mockEvery && daysLeft >= 1;
    if (mockDue) {
      const at = dayStart + 20 * 3_600_000;
      const ctx = context(at, at, 'mock');
      const predictions = predictAll(ctx);
      pending.push({ observation: projection(c, predictAll(context(at, examAt, 'exam')), at, examAt, outcomes.length) });
      const mock = sitExam(run, candidate, { kind: 'full' }, at, ctx.metBefore, false);
      mockStates.push(mock.state);
      const outcome = examOutcome(mock.state);
      if (outcome !== undefined) outcomes.push(outcome);
      for (const answer of submittedExamRecords(mock.state)) {
        record(answer);
        learn(candidate, byId.get(answer.questionId)!, answer.correct, answer.answeredAt);
      }
      run.observations.push({
        candidate: c, target: 'mock', mockNumber: outcomes.length, horizonDays: 0, mocksBefore: outcomes.length - 1, predictions,
        passed: mock.passed, proportion: mock.proportion, trueChance: mock.trueChance, trueProportion: mock.trueProportion,
      });
      lastMockDay = day;
    }
  }
  const morning = examAt - 2 * 3_600_000;
  pending.push({ observation: projection(c, predictAll(context(morning, examAt, 'exam')), morning, examAt, outcomes.length) });
  const exam = sitExam(run, candidate, { kind: 'custom', count: info.scoredCount, minutes: info.minutes }, examAt, new Map(), true);
  for (const { observation } of pending) {
    run.observations.push({ ...observation, passed: exam.passed, proportion: exam.proportion, trueChance: exam.trueChance, trueProportion: exam.trueProportion });
  }
  run.onRecords?.(c, records);
  return { answers, mocks: outcomes.length };
}

function projection(c: number, predictions: Record<string, PredictionValue>, now: number, examAt: number, mocksBefore: number): Omit<Observation, 'passed' | 'proportion' | 'trueChance' | 'trueProportion'> {
  return { candidate: c, target: 'exam', mockNumber: 0, horizonDays: Math.round((examAt - now) / DAY_MS), mocksBefore, predictions };
}

/** Practice off the app's picks: questions of the candidate's favourite tasks, seen or not. */
function favouritePicks(run: CandidateRun, habits: Habits, size: number, random: Random): Question[] {
  const total = run.tasks.reduce((sum, t) => sum + habits.favourites.get(t)!, 0);
  const picks: Question[] = [];
  for (let i = 0; i < size; i++) {
    let x = random() * total;
    let task = run.tasks[run.tasks.length - 1];
    for (const t of run.tasks) {
      x -= habits.favourites.get(t)!;
      if (x <= 0) {
        task = t;
        break;
      }
    }
    const pool = run.byTask.get(task)!;
    picks.push(pool[Math.floor(random() * pool.length)]);
  }
  return picks;
}

/**
 * One exam drawn by the exam engine and answered through the reducer, submitted at the end of its time. A
 * `fresh` exam stands for the real one: its questions are answered as never-met questions of new difficulty.
 */
function sitExam(
  run: CandidateRun,
  candidate: CandidateState,
  config: ExamConfig,
  at: number,
  metBefore: MetBefore,
  fresh: boolean,
): { state: ExamState; passed: boolean; proportion: number; trueChance: number; trueProportion: number } {
  const { info, questions, random, items, byId } = run;
  const created = createExam({ info, questions, config, seed: Math.floor(random() * 0x100000000) >>> 0, now: at, metBefore });
  if (created.state === undefined) throw new Error(`no exam: ${created.issues.map((i) => i.message).join(' ')}`);
  let state = created.state;
  const form = normal(random) * candidate.traits.formSd;
  const chances: number[] = [];
  // A chance per item at a given form: the true chance of passing integrates over the form of the day.
  const chanceAt: ((f: number) => number)[] = state.items.map((item) => {
    const question = byId.get(item.questionId)!;
    if (fresh) {
      const truth: ItemTruth = { difficulty: normal(random), guess: items.get(item.questionId)!.guess };
      return (f: number) => freshChance(candidate, question.task, truth, at, f);
    }
    return (f: number) => chanceRight(candidate, question, items.get(item.questionId)!, at, f);
  });
  state.items.forEach((item, index) => {
    const chance = chanceAt[index](form);
    chances.push(chance);
    const correct = random() < chance;
    const wrong = item.optionOrder.filter((o) => !item.answerKey.includes(o));
    const chosen = correct || wrong.length === 0
      ? item.answerKey
      : [...item.answerKey.slice(0, Math.max(0, item.selectCount - 1)), wrong[Math.floor(random() * wrong.length)]];
    for (const option of chosen) state = apply(state, { type: 'select', option, index }, at + index * 60_000).state;
  });
  state = apply(state, { type: 'submit' }, at + state.items.length * 60_000).state;
  const result = state.result!;
  const n = state.items.length;
  const mark = passMark(n, info.passingScore);
  const atForm = (z: number) => chanceAt.map((chance) => chance(z * candidate.traits.formSd));
  const trueChance = gaussHermite((z) => atLeast(atForm(z), mark));
  const trueProportion = gaussHermite((z) => atForm(z).reduce((sum, p) => sum + p, 0) / n);
  return { state, passed: result.passed, proportion: result.correct / Math.max(1, result.total), trueChance, trueProportion };
}

/** P(at least `k` successes) of independent trials with `chances` (Poisson-binomial, exact). */
export function atLeast(chances: readonly number[], k: number): number {
  let dist = new Float64Array(chances.length + 1);
  dist[0] = 1;
  chances.forEach((p, i) => {
    const next = new Float64Array(chances.length + 1);
    for (let j = 0; j <= i; j++) {
      next[j] += dist[j] * (1 - p);
      next[j + 1] += dist[j] * p;
    }
    dist = next;
  });
  let sum = 0;
  for (let j = Math.max(0, k); j <= chances.length; j++) sum += dist[j];
  return Math.min(1, sum);
}

/** E[f(Z)] for a standard normal Z, by 7-point Gauss–Hermite quadrature. */
function gaussHermite(f: (z: number) => number): number {
  const nodes = [0, 1.1544053947399682, 2.366759410734541, 3.750439717725742];
  const weights = [0.4571428571428571, 0.2401231786050127, 0.030757123967586, 0.000548268855972];
  let sum = weights[0] * f(0);
  for (let i = 1; i < nodes.length; i++) sum += weights[i] * (f(nodes[i]) + f(-nodes[i]));
  return sum;
}

function hash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
