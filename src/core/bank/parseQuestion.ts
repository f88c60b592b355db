/** Parses one question file into a {@link Question} plus the issues a contributor needs to fix. */
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import { readFrontMatter, type FrontMatter } from './frontMatter';
import { IssueSink } from './issueSink';
import { readId, readStringList } from './fields';
import type { BankInfo, BankIssue, Question } from './model';
import { parseQuestionBody } from './questionBody';
import { checkOptions, checkShuffleSafety } from './questionRules';
import { MAX_QUESTION_LINES } from './markdownLimits';
import { countLines, looksBinary, normaliseText } from './sourceText';

/** Question files above this size are refused: a real question is a few kilobytes. */
export const MAX_QUESTION_CHARS = 256 * 1024;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,99}$/;

export interface ParseContext {
  readonly bankId: string;
  /** The bank's blueprint; domain and task checks are skipped when `bank.md` is unusable. */
  readonly info: BankInfo | undefined;
  /** "Today", for the future-date and staleness checks. */
  readonly now: Date;
  /** Questions whose `updated` date is older than this many months get a warning; 0 turns it off. */
  readonly staleAfterMonths: number;
}

export interface ParseOptions {
  /**
   * Read well-formed files with the fast front-matter reader and body scanner, falling back to gray-matter +
   * js-yaml and marked for anything they decline (default true). False uses only the reference path, which the
   * fast one must match exactly; tests compare the two.
   */
  readonly fastPath?: boolean;
}

export interface ParsedQuestion {
  /** The question, when it has no errors; a question with errors is never served to a candidate. */
  readonly question: Question | undefined;
  readonly issues: BankIssue[];
}

/** Parses the text of the question file at `file`. Never throws. */
export function parseQuestion(rawText: string, file: string, context: ParseContext, options: ParseOptions = {}): ParsedQuestion {
  const fastPath = options.fastPath ?? true;
  const sink = new IssueSink(file);
  if (looksBinary(rawText)) {
    sink.error('not-text', 'This file is not text (it contains NUL bytes); question files are markdown.', { line: 1 });
    return { question: undefined, issues: sink.issues };
  }
  if (rawText.length > MAX_QUESTION_CHARS) {
    sink.error('file-too-large', `This file has ${rawText.length} characters; question files are limited to ${MAX_QUESTION_CHARS}.`, { line: 1 });
    return { question: undefined, issues: sink.issues };
  }
  const text = normaliseText(rawText);
  // A text shorter than the line limit cannot have more lines than it.
  const lineCount = text.length < MAX_QUESTION_LINES ? 0 : countLines(text);
  if (lineCount > MAX_QUESTION_LINES) {
    sink.error('file-too-large', `This file has ${lineCount} lines; question files are limited to ${MAX_QUESTION_LINES}.`, { line: 1 });
    return { question: undefined, issues: sink.issues };
  }
  const fm = readFrontMatter(text, sink, fastPath);
  if (!fm.data && !sink.hasErrors) {
    sink.error('front-matter-missing', 'The file has no front matter: start it with "---", the id, domain, task, tags, references and updated date, then "---".', { line: 1 });
  }
  const data = fm.data ?? {};
  const id = checkId(data.id, fm, file, sink);
  const { domain, task } = checkBlueprint(data, fm, context.info, sink);
  const tags = readStringList(fm, 'tags', sink, 'tags-missing') ?? [];
  if (fm.data && tags.length === 0) sink.warning('tags-missing', 'Add "tags": the AWS services and concepts the question is about.', { line: fm.keyLine('tags') });
  const source = typeof data.source === 'string' ? data.source : undefined;
  const references = checkReferences(fm, source !== undefined, sink);
  const updated = checkUpdated(data.updated, fm, context, sink);

  const body = parseQuestionBody(fm.body, fm.bodyLine, sink, fastPath);
  if (!body.readable) return { question: undefined, issues: sink.issues };
  if (body.stem === '') sink.error('stem-missing', 'The question has no stem: write the question before the options.', { line: body.stemLine });
  const selectCount = checkOptions(body, sink);
  if (body.explanation === undefined) {
    sink.error('explanation-missing', 'Add an "## Explanation" section after the options: why the answer is right and why each distractor is wrong.', { line: body.explanationLine });
  } else if (body.explanation === '') {
    sink.error('explanation-empty', 'The explanation is empty.', { line: body.explanationLine });
  }
  checkShuffleSafety(body, sink, fm.body);

  if (sink.hasErrors || id === undefined || domain === undefined || task === undefined || updated === undefined) {
    return { question: undefined, issues: sink.issues };
  }
  const question: { -readonly [K in keyof Question]: Question[K] } = {
    id,
    bankId: context.bankId,
    domain,
    task,
    tags,
    references,
    updated,
    stem: body.stem,
    options: body.options.map((o) => ({ markdown: o.markdown, correct: o.correct, position: { line: o.line, column: o.column } })),
    explanation: body.explanation ?? '',
    selectCount,
    file,
    stemPosition: { line: body.stemLine, column: 1 },
    contentHash: contentHash(text),
    classification: data.classification === 'guess' ? 'guess' : 'authored',
  };
  // Set only when present, so that a native question has no `source` or `license` key at all.
  if (source !== undefined) question.source = source;
  if (typeof data.license === 'string') question.license = data.license;
  return { question, issues: sink.issues };
}

