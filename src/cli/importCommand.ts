import { promises as fs, existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { bankIdOf } from '../core/bank/bankId';
import { BANK_FILE } from '../core/bank/loadBank';
import { parseBankInfo } from '../core/bank/parseBankInfo';
import { importBank } from '../core/import/importBank';
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

  const result = await importBank({
    paths: flags.positional,
    cwd,
    blueprintText,
    info: parsed.info,
    outDir,
    date,
    force: flags.values.force === 'true',
    duplicatesInFull: flags.values['list-duplicates'] === 'true',
  });
  for (const problem of result.problems) io.stderr(problem);
  if (result.noSources) return usage('No markdown files found to import.');
  for (const line of result.lines) io.stdout(line);
  if (result.questionFiles === 0) {
    io.stderr('Nothing imported; no files written.');
    return 1;
  }
  const { created, unchanged, replaced, kept } = result.written;
  io.stdout('');
  const shown = path.relative(cwd, outDir).startsWith('..') ? outDir : path.relative(cwd, outDir) || '.';
  io.stdout(`Wrote ${shown}: ${created} new, ${unchanged} unchanged, ${replaced} replaced, ${kept} kept because they differ (edited?; --force replaces them).`);
  for (const note of result.licenseNotes) io.stdout(note);
  return 0;
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
