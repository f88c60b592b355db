/** "Start Full Mock Exam": on the certification the argument names, or the one picked. */
import { bankIdArg } from './commandArgs';
import { startMockExamCommand } from '../progress/steeredExamCommands';
import type { CommandRun } from './services';

export const startMockExam: CommandRun = ({ repository, progress, memento }, arg) => startMockExamCommand(repository, progress, memento, bankIdArg(arg));
