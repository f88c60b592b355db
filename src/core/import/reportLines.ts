/**
 * The import report as text lines: the figures first (found counts question candidates only: a stem with
 * options), the files with question-like content from which nothing was imported, then each file's figures,
 * every skipped question with file, line and reason, what was not counted as a question and where, the merged
 * duplicates, the answer conflicts, the formats detected and how tasks were guessed.
 */
import type { FileReport, ImportReport } from './importQuestions';
import type { SkippedQuestion } from './readDocument';
import type { QuestionSignals } from './questionSignals';

const count = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Renders `report`; `duplicatesInFull` lists every merged duplicate instead of a count. */
export function reportLines(report: ImportReport, options: { duplicatesInFull?: boolean } = {}): string[] {
  const merged = report.duplicates.reduce((n, d) => n + d.duplicates.length, 0);
  const share = report.found > 0 ? ((100 * report.imported) / report.found).toFixed(1) : '0.0';
  const lines = [
    `Found ${count(report.found, 'question')} in ${count(report.files, 'file')}.`,
    `Imported ${report.imported.toLocaleString('en-US')} (${share}%) with exactly the answers the source gives: ` +
      `${count(report.written, 'question file')}, ${count(merged, 'repeated question')} merged into them.`,
    `Skipped ${report.skipped.length.toLocaleString('en-US')}.`,
  ];
  const unread = report.perFile.filter((f) => f.unread !== undefined);
  const none = unread.filter((f) => f.imported === 0);
  const partly = unread.filter((f) => f.imported > 0);
  if (none.length > 0) lines.push(`Nothing imported from ${count(none.length, 'file')} with question-like content: ${none.map((f) => f.file).join(', ')}.`);
  if (partly.length > 0) lines.push(`Question-like content left unread in ${count(partly.length, 'file')}: ${partly.map((f) => f.file).join(', ')}.`);
  const notCounted = [
    report.notQuestions.length > 0 ? `${count(report.notQuestions.length, 'list')} that ${report.notQuestions.length === 1 ? 'neither asks nor answers' : 'neither ask nor answer'} (checklists)` : '',
    report.withoutOptions.length > 0 ? `${count(report.withoutOptions.length, 'line')} that look like questions but have no options` : '',
  ].filter((t) => t !== '');
  if (notCounted.length > 0) lines.push(`Not counted as questions: ${notCounted.join(', ')} (listed below).`);
  if (none.length > 0) {
    lines.push('', 'Files with question-like content from which nothing was imported:');
    for (const f of none) lines.push(`  ${f.file}: ${unreadReason(f)}`);
  }
  if (partly.length > 0) {
    lines.push('', 'Files with more question-like content than was read:');
    for (const f of partly) lines.push(`  ${f.file}: ${unreadReason(f)}`);
  }
  lines.push('', 'Per file: found, imported, merged into another question, skipped (reasons)');
  for (const f of report.perFile) lines.push(`  ${fileLine(f)}`);
  lines.push('', 'Formats detected (files, questions read from them):');
  for (const f of report.formats) lines.push(`  ${String(f.files).padStart(5)}  ${String(f.questions).padStart(5)}  ${f.format}`);
  if (report.structures.length > 1) {
    lines.push('Question structures (questions):');
    for (const s of report.structures) lines.push(`  ${String(s.questions).padStart(5)}  ${s.structure}`);
  }
  if (report.skipped.length > 0) {
    lines.push('', 'Skipped questions:');
    for (const s of [...report.skipped].sort((a, b) => a.file.localeCompare(b.file, 'en', { numeric: true }) || a.line - b.line)) {
      lines.push(`  ${s.file}:${s.line}: ${s.code}: ${s.reason}`);
    }
  }
  if (report.notQuestions.length > 0) {
    lines.push('', 'Lists not counted as questions (no question above them, no answer):');
    lines.push(...byFile(report.notQuestions));
  }
  if (report.withoutOptions.length > 0) {
    lines.push('', 'Lines that look like questions but have no options the importer recognises (not counted):');
    lines.push(...byFile(report.withoutOptions));
  }
  if (report.conflicts.length > 0) {
    lines.push('', `Answer conflicts (${report.conflicts.length}; none of their versions imported):`);
    for (const c of report.conflicts) {
      lines.push(`  "${oneLine(c.stem, 100)}"`);
      for (const v of c.versions) lines.push(`    ${v.question.file}:${v.question.line}: ${v.correct.map((t) => `"${t}"`).join(', ')}`);
    }
  }
  if (report.duplicates.length > 0) {
    const times = count(merged + report.duplicates.length, 'time');
    lines.push('', `Repeated questions merged: ${count(report.duplicates.length, 'question')} found ${times} in all.`);
    if (options.duplicatesInFull) {
      for (const d of report.duplicates) {
        const others = d.duplicates.map((q) => `${q.file}:${q.line}`).join(', ');
        lines.push(`  ${d.question.file}:${d.question.line} kept; merged ${others}`);
      }
    }
  }
  if (report.sharedStems.length > 0) {
    lines.push('', 'Same stem, different options (kept as separate questions):');
    for (const group of report.sharedStems) lines.push(`  ${group.map((q) => `${q.file}:${q.line}`).join(', ')}`);
  }
  lines.push('', 'Tasks guessed from keywords (classification: guess; the reason is a comment in each file):');
  const tasks = [...report.byTask].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }));
  lines.push(`  ${tasks.map(([task, n]) => `${task}: ${n}`).join(', ')}`);
  const how = report.byHow;
  lines.push(
    `  by keywords ${how.get('keywords') ?? 0}, ties broken by domain weight ${how.get('tie') ?? 0}, ` +
      `default task (no keyword) ${how.get('default') ?? 0}, exam without a keyword map ${how.get('no-map') ?? 0}`,
  );
  if (report.noReferences > 0) {
    lines.push(`${count(report.noReferences, 'question')} without a link in the source have no references (the validator warns).`);
  }
  return lines;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * One sentence for a notification, or '' when every file with question-like content gave questions: the files
 * from which nothing was imported, so that a short summary never hides them.
 */
