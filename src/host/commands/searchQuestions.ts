/** "Search Questions": starting from the query the argument gives. */
import { textArg } from './commandArgs';
import { searchQuestionsCommand } from '../contrib/searchCommand';
import type { CommandRun } from './services';

export const searchQuestions: CommandRun = ({ searchCache }, arg) => searchQuestionsCommand(searchCache, textArg(arg) ?? '');
