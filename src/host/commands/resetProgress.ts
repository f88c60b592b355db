/** "Reset Progress…": asks first, keeps the old log as a backup. */
import { resetProgressCommand } from '../progress/transferCommands';
import type { CommandRun } from './services';

export const resetProgress: CommandRun = ({ progress }) => resetProgressCommand(progress);
