/** "Practise Weak Areas": on the certification the argument names, or the one picked. */
import { bankIdArg } from './commandArgs';
import { practiseWeakAreasCommand } from '../progress/steeredExamCommands';
import type { CommandRun } from './services';

export const practiseWeakAreas: CommandRun = ({ repository, progress, memento }, arg) => practiseWeakAreasCommand(repository, progress, memento, bankIdArg(arg));
