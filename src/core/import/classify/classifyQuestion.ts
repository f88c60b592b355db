/**
 * Guesses the blueprint task of an imported question with a transparent score, so users can see and judge why.
 *
 * Each task of the exam's keyword map scores the keywords found in the question: keyword weight (1 for a
 * phrase, 2 for a service, unless the map says otherwise) × where it was found (a correct option ×3, the stem
 * ×1.5, the explanation ×1, a distractor ×0.5; each keyword counts once, at its best place). The correct
 * option weighs most because it names what the question tests; a stem often only sets the scene ("your EC2
 * instances were terminated: who did it?" tests CloudTrail, not EC2). The highest score wins. A tie goes to
 * the tied task whose domain weighs most in the blueprint, then to the first in blueprint order; no match at all gives the map's default task (or, for an exam without a
 * map, the first task of the heaviest domain).
 */
import type { BankInfo, TaskStatement } from '../../bank/model';
import type { Keyword, KeywordMap } from './keywordMap';
import { prepare, hasPhrase, type PreparedText } from './phrases';
import { detectServices, isServiceTag } from './serviceCatalog';

export interface ClassifierInput {
  readonly stem: string;
  readonly correct: readonly string[];
  readonly distractors: readonly string[];
  readonly explanation: string;
}

export type Place = 'stem' | 'answer' | 'explanation' | 'option';

export interface KeywordMatch {
  readonly keyword: string;
  readonly place: Place;
  readonly points: number;
}

export interface TaskGuess {
  readonly domain: string;
  readonly task: string;
  readonly score: number;
  /** The keywords behind the score, highest points first. */
  readonly matched: readonly KeywordMatch[];
  /** `keywords`: a clear winner; `tie`: broken by domain weight; `default`: nothing matched; `no-map`: exam unknown. */
  readonly how: 'keywords' | 'tie' | 'default' | 'no-map';
  /** One line for the question file: the task, its score, the runner-up and the matched keywords. */
  readonly reason: string;
}

const PLACE_WEIGHT: Readonly<Record<Place, number>> = { answer: 3, stem: 1.5, explanation: 1, option: 0.5 };
const PLACES: readonly Place[] = ['answer', 'stem', 'explanation', 'option'];

interface PreparedPlace {
  readonly text: PreparedText;
  readonly services: ReadonlySet<string>;
}

/** Classifies one question against `bank`'s blueprint with `map` (undefined when the exam has none). */
export function classifyQuestion(input: ClassifierInput, bank: BankInfo, map: KeywordMap | undefined): TaskGuess {
  const tasks = bank.domains.flatMap((d) => d.tasks.map((t) => ({ task: t, domain: d })));
  if (tasks.length === 0) return { domain: '', task: '', score: 0, matched: [], how: 'no-map', reason: 'the blueprint has no tasks' };
  if (!map) {
    const fallback = heaviestFirstTask(bank);
    return { ...fallback, score: 0, matched: [], how: 'no-map', reason: `no keyword map for ${bank.exam}: task ${fallback.task} by default` };
  }
  const places = prepareInput(input);
  const scored = tasks
    .filter(({ task }) => map.tasks[task.id] !== undefined)
    .map(({ task, domain }, order) => ({ task, domain, order, ...score(map.tasks[task.id], places) }));
  scored.sort((a, b) => b.score - a.score || b.domain.weight - a.domain.weight || a.order - b.order);
  const best = scored[0];
  if (!best || best.score === 0) {
    const known = tasks.find(({ task }) => task.id === map.defaultTask);
    const fallback = known ? { domain: known.domain.id, task: known.task.id } : heaviestFirstTask(bank);
    return { ...fallback, score: 0, matched: [], how: 'default', reason: `no keyword matched: default task ${fallback.task}` };
  }
  const tied = scored.filter((s) => s.score === best.score);
  const next = scored.find((s) => s.score < best.score && s.score > 0);
  const how = tied.length > 1 ? 'tie' : 'keywords';
  const shown = best.matched.slice(0, 6).map((m) => `${m.keyword} (${m.place})`).join(', ');
  const versus =
    how === 'tie'
      ? `tied with ${tied.slice(1).map((t) => t.task.id).join(', ')}, kept for its heavier domain or blueprint order`
      : next ? `next ${next.task.id} with ${round(next.score)}` : 'no other task matched';
  return {
    domain: best.domain.id,
    task: best.task.id,
    score: best.score,
    matched: best.matched,
    how,
    reason: `task ${best.task.id} scored ${round(best.score)} (${versus}) from ${shown}`,
  };
}

function prepareInput(input: ClassifierInput): Record<Place, PreparedPlace> {
  const make = (text: string): PreparedPlace => {
    const prepared = prepare(text);
    return { text: prepared, services: new Set(detectServices(prepared)) };
  };
  return {
    stem: make(input.stem),
    answer: make(input.correct.join('\n')),
    explanation: make(input.explanation),
    option: make(input.distractors.join('\n')),
  };
}

function score(keywords: readonly Keyword[], places: Record<Place, PreparedPlace>): { score: number; matched: KeywordMatch[] } {
  const matched: KeywordMatch[] = [];
  for (const keyword of keywords) {
    const word = typeof keyword === 'string' ? keyword : keyword[0];
    const service = isServiceTag(word);
    const weight = typeof keyword === 'string' ? (service ? 2 : 1) : keyword[1];
    const place = PLACES.find((p) => (service ? places[p].services.has(word) : hasPhrase(places[p].text, word)));
    if (place) matched.push({ keyword: word, place, points: weight * PLACE_WEIGHT[place] });
  }
  matched.sort((a, b) => b.points - a.points);
  return { score: matched.reduce((sum, m) => sum + m.points, 0), matched };
}

function heaviestFirstTask(bank: BankInfo): { domain: string; task: string } {
  const domain = [...bank.domains].sort((a, b) => b.weight - a.weight).find((d) => d.tasks.length > 0)!;
  const task: TaskStatement = domain.tasks[0];
  return { domain: domain.id, task: task.id };
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
