/** Refreshes History: progress read again from disk, finished exams not yet recorded recorded. */
import type { CommandRun } from './services';

export const refreshHistory: CommandRun = async ({ progress, recorder }) => {
  await progress.refresh();
  await recorder.reconcile();
  progress.invalidate();
};
