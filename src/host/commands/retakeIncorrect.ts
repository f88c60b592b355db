/** "Retake Incorrect" on a History row. */
import { examIdArg } from './commandArgs';
import type { CommandRun } from './services';

export const retakeIncorrect: CommandRun = async ({ history, kiosk }, arg) => {
  const row = await history.row(examIdArg(arg));
  if (row?.openable) await kiosk.retake(row.examId, 'incorrect');
};
