/** Refreshes the Feedback view. */
import type { CommandRun } from './services';

export const refreshFeedback: CommandRun = ({ feedback }) => feedback.refresh();
