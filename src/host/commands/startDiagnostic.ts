/** "Start Diagnostic": about twenty untimed questions across the blueprint of the certification named or picked. */
import { bankIdArg } from './commandArgs';
import { startDiagnosticCommand } from '../progress/firstRunCommands';
import type { CommandRun } from './services';

export const startDiagnostic: CommandRun = ({ repository, progress, memento }, arg) => startDiagnosticCommand(repository, progress, memento, bankIdArg(arg));