export function unreadSummary(report: ImportReport): string {
  const name = (f: FileReport): string => f.file.split('/').pop() ?? f.file;
  const listed = (files: readonly FileReport[]): string =>
    files.length > 3 ? `${files.slice(0, 3).map(name).join(', ')} and ${files.length - 3} more` : files.map(name).join(', ');
  const unread = report.perFile.filter((f) => f.unread !== undefined);
  const none = unread.filter((f) => f.imported === 0);
  const partly = unread.filter((f) => f.imported > 0);
  const parts = [
    none.length > 0 ? `Nothing imported from ${count(none.length, 'file')} with question-like content (${listed(none)})` : '',
    partly.length > 0 ? `question-like content left unread in ${count(partly.length, 'file')} (${listed(partly)})` : '',
  ].filter((t) => t !== '');
  if (parts.length === 0) return '';
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}: see the report.`;
}

function fileLine(f: FileReport): string {
  const reasons = [...f.skipped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, n]) => `${code} ${n}`);
  const skipped = [...f.skipped.values()].reduce((a, b) => a + b, 0);
  const figures = [f.found, f.imported, f.merged, skipped].map((n) => n.toLocaleString('en-US').padStart(5)).join(' ');
  return `${figures}${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}  ${f.file}`;
}

/** Why nothing came from a file: its candidates' skip reasons, or what it holds that the reader could not use. */
function unreadReason(f: FileReport): string {
  const signals = f.unread as QuestionSignals;
  if (f.imported > 0) {
    return `${count(f.found, 'question')} found, but ${count(signals.optionRuns, 'run')} of option-like lines: the rest may be in a layout the importer does not know`;
  }
  if (f.found > 0) {
    const reasons = [...f.skipped].map(([code, n]) => `${code} ${n}`).join(', ');
    return `${count(f.found, 'question')} found, none imported (${reasons}); see "Skipped questions"`;
  }
  const held = [
    signals.numberedItems > 0 ? count(signals.numberedItems, 'numbered item') : '',
    signals.tableQuestions > 0 ? `${count(signals.tableQuestions, 'table row')} that ask` : '',
    signals.optionRuns > 0 ? count(signals.optionRuns, 'run') + ' of option-like lines' : '',
    signals.keyEntries > 0 ? count(signals.keyEntries, 'answer-key entry').replace(/entrys$/, 'entries') : '',
  ].filter((t) => t !== '');
  return `${held.join(', ')}, but no question with options in a layout the importer knows (\`A.\`, \`A)\`, \`(A)\`, \`[A]\`, \`- [ ]\`)`;
}

/** `file: lines 3, 17, 40` per file, in file order. */
function byFile(items: readonly SkippedQuestion[]): string[] {
  const lines = new Map<string, number[]>();
  for (const item of items) lines.set(item.file, [...(lines.get(item.file) ?? []), item.line]);
  return [...lines].map(([file, at]) => `  ${file}: ${at.length === 1 ? 'line' : 'lines'} ${at.join(', ')}`);
}