function checkId(value: unknown, fm: FrontMatter, file: string, sink: IssueSink): string | undefined {
  if (!fm.data) return undefined;
  const id = readId(value);
  if (id === undefined) {
    sink.error('id-missing', 'Add a stable "id" (lower-case letters, digits and dashes, e.g. clf-2-1-guest-os-patching).', { line: fm.keyLine('id') });
    return undefined;
  }
  if (!ID_PATTERN.test(id)) {
    sink.error('id-invalid', `The id "${id}" must be 3–100 lower-case letters, digits and dashes, starting with a letter or digit.`, { line: fm.keyLine('id') });
    return undefined;
  }
  if (namedAfter(file, id)) return id;
  const base = path.basename(file, path.extname(file));
  if (base !== id) sink.warning('id-file-name', `The file is named "${base}.md" but the id is "${id}"; name it "${id}.md".`, { line: fm.keyLine('id') });
  return id;
}

/** True when the file is `<id>.md`: the common case, told apart without the path module's parsing. */
function namedAfter(file: string, id: string): boolean {
  const before = file.length - id.length - 4;
  const separator = file.charCodeAt(before);
  return before >= 0 && file.endsWith('.md') && file.startsWith(id, before + 1)
    && (separator === 47 || (separator === 92 && path.sep === '\\'));
}

function checkBlueprint(data: Record<string, unknown>, fm: FrontMatter, info: BankInfo | undefined, sink: IssueSink): { domain?: string; task?: string } {
  if (!fm.data) return {};
  const domain = readId(data.domain);
  const task = readId(data.task);
  if (domain === undefined) sink.error('domain-missing', 'Add the blueprint "domain" this question belongs to, e.g. domain: "2".', { line: fm.keyLine('domain') });
  if (task === undefined) sink.error('task-missing', 'Add the task statement, e.g. task: "2.1".', { line: fm.keyLine('task') });
  if (!info || domain === undefined || task === undefined) return { domain, task };
  const known = info.domains.find((d) => d.id === domain);
  if (!known) {
    sink.error('domain-unknown', `Domain "${domain}" is not in the ${info.exam} blueprint (domains ${info.domains.map((d) => d.id).join(', ')}).`, { line: fm.keyLine('domain') });
    return { domain, task };
  }
  if (!known.tasks.some((t) => t.id === task)) {
    const owner = info.domains.find((d) => d.tasks.some((t) => t.id === task));
    const message = owner
      ? `Task ${task} belongs to domain ${owner.id}, not domain ${domain}.`
      : `Task "${task}" is not in the ${info.exam} blueprint; domain ${domain} has ${known.tasks.map((t) => t.id).join(', ')}.`;
    sink.error(owner ? 'task-domain-mismatch' : 'task-unknown', message, { line: fm.keyLine('task') });
  }
  return { domain, task };
}

function checkReferences(fm: FrontMatter, imported: boolean, sink: IssueSink): string[] {
  if (!fm.data) return [];
  const references = readStringList(fm, 'references', sink, 'reference-invalid') ?? [];
  if (references.length === 0) {
    // Imported community questions rarely cite sources; they stay usable, flagged for a contributor.
    sink.add(imported ? 'warning' : 'error', 'references-missing', 'Add at least one "references" URL to the AWS documentation that backs the answer.', { line: fm.keyLine('references') });
  }
  return references.filter((reference) => {
    let ok = false;
    try {
      ok = new URL(reference).protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) sink.error('reference-invalid', `"${reference}" is not an https:// URL.`, { line: fm.keyLine('references') });
    return ok;
  });
}

function checkUpdated(value: unknown, fm: FrontMatter, context: ParseContext, sink: IssueSink): string | undefined {
  if (!fm.data) return undefined;
  if (value === undefined || value === null || value === '') {
    sink.error('updated-missing', 'Add "updated": the date (YYYY-MM-DD) the facts were last checked against AWS documentation.', { line: fm.keyLine('updated') });
    return undefined;
  }
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  const time = isoDateTime(text);
  if (time === undefined) {
    sink.error('updated-invalid', `"${text}" is not a real date written YYYY-MM-DD.`, { line: fm.keyLine('updated') });
    return undefined;
  }
  const dayMs = 86_400_000;
  if (time > context.now.getTime() + dayMs) {
    sink.error('updated-invalid', `The date ${text} is in the future.`, { line: fm.keyLine('updated') });
    return undefined;
  }
  if (context.staleAfterMonths > 0 && time < staleBefore(context.now, context.staleAfterMonths)) {
    sink.warning('question-stale', `The facts were last checked on ${text}, more than ${context.staleAfterMonths} months ago: check them against the references and update the date.`, { line: fm.keyLine('updated') });
  }
  return text;
}

/**
 * The UTC time of a `YYYY-MM-DD` date that exists, or undefined. Years before 100 are refused, as they always
 * were: `Date.UTC` reads them as 19xx, so they never wrote back as the same text.
 */
export function isoDateTime(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day > days ? undefined : Date.UTC(year, month - 1, day);
}

/** The number written in `text[from, to)` with ASCII digits only, or -1. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

/** The time `months` calendar months before `now`. */
function staleBefore(now: Date, months: number): number {
  const limit = new Date(now.getTime());
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return limit.getTime();
}

type OneShotHash = (algorithm: string, data: string, encoding: 'hex') => string;
/** `crypto.hash` (Node 20.12 and later) hashes a string in one call, a third cheaper than a Hash object. */
const oneShotHash = (crypto as unknown as { hash?: OneShotHash }).hash;

/** A short hash of the file's content: the first 12 hex digits of its SHA-1. */
function contentHash(text: string): string {
  const hex = oneShotHash ? oneShotHash('sha1', text, 'hex') : crypto.createHash('sha1').update(text).digest('hex');
  return hex.slice(0, 12);
}
