/**
 * The community banks that come with a `truth.jsonl` (every question's stem, options and correct options, written
 * by hand-checked parsers independent of ours; see test/fixtures/community-banks/SOURCES.md), and the comparison
 * of an import with that truth. Shared by the acceptance test and `bench/importer.ts`.
 */
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { normalise } from '../../../src/core/import/answerText';
import { collectSources } from '../../../src/core/import/collectSources';
import type { ImportedFile, ImportReport, SourceDocument } from '../../../src/core/import/importQuestions';
import { COMMUNITY_BANKS } from './importFixtures';

/**
 * The banks with a truth file, by folder under test/fixtures/community-banks: three community banks, and our
 * synthetic banks, one per layout the importer once failed on (see SOURCES.md there).
 */
export const TRUTH_BANKS = [
  'Certilum',
  'PacktPublishing',
  'ramishtaha',
  'synthetic/code-fence-options',
  'synthetic/decorated-answer-key',
  'synthetic/answers-by-text',
  'synthetic/heading-titles',
  'synthetic/key-table-columns',
  'synthetic/unreadable-mock',
] as const;

export interface TruthEntry {
  readonly stem: string;
  readonly options: readonly string[];
  readonly correct: readonly string[];
  /** `relative/path:LINE` of the question's first line. */
  readonly src: string;
}

export function readTruth(bank: string): TruthEntry[] {
  const text = readFileSync(path.join(COMMUNITY_BANKS, bank, 'truth.jsonl'), 'utf8');
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as TruthEntry);
}

/**
 * The kananinirav bank has no truth file; its entries come from an oracle written for that bank alone: a question
 * starts at an `N. ` line, its options are the `- A.` items (the first may run on after the stem), and its
 * "Correct answer:" line gives the letters.
 */
export function kananiniravTruth(documents: readonly SourceDocument[]): TruthEntry[] {
  const entries: TruthEntry[] = [];
  for (const doc of documents) {
    let open: { stem: string; options: string[]; src: string } | undefined;
    doc.text.split('\n').forEach((line, i) => {
      const start = /^\d+\. (.*)$/.exec(line);
      if (start) {
        const [stem, ...inline] = start[1].split(/\s+- (?=A\. )/);
        open = { stem: stem.trim(), options: inline.map((o) => o.slice(3).trim()), src: `${doc.label.replace(/^[^/]+\//, '')}:${i + 1}` };
        return;
      }
      const option = /^\s*- [A-H]\. (.*)$/.exec(line);
      if (open && option) open.options.push(option[1].trim());
      const answer = /correct answer:\s*([A-Za-z ,]+)$/i.exec(line.trim());
      if (open && answer) {
        const letters = answer[1].replace(/[ ,]/g, '').toUpperCase();
        entries.push({ ...open, correct: [...letters].map((l) => open!.options[l.charCodeAt(0) - 65]) });
        open = undefined;
      }
    });
  }
  return entries;
}

/** A bank's markdown files as the CLI and the VS Code command collect them (labels start with the folder name). */
export async function bankDocuments(bank: string): Promise<SourceDocument[]> {
  const sources = await collectSources([path.join(COMMUNITY_BANKS, bank)], COMMUNITY_BANKS);
  return sources.documents;
}

export interface TruthComparison {
  readonly truth: number;
  /** Truth entries that match an imported question by stem or options. */
  readonly matched: number;
  /** Matched entries whose written question has exactly the truth's correct options. */
  readonly exact: number;
  /** Matched entries whose imported stem reads as the truth's (spacing and the select hint's wording aside). */
  readonly sameStem: number;
  /** Truth entries with no imported question, or with another answer, or another stem: `src` and why. */
  readonly misses: readonly string[];
}

/** An imported question as compared: a written file's, or a repeat merged into one (with its own wording). */
interface Compared {
  readonly stem: string;
  readonly options: readonly string[];
  readonly correct: readonly string[];
}

/** The written questions and the repeats merged into them, each as its source words it. */
export function importedQuestions(files: readonly ImportedFile[], report: ImportReport): Compared[] {
  return [
    ...files.map((f) => ({
      stem: f.content.stem,
      options: f.content.options.map((o) => o.text),
      correct: f.content.options.filter((o) => o.correct).map((o) => o.text),
    })),
    ...report.duplicates.flatMap((d) =>
      d.duplicates.map((q) => ({ stem: q.stem, options: q.options.map((o) => o.text), correct: q.correct.map((i) => q.options[i].text) })),
    ),
  ];
}

/**
 * Matches every truth entry to an imported question: the same options (as a set) and a similar stem (most words
 * of the shorter one in the other), else the same stem and most options. Each imported question answers one truth entry at most.
 */
export function compareWithTruth(truth: readonly TruthEntry[], imported: readonly Compared[]): TruthComparison {
  const pool = imported.map((q) => ({
    q,
    stem: stemOf(q.stem),
    options: optionKey(q.options),
    correct: optionKey(q.correct),
    used: false,
  }));
  let matched = 0;
  let exact = 0;
  let sameStem = 0;
  const misses: string[] = [];
  for (const entry of truth) {
    const stem = stemOf(entry.stem);
    const options = optionKey(entry.options);
    const free = pool.filter((p) => !p.used);
    const candidates = free.filter((p) => p.options === options);
    const hit =
      candidates.find((p) => p.stem === stem) ??
      candidates.find((p) => wordOverlap(p.stem, stem) >= 0.8) ??
      free.find((p) => p.stem === stem && wordOverlap(p.options, options) >= 0.8);
    if (!hit) {
      misses.push(`${entry.src}: not imported`);
      continue;
    }
    hit.used = true;
    matched++;
    if (hit.correct === optionKey(entry.correct)) exact++;
    else misses.push(`${entry.src}: answer ${hit.correct} instead of ${optionKey(entry.correct)}`);
    if (hit.stem === stem) sameStem++;
    else misses.push(`${entry.src}: stem ${JSON.stringify(hit.q.stem)} instead of ${JSON.stringify(entry.stem)}`);
  }
  return { truth: truth.length, matched, exact, sameStem, misses };
}

/** Select hints go: ours writes "(Select TWO.)" where the source may say "(Choose all that apply)" or nothing. */
function stemOf(stem: string): string {
  return stem
    .replace(/\s*[([]\s*(?:select|choose|pick)\b[^)\]]*[)\]]\.?/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[?.:,;!])/g, '')
    .trim();
}

function optionKey(options: readonly string[]): string {
  return options.map((o) => normalise(o)).sort().join(' | ');
}

/** Share of the shorter text's words found in the other: a stem cut short or run on still matches. */
function wordOverlap(a: string, b: string): number {
  const x = new Set(normalise(a).split(' '));
  const y = new Set(normalise(b).split(' '));
  const common = [...x].filter((w) => y.has(w)).length;
  return common / Math.max(Math.min(x.size, y.size), 1);
}
