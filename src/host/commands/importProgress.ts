/** "Import Progress…": from the file the argument names, or one picked. */
import { uriArg } from './commandArgs';
import { importProgressCommand } from '../progress/transferCommands';
import type { CommandRun } from './services';

export const importProgress: CommandRun = ({ progress, exams }, arg) => importProgressCommand(progress, exams, uriArg(arg));
