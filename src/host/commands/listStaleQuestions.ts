/** "List Stale Questions". */
import { listStaleQuestionsCommand } from '../contrib/staleQuestionsCommand';
import type { CommandRun } from './services';

export const listStaleQuestions: CommandRun = ({ repository }) => listStaleQuestionsCommand(repository);
