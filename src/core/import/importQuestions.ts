/**
 * The importer's pipeline, pure: read every source document, drop what our format cannot hold, merge repeated
 * questions and set conflicting ones aside, classify the rest against the target blueprint, and render one
 * question file each. File access stays with the caller (the CLI), so this runs the same in tests.
 */
import type { BankInfo } from '../bank/model';
import { classifyQuestion, type TaskGuess } from './classify/classifyQuestion';
import { keywordMapFor } from './classify/keywordMaps';
import { prepare } from './classify/phrases';
import { detectConcepts, detectServices } from './classify/serviceCatalog';
import { deduplicate, stemKey, type AnswerConflict, type UniqueQuestion } from './dedupe';
import { finalExplanation, finalStem, formatProblem, referencesOf, renderQuestionFile, type QuestionFileContent } from './questionFile';
import { idPrefix, questionId } from './questionId';
import { readDocument, type ReadQuestion, type SkippedQuestion } from './readDocument';

/** One source file, already read. */
export interface SourceDocument {
  /** How the file is named in reports and `source`, e.g. `kananinirav/practice-exam/practice-exam-1.md`. */
  readonly label: string;
  readonly text: string;
  readonly license: string;
}

export interface ImportOptions {
  /** The target exam's blueprint. */
  readonly bank: BankInfo;
  /** Import date, `YYYY-MM-DD`: the `updated` of every question. */
  readonly date: string;
}

export interface ImportedFile {
  readonly id: string;
  /** Path inside the bank folder, e.g. `questions/clf-….md`. */
  readonly path: string;
  readonly text: string;
  readonly content: QuestionFileContent;
  readonly guess: TaskGuess;
  readonly format: string;
}

export interface FormatCount {
  readonly format: string;
  readonly questions: number;
  /** Files in which this is the most common format. */
  readonly files: number;
}

export interface ImportReport {
  readonly files: number;
  /** Questions found: imported plus skipped. */
  readonly found: number;
  /** Questions imported with exactly the source's answer, merged duplicates included. */
  readonly imported: number;
  readonly written: number;
  readonly skipped: readonly SkippedQuestion[];
  readonly duplicates: readonly UniqueQuestion[];
  readonly conflicts: readonly AnswerConflict[];
  readonly sharedStems: readonly (readonly ReadQuestion[])[];
  readonly formats: readonly FormatCount[];
  /** Imported questions per task, and how their task was chosen. */
  readonly byTask: ReadonlyMap<string, number>;
  readonly byHow: ReadonlyMap<TaskGuess['how'], number>;
  readonly noReferences: number;
}

/** Imports `documents` (in the order given) against `options.bank`. */
export function importQuestions(documents: readonly SourceDocument[], options: ImportOptions): { files: ImportedFile[]; report: ImportReport } {
  const skipped: SkippedQuestion[] = [];
  const valid: ReadQuestion[] = [];
  const licenses = new Map<string, string>();
  const perFile: Map<string, number>[] = [];
  for (const doc of documents) {
    const read = readDocument(doc.text, doc.label);
    licenses.set(doc.label, doc.license);
    skipped.push(...read.skipped);
    const formats = new Map<string, number>();
    for (const q of read.questions) {
      formats.set(q.format, (formats.get(q.format) ?? 0) + 1);
      const problem = formatProblem(q);
      if (problem) skipped.push({ file: q.file, line: q.line, ...problem });
      else valid.push(q);
    }
    perFile.push(formats);
  }
  const { unique, conflicts, sharedStems } = deduplicate(valid);
  for (const conflict of conflicts) skipped.push(...conflictSkips(conflict));
  const map = keywordMapFor(options.bank.exam);
  const prefix = idPrefix(options.bank.id);
  const files: ImportedFile[] = [];
  const ids = new Set<string>();
  for (const { question: q, duplicates } of unique) {
    let id = questionId(prefix, stemKey(q), q.options.map((o) => o.text));
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    const correct = q.correct.map((i) => q.options[i].text);
    const distractors = q.options.filter((_, i) => !q.correct.includes(i)).map((o) => o.text);
    const guess = classifyQuestion({ stem: q.stem, correct, distractors, explanation: q.explanation }, options.bank, map);
    const content: QuestionFileContent = {
      id,
      domain: guess.domain,
      task: guess.task,
      tags: tagsOf(q.stem, correct, distractors),
      references: referencesOf(q.explanation),
      updated: options.date,
      classificationReason: guess.reason,
      source: `${q.file}:${q.line}`,
      alsoIn: duplicates.map((d) => `${d.file}:${d.line}`),
      license: licenses.get(q.file) ?? 'unknown',
      stem: finalStem(q),
      options: q.options.map((o, i) => ({ text: o.text, correct: q.correct.includes(i) })),
      explanation: finalExplanation(q.explanation),
    };
    files.push({ id, path: `questions/${id}.md`, text: renderQuestionFile(content), content, guess, format: q.format });
  }
  const imported = valid.length - conflicts.reduce((n, c) => n + c.versions.length, 0);
  return {
    files,
    report: {
      files: documents.length,
      found: imported + skipped.length,
      imported,
      written: files.length,
      skipped,
      duplicates: unique.filter((u) => u.duplicates.length > 0),
      conflicts,
      sharedStems,
      formats: countFormats(perFile),
      byTask: countBy(files, (f) => f.guess.task),
      byHow: countBy(files, (f) => f.guess.how),
      noReferences: files.filter((f) => f.content.references.length === 0).length,
    },
  };
}

/**
 * Service tags of the stem and correct options (of all options when those name none), then concept tags of the
 * stem and correct options.
 */
function tagsOf(stem: string, correct: readonly string[], distractors: readonly string[]): string[] {
  const main = prepare([stem, ...correct].join('\n'));
  const services = detectServices(main);
  return [...(services.length > 0 ? services : detectServices(prepare(distractors.join('\n')))), ...detectConcepts(main)];
}

function conflictSkips(conflict: AnswerConflict): SkippedQuestion[] {
  return conflict.versions.map((v, i) => {
    const others = conflict.versions.filter((_, j) => j !== i);
    const there = others.map((o) => `${o.question.file}:${o.question.line} says "${o.correct.join('", "')}"`).join('; ');
    return {
      file: v.question.file,
      line: v.question.line,
      code: 'answer-conflict',
      reason: `the same question elsewhere has another answer: here "${v.correct.join('", "')}", ${there}`,
    };
  });
}

function countFormats(perFile: readonly ReadonlyMap<string, number>[]): FormatCount[] {
  const questions = new Map<string, number>();
  const files = new Map<string, number>();
  for (const formats of perFile) {
    let top: [string, number] | undefined;
    for (const [format, n] of formats) {
      questions.set(format, (questions.get(format) ?? 0) + n);
      if (!top || n > top[1]) top = [format, n];
    }
    if (top) files.set(top[0], (files.get(top[0]) ?? 0) + 1);
  }
  return [...questions]
    .map(([format, n]) => ({ format, questions: n, files: files.get(format) ?? 0 }))
    .sort((a, b) => b.questions - a.questions);
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}
