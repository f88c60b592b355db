/** "Choose Your Certification…": the one the argument names, or the one picked. */
import { bankIdArg } from './commandArgs';
import { chooseCertificationCommand } from '../progress/firstRunCommands';
import type { CommandRun } from './services';

export const chooseCertification: CommandRun = ({ repository, progress, memento, practice }, arg) =>
  chooseCertificationCommand(repository, progress, memento, practice, bankIdArg(arg));
