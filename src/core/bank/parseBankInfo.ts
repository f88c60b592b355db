/** Parses `bank.md`: the exam's facts and its blueprint. */
import { readFrontMatter } from './frontMatter';
import { IssueSink } from './issueSink';
import { readId, readNumber, readString } from './fields';
import type { BankInfo, BankIssue, Domain, TaskStatement } from './model';
import { looksBinary, normaliseText } from './sourceText';

export interface ParsedBankInfo {
  readonly info: BankInfo | undefined;
  readonly issues: BankIssue[];
}

/** Parses the text of `bank.md` at `file` for the bank folder named `bankId`. Never throws. */
export function parseBankInfo(rawText: string, file: string, bankId: string): ParsedBankInfo {
  const sink = new IssueSink(file);
  if (looksBinary(rawText)) {
    sink.error('bank-not-text', 'bank.md is not a text file.', { line: 1 });
    return { info: undefined, issues: sink.issues };
  }
  const fm = readFrontMatter(normaliseText(rawText), sink);
  if (!fm.data) {
    if (!sink.hasErrors) sink.error('front-matter-missing', 'bank.md needs front matter with the exam and its blueprint (see question-banks/README.md).', { line: 1 });
    return { info: undefined, issues: sink.issues };
  }
  const exam = readString(fm, 'exam', sink, 'bank-field-missing', 'the official exam code, e.g. CLF-C02');
  const title = readString(fm, 'title', sink, 'bank-field-missing', 'the exam title');
  const minutes = readNumber(fm, 'minutes', sink, { min: 1, max: 1000 }, 'the exam duration in minutes');
  const questionCount = readNumber(fm, 'questions', sink, { min: 1, max: 1000, integer: true }, 'questions in a full exam');
  const scoredCount = readNumber(fm, 'scored', sink, { min: 1, max: 1000, integer: true }, 'scored questions in a full exam');
  const passingScore = readNumber(fm, 'passingScore', sink, { min: 100, max: 1000, integer: true }, 'the scaled passing score');
  if (questionCount !== undefined && scoredCount !== undefined && scoredCount > questionCount) {
    sink.error('bank-field-invalid', `"scored" (${scoredCount}) cannot exceed "questions" (${questionCount}).`, { line: fm.keyLine('scored') });
  }
  const domains = readDomains(fm.data.domains, fm.keyLine('domains'), sink);
  const source = typeof fm.data.source === 'string' ? fm.data.source : undefined;
  const license = typeof fm.data.license === 'string' ? fm.data.license : undefined;
  if (exam === undefined || title === undefined || minutes === undefined || questionCount === undefined
    || scoredCount === undefined || passingScore === undefined || domains === undefined) {
    return { info: undefined, issues: sink.issues };
  }
  const info: BankInfo = {
    id: bankId, exam, title, minutes, questionCount, scoredCount, passingScore, domains,
    description: fm.body.trim(), file,
    ...(source !== undefined ? { source } : {}),
    ...(license !== undefined ? { license } : {}),
  };
  return { info, issues: sink.issues };
}

function readDomains(value: unknown, line: number, sink: IssueSink): Domain[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    sink.error('bank-domains-missing', '"domains" must list the blueprint\'s domains, each with id, title, weight and tasks.', { line });
    return undefined;
  }
  const domains: Domain[] = [];
  const taskIds = new Set<string>();
  let valid = true;
  for (const [index, raw] of value.entries()) {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = readId(entry.id);
    const title = typeof entry.title === 'string' ? entry.title.trim() : '';
    const weight = entry.weight;
    const where = `domain ${id ?? `#${index + 1}`}`;
    if (!id || !title) {
      sink.error('bank-domain-invalid', `The ${where} needs an "id" and a "title".`, { line });
      valid = false;
      continue;
    }
    if (domains.some((d) => d.id === id)) {
      sink.error('bank-domain-duplicate', `Domain id "${id}" appears twice.`, { line });
      valid = false;
    }
    if (typeof weight !== 'number' || !(weight > 0 && weight <= 100)) {
      sink.error('bank-domain-invalid', `The ${where} needs a "weight" in percent, above 0 and at most 100.`, { line });
      valid = false;
    }
    const tasks = readTasks(entry.tasks, id, taskIds, line, sink);
    if (!tasks) valid = false;
    domains.push({ id, title, weight: typeof weight === 'number' ? weight : 0, tasks: tasks ?? [] });
  }
  const total = domains.reduce((sum, d) => sum + d.weight, 0);
  if (valid && Math.abs(total - 100) > 0.5) {
    sink.error('bank-weights-sum', `The domain weights add up to ${total}, not 100.`, { line });
    valid = false;
  }
  return valid ? domains : undefined;
}

function readTasks(value: unknown, domainId: string, seen: Set<string>, line: number, sink: IssueSink): TaskStatement[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    sink.error('bank-tasks-missing', `Domain ${domainId} needs "tasks": its task statements, each with id and title.`, { line });
    return undefined;
  }
  const tasks: TaskStatement[] = [];
  let valid = true;
  for (const raw of value) {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = readId(entry.id);
    const title = typeof entry.title === 'string' ? entry.title.trim() : '';
    if (!id || !title) {
      sink.error('bank-task-invalid', `Every task statement of domain ${domainId} needs an "id" and a "title".`, { line });
      valid = false;
      continue;
    }
    if (!id.startsWith(`${domainId}.`)) {
      sink.error('bank-task-invalid', `Task "${id}" is listed under domain ${domainId}; its id must start with "${domainId}.".`, { line });
      valid = false;
    }
    if (seen.has(id)) {
      sink.error('bank-task-duplicate', `Task id "${id}" appears twice.`, { line });
      valid = false;
    }
    seen.add(id);
    tasks.push({ id, title });
  }
  return valid ? tasks : undefined;
}
