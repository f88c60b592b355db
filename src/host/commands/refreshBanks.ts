/** "Reload Question Banks": reads every bank again from disk. */
import type { CommandRun } from './services';

export const refreshBanks: CommandRun = ({ repository }) => repository.reload();
