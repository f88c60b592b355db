/**
 * `exam-kiosk`: the bank tools for contributors' CI, on the same core as the extension.
 */
import { runCoverage, runStats } from './cli/statsCommand';
import { processIo, type CliIo } from './cli/output';
import { runValidate } from './cli/validateCommand';
import { runImport } from './cli/importCommand';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  validate: { run: runValidate, help: 'validate [paths…] [--stale-months N] [--max-warnings N]   lint banks; exit 1 on errors' },
  stats: { run: runStats, help: 'stats [paths…]                          questions per domain and task against the blueprint' },
  import: { run: (argv, io) => runImport(argv, io), help: 'import <path…> --exam <bank-id> --out <dir> [--force]   convert community markdown banks into this format' },
  coverage: { run: runCoverage, help: 'coverage [paths…]                       the same as a markdown table for pull requests' },
};

const USAGE = ['Usage: exam-kiosk <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  exam-kiosk ${c.help}`)].join('\n');

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest, io);
}

if (require.main === module) {
  // `exam-kiosk stats | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      process.stderr.write(`exam-kiosk: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
