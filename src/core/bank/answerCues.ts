/**
 * Test-wise cues in a bank: can a candidate who knows nothing score by picking the longest option? Writers tend
 * to make the right answer the most complete, qualified sentence, and candidates learn that. On the real exam
 * options are long and similar in length, so a bank whose keys stand out by length flatters its users. Writers
 * who trim keys to fix that often overshoot into the opposite cue, the shortest option, so both are measured.
 *
 * Lengths are measured on the text a candidate reads (markdown stripped), in characters; stem and option
 * lengths are also given in words, since exam-grade stems are long, multi-constraint scenarios.
 */
import { plainText } from '../practice/plainText';
import type { BankIssue, Question } from './model';

/** How often a cue gives the answer away, against how often it would by chance. */
export interface CueRate {
  /** Questions measured. */
  readonly questions: number;
  /** Of those, how many show the cue. */
  readonly hits: number;
  /** `hits / questions`, 0–1 (0 when nothing was measured). */
  readonly share: number;
  /**
   * The share expected if the key were put in at random among the options, 0–1: the mean of 1 / option count
   * (single answer) or 1 / C(n, k) (multiple response) over the questions measured.
   */
  readonly chance: number;
}

export interface AnswerCues {
  /** Single-answer questions whose key is the strictly longest option (a tie is not "strictly longest"). */
  readonly keyLongest: CueRate;
  /**
   * Multiple-response questions whose keys are exactly the k longest options: the key's shortest is strictly
   * longer than every distractor.
   */
  readonly keysLongest: CueRate;
  /** Single-answer questions whose key is the strictly shortest option. */
  readonly keyShortest: CueRate;
  /** Multiple-response questions whose keys are exactly the k shortest options. */
  readonly keysShortest: CueRate;
  /** Single-answer questions by the key's position in the source file: index 0 counts keys written first. */
  readonly keyPositions: readonly number[];
  /** Words of the stems. */
  readonly stemWords: { readonly mean: number; readonly median: number };
  /** Mean words of an option, over every option of every question. */
  readonly optionWords: number;
}

/** A cue in a bank of at least this many questions is worth a warning; in a smaller one it is noise. */
export const CUE_MIN_QUESTIONS = 40;
/** A cue is reported when its share exceeds this many times its chance rate. */
export const CUE_CHANCE_FACTOR = 1.5;
export const CUE_ISSUE_CODE = 'answer-length-cue';

/** The answer-length cues and lengths of `questions` (a bank's valid questions). */
export function answerCues(questions: readonly Question[]): AnswerCues {
  const positions: number[] = [];
  for (const question of questions) {
    if (question.options.filter((o) => o.correct).length !== 1) continue;
    const key = question.options.findIndex((o) => o.correct);
    while (positions.length <= key) positions.push(0);
    positions[key]++;
  }
  const stems = questions.map((q) => wordsOf(q).stem).sort((a, b) => a - b);
  const optionWords = questions.flatMap((q) => wordsOf(q).options);
  return {
    ...lengthCues(questions),
    keyPositions: positions,
    stemWords: { mean: mean(stems), median: median(stems) },
    optionWords: mean(optionWords),
  };
}

/** Just the length cues: what the bank rules need, without the word counts of every stem. */
export function lengthCues(questions: readonly Question[]): Pick<AnswerCues, CueKind> {
  const tallies = { keyLongest: new Tally(), keysLongest: new Tally(), keyShortest: new Tally(), keysShortest: new Tally() };
  for (const question of questions) {
    const keys = question.options.filter((o) => o.correct).length;
    const n = question.options.length;
    if (keys < 1 || keys >= n) continue;
    const lengths = optionLengths(question);
    let shortestKey = Infinity;
    let longestKey = -Infinity;
    let shortestDistractor = Infinity;
    let longestDistractor = -Infinity;
    question.options.forEach((option, i) => {
      if (option.correct) {
        shortestKey = Math.min(shortestKey, lengths[i]);
        longestKey = Math.max(longestKey, lengths[i]);
      } else {
        shortestDistractor = Math.min(shortestDistractor, lengths[i]);
        longestDistractor = Math.max(longestDistractor, lengths[i]);
      }
    });
    // With one key, "its shortest is longer than every distractor" is "it is the strictly longest option".
    const chance = 1 / binomial(n, keys);
    (keys === 1 ? tallies.keyLongest : tallies.keysLongest).add(shortestKey > longestDistractor, chance);
    (keys === 1 ? tallies.keyShortest : tallies.keysShortest).add(longestKey < shortestDistractor, chance);
  }
  return {
    keyLongest: tallies.keyLongest.rate(),
    keysLongest: tallies.keysLongest.rate(),
    keyShortest: tallies.keyShortest.rate(),
    keysShortest: tallies.keysShortest.rate(),
  };
}

/**
 * The `answer-length-cue` warnings of a bank (on its `bank.md`, line 1): one for each cue whose share exceeds
 * {@link CUE_CHANCE_FACTOR} × its chance rate, in a bank of {@link CUE_MIN_QUESTIONS} questions or more.
 */
export function answerCueIssues(bankFile: string, questions: readonly Question[]): BankIssue[] {
  if (questions.length < CUE_MIN_QUESTIONS) return [];
  const cues = lengthCues(questions);
  return CUE_KINDS.filter((kind) => cueWarns(cues[kind], questions.length)).map((kind) => ({
    file: bankFile,
    line: 1,
    column: 1,
    severity: 'warning',
    code: CUE_ISSUE_CODE,
    message: cueMessage(kind, cues[kind]),
  }));
}

export type CueKind = 'keyLongest' | 'keysLongest' | 'keyShortest' | 'keysShortest';
export const CUE_KINDS: readonly CueKind[] = ['keyLongest', 'keysLongest', 'keyShortest', 'keysShortest'];

