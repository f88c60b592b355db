/** "Import Question Bank…": asks for what the argument leaves out. */
import { optionsArg } from './commandArgs';
import { importBankCommand, type ImportArgs } from '../import/importBankCommand';
import type { CommandRun } from './services';

export const importBank: CommandRun = ({ repository }, arg) => importBankCommand(repository, (optionsArg(arg) ?? {}) as ImportArgs);
