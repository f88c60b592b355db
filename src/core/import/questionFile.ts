/**
 * Turns a read question into a question file of our format: checks what our format needs beyond a readable
 * answer (two options or more, no two alike; a source may mark every option right, which the bank rules accept
 * for imported questions), writes the canonical "(Select N.)" hint, and
 * renders front matter and body.
 */
import { normalise } from './answerText';
import { hasProse, httpsLinks } from './links';
import type { ReadQuestion, SkippedQuestion } from './readDocument';
import { canonicalHint, countWord } from './selectHint';

/** Everything a question file holds. */
export interface QuestionFileContent {
  readonly id: string;
  readonly domain: string;
  readonly task: string;
  readonly tags: readonly string[];
  readonly references: readonly string[];
  readonly updated: string;
  /** Why the task was chosen; written as a comment beside `classification: guess`. */
  readonly classificationReason: string;
  readonly source: string;
  /** Other places the same question was found (merged duplicates). */
  readonly alsoIn: readonly string[];
  readonly license: string;
  readonly stem: string;
  readonly options: readonly { readonly text: string; readonly correct: boolean }[];
  readonly explanation: string;
}

/** Fewest options the bank parser accepts (it warns below four, as real exams have four or more). */
const MIN_OPTIONS = 2;

/** Why `q` cannot become a valid question of our format, or undefined when it can. */
export function formatProblem(q: ReadQuestion): Pick<SkippedQuestion, 'code' | 'reason'> | undefined {
  if (q.options.length < MIN_OPTIONS) {
    return { code: 'options-too-few', reason: `${q.options.length} options; the kiosk needs at least ${MIN_OPTIONS}` };
  }
  const seen = new Map<string, number>();
  for (const [i, o] of q.options.entries()) {
    // Options made of punctuation alone ("|", "/") normalise to nothing, so they are compared as written.
    const key = normalise(o.text) || o.text.trim();
    if (seen.has(key)) return { code: 'option-duplicate', reason: `options ${letter(seen.get(key)!)} and ${letter(i)} have the same text` };
    seen.set(key, i);
  }
  return undefined;
}

function letter(i: number): string {
  return String.fromCharCode(65 + i);
}

/**
 * The stem as written in our format: the source's hint replaced by `(Select N.)` for multiple response. A stem
 * that ends with a `-` list gets `*` bullets there, or markdown would run it into the options' task list.
 */
export function finalStem(q: ReadQuestion): string {
  let stem = q.stem;
  const hint = q.selectHint;
  if (hint?.removable) stem = stem.replace(hint.text, '').replace(/ {2,}(?=\S)/g, ' ').replace(/ +([?.!:,])/g, '$1').trim();
  const paragraphs = stem.split(/\n{2,}/);
  const last = paragraphs[paragraphs.length - 1];
  const endsWithList = /^\s*[-*+] /.test(last);
  if (endsWithList) paragraphs[paragraphs.length - 1] = last.replace(/^(\s*)- /gm, '$1* ');
  stem = paragraphs.join('\n\n');
  const count = q.correct.length;
  const saysIt = hint && !hint.removable && hint.text.toLowerCase() === `select ${countWord(count).toLowerCase()}`;
  if (count > 1 && !saysIt) stem = `${stem}${endsWithList ? '\n\n' : ' '}${canonicalHint(count)}`;
  return stem;
}

/** The explanation as written: the source's, with a note when it gives no reasoning of its own. */
export function finalExplanation(explanation: string): string {
  const note = '_The source bank gives no explanation for this answer._';
  if (explanation.trim() === '') return note;
  return hasProse(explanation) ? explanation : `${note}\n\n${explanation}`;
}

/** The references of an imported question: the https links of its explanation. */
export function referencesOf(explanation: string): string[] {
  return httpsLinks(explanation);
}

/** Renders a question file. */
export function renderQuestionFile(c: QuestionFileContent): string {
  const lines = [
    '---',
    `id: ${c.id}`,
    `domain: ${JSON.stringify(c.domain)}`,
    `task: ${JSON.stringify(c.task)}`,
    `tags: [${c.tags.join(', ')}]`,
    ...(c.references.length > 0 ? ['references:', ...c.references.map((r) => `  - ${JSON.stringify(r)}`)] : ['references: []']),
    `updated: ${c.updated}`,
    `# ${oneLine(c.classificationReason)}`,
    'classification: guess',
    `source: ${JSON.stringify(c.source)}`,
    ...c.alsoIn.map((s) => `# also in: ${oneLine(s)}`),
    `license: ${/^[A-Za-z0-9.+-]+$/.test(c.license) ? c.license : JSON.stringify(c.license)}`,
    '---',
    '',
    c.stem,
    '',
    ...c.options.map((o) => `- [${o.correct ? 'x' : ' '}] ${oneLine(o.text)}`),
    '',
    '## Explanation',
    '',
    c.explanation,
    '',
  ];
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