/** The figure, its chance rate, the threshold and what to do: the warning's text, also the view's tooltip. */
export function cueMessage(kind: CueKind, rate: CueRate): string {
  const limit = percent(CUE_CHANCE_FACTOR * rate.chance, 1);
  const advice: Record<CueKind, string> = {
    keyLongest: 'a candidate scores by picking the longest option. Give distractors real detail (a real design that breaks one stated constraint) and trim keys, rather than padding.',
    keysLongest: 'a candidate scores by picking the longest options. Give distractors real detail and trim keys so that at least one distractor is as long as a key.',
    keyShortest: 'a candidate scores by picking the shortest option. Trimmed keys overshot: give keys the detail a real answer has, and cut giveaway clauses from distractors instead.',
    keysShortest: 'a candidate scores by picking the shortest options. Give keys the detail a real answer has so that at least one distractor is as short as a key.',
  };
  return `${cueFinding(kind, rate)}; chance is ${percent(rate.chance)}, and above ${limit} ${advice[kind]}`;
}

/** `"The key is the strictly longest option in 54% of single-answer questions (62 of 114)"`. */
export function cueFinding(kind: CueKind, rate: CueRate): string {
  const single = kind === 'keyLongest' || kind === 'keyShortest';
  const extreme = kind === 'keyLongest' || kind === 'keysLongest' ? 'longest' : 'shortest';
  const figure = `${percent(rate.share)} of ${single ? 'single-answer' : 'multiple-response'} questions (${rate.hits} of ${rate.questions})`;
  return single ? `The key is the strictly ${extreme} option in ${figure}` : `The keys are exactly the ${extreme} options in ${figure}`;
}

/** Whether `rate`, measured in a bank of `bankSize` questions, deserves the `answer-length-cue` warning. */
export function cueWarns(rate: CueRate, bankSize: number): boolean {
  return bankSize >= CUE_MIN_QUESTIONS && cueOverChance(rate);
}

/** Whether the cue's share exceeds {@link CUE_CHANCE_FACTOR} × its chance rate, whatever the bank's size. */
export function cueOverChance(rate: CueRate): boolean {
  return rate.questions > 0 && rate.share > CUE_CHANCE_FACTOR * rate.chance;
}

/** What each cue measures, for tables and views. */
export const CUE_LABELS: Readonly<Record<CueKind, string>> = {
  keyLongest: 'Key is the strictly longest option (single answer)',
  keysLongest: 'Keys are exactly the k longest options (multiple response)',
  keyShortest: 'Key is the strictly shortest option (single answer)',
  keysShortest: 'Keys are exactly the k shortest options (multiple response)',
};

/** `"1: 26% · 2: 25% · 3: 24% · 4: 25%"`: where single-answer keys sit in the source files. */
export function keyPositionsText(positions: readonly number[]): string {
  const total = positions.reduce((a, b) => a + b, 0);
  if (total === 0) return 'no single-answer questions';
  return positions.map((count, i) => `${i + 1}: ${percent(count / total)}`).join(' · ');
}

/** `"median 62 words (mean 65); options: mean 14 words"`. */
export function lengthsText(cues: AnswerCues): string {
  return `median ${round(cues.stemWords.median)} words (mean ${round(cues.stemWords.mean)}); options: mean ${round(cues.optionWords)} words`;
}

/** A cue's share with its count: `"54% (76 of 140)"`. */
export function rateText(rate: CueRate): string {
  return rate.questions === 0 ? 'none measured' : `${percent(rate.share)} (${rate.hits} of ${rate.questions})`;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * `0.5437` → `"54%"`; one decimal below 10% (chance rates of multiple response are around 9%), or always with
 * `digits` (thresholds: 37.5%, not a rounded 38% that a share of 38% would seem not to exceed).
 */
export function percent(share: number, digits?: number): string {
  const value = 100 * share;
  return `${value.toFixed(digits ?? (value < 10 && value > 0 ? 1 : 0))}%`;
}

/**
 * Measurements are kept as long as the question object lives: a bank is rebuilt after every file change, but its
 * unchanged questions are the same objects, so only the changed file is measured again.
 */
const optionChars = new WeakMap<Question, readonly number[]>();
/** Word counts are needed by the statistics only, so they are counted apart, on first use. */
const words = new WeakMap<Question, { readonly stem: number; readonly options: readonly number[] }>();

/** The length of each option, in characters of its plain text. */
function optionLengths(question: Question): readonly number[] {
  let found = optionChars.get(question);
  if (!found) {
    found = question.options.map((o) => characters(plainText(o.markdown)));
    optionChars.set(question, found);
  }
  return found;
}

function wordsOf(question: Question): { readonly stem: number; readonly options: readonly number[] } {
  let found = words.get(question);
  if (!found) {
    found = { stem: wordCount(plainText(question.stem)), options: question.options.map((o) => wordCount(plainText(o.markdown))) };
    words.set(question, found);
  }
  return found;
}

/** Characters as a reader counts them: an emoji or a rare CJK character (two UTF-16 units) is one. */
function characters(text: string): number {
  return /[\uD800-\uDBFF]/.test(text) ? [...text].length : text.length;
}

/** Words of plain text: runs of non-space characters with at least one letter or digit (a dash is no word). */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

class Tally {
  private measured = 0;
  private hits = 0;
  private chanceSum = 0;

  add(hit: boolean, chance: number): void {
    this.measured++;
    if (hit) this.hits++;
    this.chanceSum += chance;
  }

  rate(): CueRate {
    const n = this.measured;
    return { questions: n, hits: this.hits, share: n === 0 ? 0 : this.hits / n, chance: n === 0 ? 0 : this.chanceSum / n };
  }
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Median of sorted `values`. */
function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
