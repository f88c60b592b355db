import { promises as fs, existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { bankIdOf } from '../core/bank/bankId';
import { BANK_FILE } from '../core/bank/loadBank';
import { parseBankInfo } from '../core/bank/parseBankInfo';
import { renderBankFile } from '../core/import/bankFile';
import { collectSources } from '../core/import/collectSources';
import { importQuestions } from '../core/import/importQuestions';
import { reportLines } from '../core/import/reportLines';
import { writeFileAtomic } from '../core/storage/atomicFile';
import { parseFlags } from './flags';
import type { CliIo } from './output';

const USAGE = [
  'Usage: exam-kiosk import <path…> --exam <bank-id|bank folder> --out <dir> [--date YYYY-MM-DD] [--force] [--list-duplicates]',
  '  <path…>   markdown files or folders of a community question bank',
  '  --exam    the target exam\'s bank (e.g. clf-c02, found in question-banks/), whose blueprint is copied',
  '  --out     the folder of the new bank; its name is the bank id',
  '  --force   replace files that differ from what the import writes (the old file is kept as .bak)',
].join('\n');

/**
 * `exam-kiosk import <path…> --exam <bank-id> --out <dir>`: converts community markdown banks into a bank of
 * ours and prints the report. `argv` holds the arguments after `import`. Exit code 0 when anything was
 * imported, 1 when nothing could be imported, 2 on usage errors (bad options, unknown exam, no markdown found),
 * like the other commands.
 * Existing files that differ from what would be written (a user's edits) are kept unless `--force`.
 */
export async function runImport(argv: string[], io: CliIo, cwd = process.cwd()): Promise<number> {
  const flags = parseFlags(argv, ['exam', 'out', 'date'], ['force', 'list-duplicates']);
  const usage = (message: string): number => {
    io.stderr(`${message}\n\n${USAGE}`);
    return 2;
  };
  if (flags.error) return usage(flags.error);
  const { exam, out } = flags.values;
  if (flags.positional.length === 0) return usage('Name the files or folders to import.');
  if (!exam) return usage('--exam is required: the bank whose blueprint the questions are classified against.');
  if (!out) return usage('--out is required: the folder of the new bank.');
  const date = flags.values.date ?? localDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return usage(`--date "${date}" is not a YYYY-MM-DD date.`);

  const blueprintFile = findBlueprint(exam, cwd);
  if (!blueprintFile) return usage(`No bank.md found for --exam "${exam}" (looked for question-banks/${exam}/bank.md from here upwards).`);
  const blueprintText = await fs.readFile(blueprintFile, 'utf8');
  const parsed = parseBankInfo(blueprintText, blueprintFile, bankIdOf(path.dirname(blueprintFile)));
  if (!parsed.info) {
    for (const issue of parsed.issues) io.stderr(`${issue.file}:${issue.line}:${issue.column}: ${issue.severity}: ${issue.message}`);
    return usage(`${blueprintFile} has no usable blueprint.`);
  }
  const outDir = path.resolve(cwd, out);
  if (outDir === path.dirname(blueprintFile)) return usage('--out is the exam\'s own bank: import into a new folder so imported and original questions stay apart.');

  const sources = await collectSources(flags.positional, cwd);
  for (const problem of sources.problems) io.stderr(problem);
  if (sources.documents.length === 0) return usage('No markdown files found to import.');

  const { files, report } = importQuestions(sources.documents, { bank: parsed.info, date });
  for (const line of reportLines(report, { duplicatesInFull: flags.values['list-duplicates'] === 'true' })) io.stdout(line);
  if (files.length === 0) {
    io.stderr('Nothing imported; no files written.');
    return 1;
  }
  const licenses = [...new Set(sources.documents.map((d) => d.license))];
  const bankText = renderBankFile(blueprintText, {
    source: sources.origins.join(', '),
    license: licenses.join(' AND '),
    date,
    questionCount: files.length,
    licenseFiles: sources.licenseFiles,
  });
  const outcome = { created: 0, unchanged: 0, kept: 0, replaced: 0 };
  const force = flags.values.force === 'true';
  const writes = [...(bankText ? [{ path: BANK_FILE, text: bankText }] : []), ...files];
  for (const file of writes) outcome[await writeOutput(path.join(outDir, file.path), file.text, force)]++;
  io.stdout('');
  const shown = path.relative(cwd, outDir).startsWith('..') ? outDir : path.relative(cwd, outDir) || '.';
  io.stdout(`Wrote ${shown}: ${outcome.created} new, ${outcome.unchanged} unchanged, ${outcome.replaced} replaced, ${outcome.kept} kept because they differ (edited?; --force replaces them).`);
  if (licenses.includes('unknown')) io.stdout('Licence unknown for some files: check you may reuse them before sharing the bank.');
  if (licenses.some((l) => /-ND-/.test(l))) io.stdout('A NoDerivatives licence forbids sharing adapted versions: keep this bank for your own practice.');
  if (licenses.some((l) => /-NC-/.test(l))) io.stdout('A NonCommercial licence applies: do not use this bank commercially.');
  return 0;
}

/** Writes unless an existing file differs in more than its date and comments and `force` is off. */
async function writeOutput(file: string, text: string, force: boolean): Promise<'created' | 'unchanged' | 'kept' | 'replaced'> {
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

/** `bank.md` for `--exam`: a path to a bank folder or its bank.md, or a bank id under a `question-banks` folder. */
function findBlueprint(exam: string, cwd: string): string | undefined {
  const asPath = path.resolve(cwd, exam);
  if (existsSync(asPath)) {
    const file = statSync(asPath).isDirectory() ? path.join(asPath, BANK_FILE) : asPath;
    return existsSync(file) ? file : undefined;
  }
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(exam)) return undefined;
  for (const start of [cwd, __dirname]) {
    for (let dir = path.resolve(start), level = 0; level < 8; level++) {
      const file = path.join(dir, 'question-banks', exam.toLowerCase(), BANK_FILE);
      if (existsSync(file)) return file;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
