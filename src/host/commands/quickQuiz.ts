/** "Quick Quiz": on the certification the argument names, or the one picked. */
import { bankIdArg } from './commandArgs';
import { quickQuizCommand } from '../progress/quickQuiz';
import type { CommandRun } from './services';

export const quickQuiz: CommandRun = ({ repository, progress, memento, exams }, arg) => quickQuizCommand(repository, progress, memento, exams, bankIdArg(arg));
