/** "Export Errata Report": to the clipboard or a file, asked unless the argument says which. */
import { choiceArg } from './commandArgs';
import { exportErrataCommand } from '../feedback/exportErrataCommand';
import type { CommandRun } from './services';

export const exportErrata: CommandRun = ({ feedback, repository }, arg) => exportErrataCommand(feedback, repository, choiceArg(arg, ['clipboard', 'file'] as const));
