/** Parses one question file into a {@link Question} plus the issues a contributor needs to fix. */
import { createHash } from 'node:crypto';
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

export interface ParsedQuestion {
  /** The question, when it has no errors; a question with errors is never served to a candidate. */
  readonly question: Question | undefined;
  readonly issues: BankIssue[];
}

/** Parses the text of the question file at `file`. Never throws. */
export function parseQuestion(rawText: string, file: string, context: ParseContext): ParsedQuestion {
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
  const lineCount = countLines(text);
  if (lineCount > MAX_QUESTION_LINES) {
    sink.error('file-too-large', `This file has ${lineCount} lines; question files are limited to ${MAX_QUESTION_LINES}.`, { line: 1 });
    return { question: undefined, issues: sink.issues };
  }
  const fm = readFrontMatter(text, sink);
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

  const body = parseQuestionBody(fm.body, fm.bodyLine, sink);
  if (!body.readable) return { question: undefined, issues: sink.issues };
  if (body.stem === '') sink.error('stem-missing', 'The question has no stem: write the question before the options.', { line: body.stemLine });
  const selectCount = checkOptions(body, sink);
  if (body.explanation === undefined) {
    sink.error('explanation-missing', 'Add an "## Explanation" section after the options: why the answer is right and why each distractor is wrong.', { line: body.explanationLine });
  } else if (body.explanation === '') {
    sink.error('explanation-empty', 'The explanation is empty.', { line: body.explanationLine });
  }
  checkShuffleSafety(body, sink);

  if (sink.hasErrors || id === undefined || domain === undefined || task === undefined || updated === undefined) {
    return { question: undefined, issues: sink.issues };
  }
  const question: Question = {
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
    contentHash: createHash('sha1').update(text).digest('hex').slice(0, 12),
    classification: data.classification === 'guess' ? 'guess' : 'authored',
    ...(source !== undefined ? { source } : {}),
    ...(typeof data.license === 'string' ? { license: data.license } : {}),
  };
  return { question, issues: sink.issues };
}

function checkId(value: unknown, fm: FrontMatter, file: string, sink: IssueSink): string | undefined {
  if (!fm.data) return undefined;
  const id = readId(value);
  const at = { line: fm.keyLine('id') };
  if (id === undefined) {
    sink.error('id-missing', 'Add a stable "id" (lower-case letters, digits and dashes, e.g. clf-2-1-guest-os-patching).', at);
    return undefined;
  }
  if (!ID_PATTERN.test(id)) {
    sink.error('id-invalid', `The id "${id}" must be 3–100 lower-case letters, digits and dashes, starting with a letter or digit.`, at);
    return undefined;
  }
  const base = path.basename(file, path.extname(file));
  if (base !== id) sink.warning('id-file-name', `The file is named "${base}.md" but the id is "${id}"; name it "${id}.md".`, at);
  return id;
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
  const at = { line: fm.keyLine('references') };
  if (references.length === 0) {
    // Imported community questions rarely cite sources; they stay usable, flagged for a contributor.
    sink.add(imported ? 'warning' : 'error', 'references-missing', 'Add at least one "references" URL to the AWS documentation that backs the answer.', at);
  }
  return references.filter((reference) => {
    let ok = false;
    try {
      ok = new URL(reference).protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) sink.error('reference-invalid', `"${reference}" is not an https:// URL.`, at);
    return ok;
  });
}

function checkUpdated(value: unknown, fm: FrontMatter, context: ParseContext, sink: IssueSink): string | undefined {
  if (!fm.data) return undefined;
  const at = { line: fm.keyLine('updated') };
  if (value === undefined || value === null || value === '') {
    sink.error('updated-missing', 'Add "updated": the date (YYYY-MM-DD) the facts were last checked against AWS documentation.', at);
    return undefined;
  }
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== text) {
    sink.error('updated-invalid', `"${text}" is not a real date written YYYY-MM-DD.`, at);
    return undefined;
  }
  const dayMs = 86_400_000;
  if (date.getTime() > context.now.getTime() + dayMs) {
    sink.error('updated-invalid', `The date ${text} is in the future.`, at);
    return undefined;
  }
  if (context.staleAfterMonths > 0) {
    const limit = new Date(context.now.getTime());
    limit.setUTCMonth(limit.getUTCMonth() - context.staleAfterMonths);
    if (date < limit) {
      sink.warning('question-stale', `The facts were last checked on ${text}, more than ${context.staleAfterMonths} months ago: check them against the references and update the date.`, at);
    }
  }
  return text;
}
