/** Parses one question file into a {@link Question} plus the issues a contributor needs to fix. */
import * as crypto from 'node:crypto';
import { readFrontMatter } from './frontMatter';
import { IssueSink } from './issueSink';
import { readStringList } from './fields';
import type { BankInfo, BankIssue, Question } from './model';
import { parseQuestionBody } from './questionBody';
import { checkOptions, checkShuffleSafety } from './questionRules';
import { checkPlaceholders } from './placeholderRule';
import { MAX_QUESTION_LINES } from './markdownLimits';
import { checkBlueprint, checkId, checkReferences, checkUpdated } from './questionFields';
import { countLines, looksBinary, normaliseText } from './sourceText';

/** Question files above this size are refused: a real question is a few kilobytes. */
export const MAX_QUESTION_CHARS = 256 * 1024;

export { ID_PATTERN } from './questionFields';

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
  const selectCount = checkOptions(body, sink, source !== undefined);
  if (body.explanation === undefined) {
    sink.error('explanation-missing', 'Add an "## Explanation" section after the options: why the answer is right and why each distractor is wrong.', { line: body.explanationLine });
  } else if (body.explanation === '') {
    sink.error('explanation-empty', 'The explanation is empty.', { line: body.explanationLine });
  }
  checkShuffleSafety(body, sink, fm.body);
  // The placeholder rule needs a "TODO" in the text or a "todo" tag; without either (every finished question),
  // it has nothing to report and the tags line need not be looked up.
  if (text.includes('TODO') || tags.some((tag) => tag.toLowerCase() === 'todo')) checkPlaceholders(text, tags, fm.keyLine('tags'), sink);

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

type OneShotHash = (algorithm: string, data: string, encoding: 'hex') => string;
/** `crypto.hash` (Node 20.12 and later) hashes a string in one call, a third cheaper than a Hash object. */
const oneShotHash = (crypto as unknown as { hash?: OneShotHash }).hash;

/** A short hash of the file's content: the first 12 hex digits of its SHA-1. */
function contentHash(text: string): string {
  const hex = oneShotHash ? oneShotHash('sha1', text, 'hex') : crypto.createHash('sha1').update(text).digest('hex');
  return hex.slice(0, 12);
}
