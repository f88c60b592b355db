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
import { looksLikeQuestions, type QuestionSignals } from './questionSignals';
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

/**
 * A file format: the structure most of a file's questions share, and whether the file gives explanations (for
 * at least a quarter of its questions: banks with explanations still leave some questions without one).
 */
export interface FormatCount {
  readonly format: string;
  readonly files: number;
  /** Questions read from those files. */
  readonly questions: number;
}

/** How many questions were written in one structure (options and answer source), whatever their file. */
export interface StructureCount {
  readonly structure: string;
  readonly questions: number;
}

/** One source file's part of the import. */
export interface FileReport {
  readonly file: string;
  /** Question candidates found (a stem with options): imported plus skipped. */
  readonly found: number;
  /** Imported with exactly the source's answer, merged repeats included. */
  readonly imported: number;
  /** Of the imported, how many were repeats merged into a question kept elsewhere (or earlier in this file). */
  readonly merged: number;
  /** Candidates not imported, by reason code. */
  readonly skipped: ReadonlyMap<string, number>;
  /** Question-like lines with no options the reader knows (not counted as found). */
  readonly withoutOptions: number;
  /** Lists that neither ask nor answer (not counted as found). */
  readonly notQuestions: number;
  /**
   * Set when question-like content of the file was left unread: nothing was imported from a file whose content
   * looks like questions, or the file holds many more option-like runs than the questions and lists read from it
   * (a mock in an unknown layout appended to a few ordinary questions). What the file holds.
   */
  readonly unread?: QuestionSignals;
}

export interface ImportReport {
  readonly files: number;
  /** Question candidates found (a stem with options): imported plus skipped. */
  readonly found: number;
  /** Questions imported with exactly the source's answer, merged duplicates included. */
  readonly imported: number;
  readonly written: number;
  readonly skipped: readonly SkippedQuestion[];
  /** Lines that look like questions but have no options the reader knows; not counted as found. */
  readonly withoutOptions: readonly SkippedQuestion[];
  /** Option-like lists that are no questions (checklists); not counted as found. */
  readonly notQuestions: readonly SkippedQuestion[];
  /** Every file, in the order given. */
  readonly perFile: readonly FileReport[];
  readonly duplicates: readonly UniqueQuestion[];
  readonly conflicts: readonly AnswerConflict[];
  readonly sharedStems: readonly (readonly ReadQuestion[])[];
  readonly formats: readonly FormatCount[];
  readonly structures: readonly StructureCount[];
  /** Imported questions per task, and how their task was chosen. */
  readonly byTask: ReadonlyMap<string, number>;
  readonly byHow: ReadonlyMap<TaskGuess['how'], number>;
  readonly noReferences: number;
}

/** Imports `documents` (in the order given) against `options.bank`. */
export function importQuestions(documents: readonly SourceDocument[], options: ImportOptions): { files: ImportedFile[]; report: ImportReport } {
  const skipped: SkippedQuestion[] = [];
  const withoutOptions: SkippedQuestion[] = [];
  const notQuestions: SkippedQuestion[] = [];
  const valid: ReadQuestion[] = [];
  const licenses = new Map<string, string>();
  const perFile: ReadQuestion[][] = [];
  const signals = new Map<string, QuestionSignals>();
  for (const doc of documents) {
    const read = readDocument(doc.text, doc.label);
    signals.set(doc.label, read.signals);
    licenses.set(doc.label, doc.license);
    skipped.push(...read.skipped);
    withoutOptions.push(...read.withoutOptions);
    notQuestions.push(...read.notQuestions);
    for (const q of read.questions) {
      const problem = formatProblem(q);
      if (problem) skipped.push({ file: q.file, line: q.line, ...problem });
      else valid.push(q);
    }
    perFile.push([...read.questions]);
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
      withoutOptions,
      notQuestions,
      perFile: fileReports(documents, signals, valid, skipped, unique, withoutOptions, notQuestions),
      duplicates: unique.filter((u) => u.duplicates.length > 0),
      conflicts,
      sharedStems,
      formats: countFormats(perFile),
      structures: [...countBy(perFile.flat(), (q) => q.format)]
        .map(([structure, questions]) => ({ structure, questions }))
        .sort((a, b) => b.questions - a.questions || a.structure.localeCompare(b.structure)),
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

/** Option-like runs beyond the questions and lists read from a file that make it partly unread. */
const UNREAD_RUNS = 5;

/** Each file's figures; files with question-like content left unread get what they hold. */
function fileReports(
  documents: readonly SourceDocument[],
  signalsOf: ReadonlyMap<string, QuestionSignals>,
  valid: readonly ReadQuestion[],
  skipped: readonly SkippedQuestion[],
  unique: readonly UniqueQuestion[],
  withoutOptions: readonly SkippedQuestion[],
  notQuestions: readonly SkippedQuestion[],
): FileReport[] {
  const conflicted = new Set(skipped.filter((s) => s.code === 'answer-conflict').map((s) => `${s.file}:${s.line}`));
  const imported = countBy(valid.filter((q) => !conflicted.has(`${q.file}:${q.line}`)), (q) => q.file);
  const merged = countBy(unique.flatMap((u) => u.duplicates), (q) => q.file);
  const found = countBy(valid, (q) => q.file);
  for (const s of skipped) if (s.code !== 'answer-conflict') found.set(s.file, (found.get(s.file) ?? 0) + 1);
  return documents.map((doc) => {
    const file = doc.label;
    const report: FileReport = {
      file,
      found: found.get(file) ?? 0,
      imported: imported.get(file) ?? 0,
      merged: merged.get(file) ?? 0,
      skipped: countBy(skipped.filter((s) => s.file === file), (s) => s.code),
      withoutOptions: withoutOptions.filter((s) => s.file === file).length,
      notQuestions: notQuestions.filter((s) => s.file === file).length,
    };
    const signals = signalsOf.get(file)!;
    const unread = report.imported === 0
      ? report.found > 0 || looksLikeQuestions(signals)
      : signals.optionRuns - report.found - report.notQuestions >= UNREAD_RUNS;
    return unread ? { ...report, unread: signals } : report;
  });
}

function countFormats(perFile: readonly (readonly ReadQuestion[])[]): FormatCount[] {
  const out = new Map<string, { files: number; questions: number }>();
  for (const questions of perFile) {
    if (questions.length === 0) continue;
    const [structure] = [...countBy(questions, (q) => q.format)].sort((a, b) => b[1] - a[1])[0];
    const explained = questions.filter((q) => q.explanation !== '').length * 4 >= questions.length;
    const format = explained ? `${structure} · explanations` : structure;
    const entry = out.get(format) ?? { files: 0, questions: 0 };
    out.set(format, { files: entry.files + 1, questions: entry.questions + questions.length });
  }
  return [...out]
    .map(([format, n]) => ({ format, ...n }))
    .sort((a, b) => b.files - a.files || b.questions - a.questions || a.format.localeCompare(b.format));
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}
