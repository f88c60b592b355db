/**
 * The in-memory aggregate of an answer history: what every view is computed from. It is built by replaying
 * records in answering order, updated one record at a time as answers come in, saved as the summary file and
 * loaded back from it, so views never need the whole history.
 *
 * The structures are mutable for speed while building; everything outside this module treats them as
 * read-only.
 */
import { addAnswer, answerWeights, DAY_MS, emptyTally, type Tally } from './evidence';
import { sortedByTime, type AnswerRecord } from './records';
import { DEFAULT_MODEL, reviewCard, type ReviewCard, type ReviewModel } from './scheduler';

/** One question's history in short. */
export interface QuestionProgress {
  attempts: number;
  right: number;
  lastAnsweredAt: number;
  lastCorrect: boolean;
  card: ReviewCard;
}

/** Weighted (not decayed) answers of one domain on one UTC day, for the mastery-over-time chart. */
export interface DayCell {
  correct: number;
  total: number;
  answers: number;
  right: number;
}

/** Everything known about one certification's bank. */
export interface BankProgress {
  readonly bankId: string;
  /** By task statement id (`"1.1"`). */
  readonly tasks: Map<string, Tally>;
  /** By domain id (`"1"`). */
  readonly domains: Map<string, Tally>;
  /** By question id. */
  readonly questions: Map<string, QuestionProgress>;
  /** By UTC day number (days since 1970-01-01), then domain id. */
  readonly days: Map<number, Map<string, DayCell>>;
  answers: number;
  right: number;
  firstAnsweredAt: number;
  lastAnsweredAt: number;
}

export interface ProgressState {
  /** By bank id. */
  readonly banks: Map<string, BankProgress>;
  /** Records applied so far. */
  records: number;
  /** Latest `answeredAt` applied, 0 when none. */
  lastAnsweredAt: number;
}

export function emptyState(): ProgressState {
  return { banks: new Map(), records: 0, lastAnsweredAt: 0 };
}

export function emptyBank(bankId: string): BankProgress {
  return {
    bankId,
    tasks: new Map(),
    domains: new Map(),
    questions: new Map(),
    days: new Map(),
    answers: 0,
    right: 0,
    firstAnsweredAt: 0,
    lastAnsweredAt: 0,
  };
}

/** The UTC day number of an epoch-ms time. */
export function dayOf(at: number): number {
  return Math.floor(at / DAY_MS);
}

/**
 * A question's review card known from elsewhere (another machine, through the sync summary). When it is
 * newer than this log's card but not newer than the answer being applied, the answer continues its schedule.
 */
export type CardSource = (bankId: string, questionId: string) => ReviewCard | undefined;

/**
 * Replays `records` (in answering order, whatever order they come in) into a new state, scheduling reviews
 * with `model` (FSRS with the default weights unless the learner's own were fitted).
 */
export function buildState(records: readonly AnswerRecord[], cards?: CardSource, model: ReviewModel = DEFAULT_MODEL): ProgressState {
  const state = emptyState();
  for (const record of sortedByTime(records)) applyRecord(state, record, cards, model);
  return state;
}

/**
 * Adds one answer. Records should come in answering order: a record older than the question's latest answer
 * is still counted, but its review schedule would be replayed out of order, so the store rebuilds instead.
 */
export function applyRecord(state: ProgressState, record: AnswerRecord, cards?: CardSource, model: ReviewModel = DEFAULT_MODEL): void {
  let bank = state.banks.get(record.bankId);
  if (bank === undefined) {
    bank = emptyBank(record.bankId);
    state.banks.set(record.bankId, bank);
  }
  const at = record.answeredAt;
  const question = bank.questions.get(record.questionId);
  const weights = answerWeights(record, question?.lastAnsweredAt);
  addAnswer(tallyOf(bank.tasks, record.task), at, record.correct, weights.task);
  addAnswer(tallyOf(bank.domains, record.domain), at, record.correct, weights.domain);
  addToDay(bank, dayOf(at), record.domain, record.correct, weights.domain);

  let base = question?.card;
  const other = cards?.(record.bankId, record.questionId);
  // A minute of slack: synced times are rounded to minutes, and this machine's own card comes back that way.
  if (other !== undefined && other.lastReview <= at && (base === undefined || other.lastReview > base.lastReview + 60_000)) {
    base = other;
  }
  const card = reviewCard(base, record.contentHash, at, record.correct, model);
  if (question === undefined) {
    bank.questions.set(record.questionId, {
      attempts: 1,
      right: record.correct ? 1 : 0,
      lastAnsweredAt: at,
      lastCorrect: record.correct,
      card,
    });
  } else {
    question.attempts += 1;
    if (record.correct) question.right += 1;
    if (at >= question.lastAnsweredAt) {
      question.lastAnsweredAt = at;
      question.lastCorrect = record.correct;
    }
    question.card = card;
  }
  bank.answers += 1;
  if (record.correct) bank.right += 1;
  if (bank.firstAnsweredAt === 0 || at < bank.firstAnsweredAt) bank.firstAnsweredAt = at;
  if (at > bank.lastAnsweredAt) bank.lastAnsweredAt = at;
  state.records += 1;
  if (at > state.lastAnsweredAt) state.lastAnsweredAt = at;
}

function tallyOf(map: Map<string, Tally>, key: string): Tally {
  let tally = map.get(key);
  if (tally === undefined) {
    tally = emptyTally();
    map.set(key, tally);
  }
  return tally;
}

function addToDay(bank: BankProgress, day: number, domain: string, correct: boolean, weight: number): void {
  let cells = bank.days.get(day);
  if (cells === undefined) {
    cells = new Map();
    bank.days.set(day, cells);
  }
  let cell = cells.get(domain);
  if (cell === undefined) {
    cell = { correct: 0, total: 0, answers: 0, right: 0 };
    cells.set(domain, cell);
  }
  cell.total += weight;
  if (correct) cell.correct += weight;
  cell.answers += 1;
  if (correct) cell.right += 1;
}
