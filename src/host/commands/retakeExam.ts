/** Retakes an exam's incorrect or flagged questions (the score report's buttons). */
import { choiceArg, examIdArg } from './commandArgs';
import type { CommandRun } from './services';

export const retakeExam: CommandRun = async ({ kiosk }, arg, which) => {
  const examId = examIdArg(arg);
  const kind = choiceArg(which, ['incorrect', 'flagged'] as const);
  if (examId && kind) await kiosk.retake(examId, kind);
};
