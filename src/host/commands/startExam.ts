/** "Start Practice Exam…": asks what the argument (a bank row, `{ bankId }`, or answers given in advance) leaves out. */
import { bankIdArg, optionsArg } from './commandArgs';
import { startExamCommand, type StartExamArgs } from '../kiosk/startExamCommand';
import type { CommandRun } from './services';

export const startExam: CommandRun = ({ repository, exams, kiosk, memento }, arg) => startExamCommand(repository, exams, (id) => kiosk.openExam(id), startExamArgs(arg), memento);

/** Answers given in advance: an options object, or the bank of the row the command was run on. */
function startExamArgs(arg: unknown): StartExamArgs {
  const bankId = bankIdArg(arg);
  const options = optionsArg(arg) as StartExamArgs | undefined;
  return { ...options, ...(bankId ? { bankId } : {}) };
}
