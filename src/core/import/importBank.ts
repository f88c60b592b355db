/**
 * One whole import: read community markdown, convert it, and write the new bank folder. The CLI and the VS
 * Code command both run this, so they write the same files and report the same figures.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { BANK_FILE } from '../bank/loadBank';
import type { BankInfo } from '../bank/model';
import { writeFileAtomic } from '../storage/atomicFile';
import { renderBankFile } from './bankFile';
import { collectSources } from './collectSources';
import { importQuestions, type ImportReport } from './importQuestions';
import { reportLines, unreadSummary } from './reportLines';

export interface ImportBankInput {
  /** Files or folders of the community bank. */
  readonly paths: readonly string[];
  readonly cwd: string;
  /** The target exam's `bank.md` text, whose blueprint is copied, and its parsed info. */
  readonly blueprintText: string;
  readonly info: BankInfo;
  readonly outDir: string;
  /** `YYYY-MM-DD` written as `updated`. */
  readonly date: string;
  /** Replace files that differ from what would be written (edited files are otherwise kept). */
  readonly force: boolean;
  /** Replaces the blueprint's title in the new `bank.md`, so imported banks are told apart from the original. */
  readonly title?: string;
  readonly duplicatesInFull?: boolean;
}

export interface WriteOutcome {
  created: number;
  unchanged: number;
  kept: number;
  replaced: number;
}

export interface ImportBankResult {
  /** Paths that could not be read. */
  readonly problems: readonly string[];
  /** No markdown was found at the paths. */
  readonly noSources: boolean;
  readonly report: ImportReport | undefined;
  /** The report as text lines, for a terminal or a document. */
  readonly lines: readonly string[];
  /** The files from which nothing was imported though they hold question-like content, as one sentence; '' if none. */
  readonly unreadSummary: string;
  /** Question files written (0: nothing was imported and nothing written). */
  readonly questionFiles: number;
  readonly written: WriteOutcome;
  readonly licenses: readonly string[];
  /** Warnings about licences that limit what the user may do with the bank. */
  readonly licenseNotes: readonly string[];
}

export async function importBank(input: ImportBankInput): Promise<ImportBankResult> {
  const written: WriteOutcome = { created: 0, unchanged: 0, kept: 0, replaced: 0 };
  const sources = await collectSources(input.paths, input.cwd);
  if (sources.documents.length === 0) {
    return { problems: sources.problems, noSources: true, report: undefined, lines: [], unreadSummary: '', questionFiles: 0, written, licenses: [], licenseNotes: [] };
  }
  const { files, report } = importQuestions(sources.documents, { bank: input.info, date: input.date });
  const lines = reportLines(report, { duplicatesInFull: input.duplicatesInFull });
  const licenses = [...new Set(sources.documents.map((d) => d.license))];
  if (files.length > 0) {
    const blueprint = input.title === undefined ? input.blueprintText : replaceTitle(input.blueprintText, input.title);
    const bankText = renderBankFile(blueprint, {
      source: sources.origins.join(', '),
      license: licenses.join(' AND '),
      date: input.date,
      questionCount: files.length,
      licenseFiles: sources.licenseFiles,
    });
    const writes = [...(bankText ? [{ path: BANK_FILE, text: bankText }] : []), ...files];
    for (const file of writes) written[await writeOutput(path.join(input.outDir, file.path), file.text, input.force)]++;
  }
  const licenseNotes: string[] = [];
  if (licenses.includes('unknown')) licenseNotes.push('Licence unknown for some files: check you may reuse them before sharing the bank.');
  if (licenses.some((l) => /-ND-/.test(l))) licenseNotes.push('A NoDerivatives licence forbids sharing adapted versions: keep this bank for your own practice.');
  if (licenses.some((l) => /-NC-/.test(l))) licenseNotes.push('A NonCommercial licence applies: do not use this bank commercially.');
  return { problems: sources.problems, noSources: false, report, lines, unreadSummary: unreadSummary(report), questionFiles: files.length, written, licenses, licenseNotes };
}

function replaceTitle(blueprintText: string, title: string): string {
  return blueprintText.replace(/^title:.*$/m, `title: ${JSON.stringify(title)}`);
}

/** Writes unless an existing file differs in more than its date and comments and `force` is off. */
async function writeOutput(file: string, text: string, force: boolean): Promise<keyof WriteOutcome> {
  let existing: string | undefined;
  try {
    existing = await fs.readFile(file, 'utf8');
  } catch {
    existing = undefined;
  }
  if (existing === undefined) {
    await writeFileAtomic(file, text);
    return 'created';
  }
  if (comparable(existing) === comparable(text)) return 'unchanged';
  if (!force) return 'kept';
  await writeFileAtomic(file, text);
  return 'replaced';
}

/** The text without what changes on every import: the date, comments, and the import date in prose. */
function comparable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => !/^(?:updated:|#\s)/.test(l) && !/imported on \d{4}-\d{2}-\d{2}/.test(l))
    .join('\n');
}
