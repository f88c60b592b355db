/** "Set Exam Date…": on the certification the argument names (a Certifications row), or the one picked. */
import { bankIdArg } from './commandArgs';
import { setExamDateCommand } from '../progress/examDateCommand';
import type { CommandRun } from './services';

export const setExamDate: CommandRun = ({ repository, progress, memento }, arg) => setExamDateCommand(repository, progress, memento, bankIdArg(arg));
