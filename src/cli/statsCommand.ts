import { CUE_CHANCE_FACTOR, CUE_KINDS, CUE_LABELS, cueWarns, keyPositionsText, lengthsText, percent, rateText } from '../core/bank/answerCues';
import { coverageMarkdown, coverageOf, type Coverage } from '../core/bank/coverage';
import { defaultPaths, loadBanksAt } from './loadBanks';
import type { CliIo } from './output';
import { parseFlags } from './flags';

/**
 * `exam-kiosk stats [paths…]`: questions per domain and task against the blueprint weights, then the
 * answer-length cues against their chance rates, key positions and lengths, as text.
 */
export async function runStats(argv: string[], io: CliIo, cwd = process.cwd()): Promise<number> {
  return printCoverage(argv, io, cwd, (coverage) => coverageText(coverage));
}

/** `exam-kiosk coverage [paths…]`: the same as a markdown table, to paste into a pull request. */
export async function runCoverage(argv: string[], io: CliIo, cwd = process.cwd()): Promise<number> {
  return printCoverage(argv, io, cwd, (coverage) => coverageMarkdown(coverage));
}

async function printCoverage(argv: string[], io: CliIo, cwd: string, render: (coverage: Coverage) => string): Promise<number> {
  const flags = parseFlags(argv, []);
  if (flags.error) {
    io.stderr(flags.error);
    return 2;
  }
  const paths = flags.positional.length ? flags.positional : defaultPaths(cwd);
  const banks = await loadBanksAt(paths);
  if (banks.length === 0) {
    io.stderr(`No question bank found under ${paths.join(', ')}.`);
    return 2;
  }
  let status = 0;
  for (const bank of banks) {
    const coverage = coverageOf(bank);
    if (!coverage) {
      io.stderr(`${bank.root}: bank.md has no usable blueprint; run "exam-kiosk validate" for details.`);
      status = 1;
      continue;
    }
    io.stdout(render(coverage));
    io.stdout('');
  }
  return status;
}

function coverageText(c: Coverage): string {
  const pct = (n: number): string => `${n.toFixed(1).padStart(5)}%`;
  const mrShare = c.total ? (100 * c.multipleResponse) / c.total : 0;
  const lines = [`${c.exam} ${c.title}: ${c.total} questions, ${c.multipleResponse} multiple response (${mrShare.toFixed(1)}%)`];
  lines.push(`${'domain / task'.padEnd(64)} ${'count'.padStart(5)}  ${'share'.padStart(6)}  ${'weight'.padStart(6)}`);
  for (const d of c.domains) {
    const flag = d.offBalance ? '  << off-balance' : '';
    lines.push(`${`${d.id} ${d.title}`.slice(0, 64).padEnd(64)} ${String(d.count).padStart(5)}  ${pct(d.share)}  ${pct(d.weight)}${flag}`);
    for (const t of d.tasks) {
      lines.push(`  ${`${t.id} ${t.title}`.slice(0, 62).padEnd(62)} ${String(t.count).padStart(5)}${t.thin ? '  << thin' : ''}`);
    }
  }
  if (c.unplaced) lines.push(`${c.unplaced} questions are outside the blueprint.`);
  lines.push('', `${'answer-length cue'.padEnd(64)} ${'share'.padStart(17)}  ${'chance'.padStart(6)}`);
  for (const key of CUE_KINDS) {
    const rate = c.cues[key];
    const flag = cueWarns(rate, c.total) ? `  << over ${CUE_CHANCE_FACTOR}x chance` : '';
    lines.push(`  ${CUE_LABELS[key].padEnd(62)} ${rateText(rate).padStart(17)}  ${(rate.questions ? percent(rate.chance) : '').padStart(6)}${flag}`.trimEnd());
  }
  lines.push(`key position (single answer): ${keyPositionsText(c.cues.keyPositions)}`);
  lines.push(`stem length: ${lengthsText(c.cues)}`);
  return lines.join('\n');
}
