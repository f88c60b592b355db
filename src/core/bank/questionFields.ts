/**
 * Checks of a question's front-matter fields: id (and the file named after it), blueprint domain and task,
 * references, and the date the facts were last checked. Each reports what is wrong at the key's line.
 */
import * as path from 'node:path';
import type { FrontMatter } from './frontMatter';
import type { IssueSink } from './issueSink';
import { readId, readStringList } from './fields';
import type { BankInfo } from './model';
import type { ParseContext } from './parseQuestion';

/** Ids are lower-case letters, digits and dashes, so that they work as keys and file names everywhere. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,99}$/;

export function checkId(value: unknown, fm: FrontMatter, file: string, sink: IssueSink): string | undefined {
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

export function checkBlueprint(data: Record<string, unknown>, fm: FrontMatter, info: BankInfo | undefined, sink: IssueSink): { domain?: string; task?: string } {
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

export function checkReferences(fm: FrontMatter, imported: boolean, sink: IssueSink): string[] {
  if (!fm.data) return [];
  const references = readStringList(fm, 'references', sink, 'reference-invalid') ?? [];
  if (references.length === 0) {
    // Imported community questions rarely cite sources; they stay usable, flagged for a contributor.
    sink.add(imported ? 'warning' : 'error', 'references-missing', 'Add at least one "references" URL to the AWS documentation that backs the answer.', { line: fm.keyLine('references') });
  }
  return references.filter((reference) => {
    let ok: boolean;
    try {
      ok = new URL(reference).protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) sink.error('reference-invalid', `"${reference}" is not an https:// URL.`, { line: fm.keyLine('references') });
    return ok;
  });
}

export function checkUpdated(value: unknown, fm: FrontMatter, context: Pick<ParseContext, 'now' | 'staleAfterMonths'>, sink: IssueSink): string | undefined {
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
