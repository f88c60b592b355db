/** "Copy Coverage Table": of the bank the argument names (a Blueprint Coverage row), or the banks being written. */
import { bankIdArg } from './commandArgs';
import { copyCoverageCommand } from '../contrib/copyCoverageCommand';
import type { CommandRun } from './services';

export const copyCoverageTable: CommandRun = ({ repository }, arg) => copyCoverageCommand(repository, bankIdArg(arg));
