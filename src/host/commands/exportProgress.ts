/** "Export Progress…": to the file the argument names, or one picked. */
import { uriArg } from './commandArgs';
import { exportProgressCommand } from '../progress/transferCommands';
import type { CommandRun } from './services';

export const exportProgress: CommandRun = ({ progress }, arg) => exportProgressCommand(progress, uriArg(arg));
