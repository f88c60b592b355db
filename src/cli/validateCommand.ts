import * as path from 'node:path';
import type { BankIssue } from '../core/bank/model';
import { defaultPaths, loadBanksAt } from './loadBanks';
import type { CliIo } from './output';
import { parseFlags } from './flags';

/**
 * `exam-kiosk validate [paths…] [--stale-months N] [--max-warnings N]`: prints `file:line:col: severity:
 * message [code]` for every issue and exits 1 when there is an error (or more warnings than allowed).
 */
export async function runValidate(argv: string[], io: CliIo, cwd = process.cwd()): Promise<number> {
  const flags = parseFlags(argv, ['stale-months', 'max-warnings']);
  if (flags.error) {
    io.stderr(flags.error);
    return 2;
  }
  const paths = flags.positional.length ? flags.positional : defaultPaths(cwd);
  const staleAfterMonths = flags.values['stale-months'] !== undefined ? Number(flags.values['stale-months']) : undefined;
  const banks = await loadBanksAt(paths, { staleAfterMonths });
  if (banks.length === 0) {
    io.stderr(`No question bank found under ${paths.join(', ')} (a bank is a folder with a bank.md).`);
    return 2;
  }
  const issues = banks.flatMap((bank) => bank.issues).sort(byPosition);
  for (const issue of issues) io.stdout(formatIssue(issue, cwd));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const questions = banks.reduce((sum, bank) => sum + bank.questions.length, 0);
  io.stdout(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${banks.length} bank${banks.length === 1 ? '' : 's'} (${questions} valid question${questions === 1 ? '' : 's'}).`);
  const maxWarnings = flags.values['max-warnings'] !== undefined ? Number(flags.values['max-warnings']) : Infinity;
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

/** `file:line:col: severity: message [code]`, the format editors and CI annotators recognise. */
export function formatIssue(issue: BankIssue, cwd: string): string {
  const file = path.relative(cwd, issue.file) || issue.file;
  return `${file}:${issue.line}:${issue.column}: ${issue.severity}: ${issue.message} [${issue.code}]`;
}

function byPosition(a: BankIssue, b: BankIssue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
