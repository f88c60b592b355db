/**
 * Comments candidates left on questions during exams (the kiosk's comment box), gathered for the bank's
 * authors: which question, what was said, and what the candidate answered.
 */
import type { Question } from '../bank/model';
import { optionLetter, type ExamState } from '../exam/examState';

export interface FeedbackEntry {
  readonly examId: string;
  readonly bankId: string;
  readonly exam: string;
  readonly questionId: string;
  readonly comment: string;
  /** When the exam was last changed (the comment is at most this old). */
  readonly at: number;
  /** The candidate's answer as shown in the exam: letters and option text, empty when unanswered. */
  readonly answerGiven: readonly { readonly letter: string; readonly text: string }[];
  readonly correctAnswer: readonly { readonly letter: string; readonly text: string }[];
  /** Where the question is now; absent when it has left the bank. */
  readonly file?: string;
  readonly line?: number;
}

/** Every non-empty comment of `exams`, newest exam first. `lookup` finds the bank's current questions. */
export function collectFeedback(exams: readonly ExamState[], lookup: (bankId: string, questionId: string) => Question | undefined): FeedbackEntry[] {
  const out: FeedbackEntry[] = [];
  for (const exam of [...exams].sort((a, b) => b.updatedAt - a.updatedAt)) {
    exam.items.forEach((item) => {
      const comment = item.comment.trim();
      if (!comment) return;
      const question = lookup(exam.bank.id, item.questionId);
      const describe = (originals: readonly number[]) => item.optionOrder
        .map((original, position) => ({ original, letter: optionLetter(position) }))
        .filter(({ original }) => originals.includes(original))
        .map(({ original, letter }) => ({ letter, text: question?.options[original]?.markdown ?? '(option no longer in the bank)' }));
      out.push({
        examId: exam.id,
        bankId: exam.bank.id,
        exam: exam.bank.exam,
        questionId: item.questionId,
        comment,
        at: exam.updatedAt,
        answerGiven: describe(item.selected),
        correctAnswer: describe(item.answerKey),
        ...(question ? { file: question.file, line: question.stemPosition.line } : {}),
      });
    });
  }
  return out;
}
