/** "New Question…": asks for what the argument leaves out. */
import { optionsArg } from './commandArgs';
import { newQuestionCommand, type NewQuestionArgs } from '../contrib/newQuestionCommand';
import type { CommandRun } from './services';

export const newQuestion: CommandRun = ({ repository }, arg) => newQuestionCommand(repository, (optionsArg(arg) ?? {}) as NewQuestionArgs);
