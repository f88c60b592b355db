/** Quick fixes in a question's front matter: the id (and the file name that must match it) and `updated`. */
import * as path from 'node:path';
import { readId } from './fields';
import type { FixContext, FixTarget, QuickFix } from './fixes';
import { bankPrefix, isValidId, questionIdFor, slugify, uniqueId } from './questionIds';
import type { QuestionLayout } from './questionLayout';
import { insertAt, replaceLine, type TextEdit } from './textEdits';

export function frontMatterFixes(issue: FixTarget, layout: QuestionLayout, context: FixContext): QuickFix[] {
  switch (issue.code) {
    case 'id-missing':
    case 'id-duplicate':
      return idMissingFixes(issue.code, layout, context);
    case 'id-file-name': return idFileNameFixes(layout, context);
    case 'updated-missing':
    case 'updated-invalid':
      return updatedFix(issue.code, `Set "updated" to today (${context.today})`, layout, context);
    case 'question-stale':
      return updatedFix(issue.code, `Mark as checked today (${context.today})`, layout, context);
    default: return [];
  }
}

/** A new id for a question without one, or with one another file has (a copied question). */
function idMissingFixes(code: string, layout: QuestionLayout, context: FixContext): QuickFix[] {
  const fromName = fileNameId(context);
  const fixes: QuickFix[] = [];
  if (fromName !== undefined && !isTaken(fromName, context)) {
    fixes.push({ title: `Set the id to "${fromName}" (the file name)`, code, edits: setKey(layout, 'id', fromName), preferred: true });
  }
  const generated = generatedId(layout, context);
  if (generated !== fromName) {
    fixes.push({ title: `${code === 'id-missing' ? 'Add' : 'Change to'} a new id "${generated}"`, code, edits: setKey(layout, 'id', generated), preferred: fixes.length === 0 });
  }
  return fixes;
}

function idFileNameFixes(layout: QuestionLayout, context: FixContext): QuickFix[] {
  const id = readId(layout.frontMatter.data?.id);
  if (id === undefined || !isValidId(id)) return [];
  const fixes: QuickFix[] = [{
    title: `Rename the file to "${id}.md"`,
    code: 'id-file-name',
    edits: [],
    renameTo: path.join(path.dirname(context.file), `${id}.md`),
    preferred: true,
  }];
  const fromName = fileNameId(context);
  if (fromName !== undefined && !isTaken(fromName, context)) {
    // Progress is keyed by id, so this one is for questions not published yet; renaming the file is preferred.
    fixes.push({ title: `Set the id to "${fromName}" (the file name; only for an unpublished question)`, code: 'id-file-name', edits: setKey(layout, 'id', fromName) });
  }
  return fixes;
}

function updatedFix(code: string, title: string, layout: QuestionLayout, context: FixContext): QuickFix[] {
  if (layout.closingFenceLine === undefined) return [];
  return [{ title, code, edits: setKey(layout, 'updated', context.today), preferred: true }];
}

/** The file's name as an id, when it is a well-formed one. */
function fileNameId(context: FixContext): string | undefined {
  const base = path.basename(context.file, path.extname(context.file)).toLowerCase();
  return isValidId(base) ? base : undefined;
}

function isTaken(id: string, context: FixContext): boolean {
  return context.takenIds.some((taken) => taken.toLowerCase() === id);
}

/** `<bank prefix>-<task>-<words of the stem>`, unique in the bank. */
function generatedId(layout: QuestionLayout, context: FixContext): string {
  const task = readId(layout.frontMatter.data?.task) ?? '';
  const slug = slugify(layout.body.stem.replace(/[`*_[\]()#>]/g, ' '), 4) || 'question';
  const base = questionIdFor(bankPrefix(context.bankId, context.takenIds), task, slug);
  return uniqueId(isValidId(base) ? base : `${bankPrefix(context.bankId, context.takenIds)}-question`, context.takenIds);
}

/**
 * Sets a top-level front-matter key: replaces its line when it is there (a date or an id is one line), else adds
 * it — `id` first, as in every question, anything else last.
 */
function setKey(layout: QuestionLayout, key: string, value: string): TextEdit[] {
  const line = layout.keyLine(key);
  if (line !== undefined) return [replaceLine(layout.lines, line, `${key}: ${value}`)];
  const close = layout.closingFenceLine;
  if (close === undefined) return [];
  return [insertAt(key === 'id' ? 2 : close, 1, `${key}: ${value}\n`)];
}
