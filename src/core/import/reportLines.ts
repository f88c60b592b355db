/**
 * The import report as text lines: the figures first, then every skipped question with file, line and reason,
 * the merged duplicates, the answer conflicts, the formats detected and how tasks were guessed.
 */
import type { ImportReport } from './importQuestions';

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
