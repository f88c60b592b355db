/** "Delete Exam…" on a History row: asks first. */
import { examIdArg } from './commandArgs';
import type { CommandRun } from './services';

export const deleteExam: CommandRun = async ({ history }, arg) => {
  const row = await history.row(examIdArg(arg));
  if (row) await history.deleteExam(row);
};
