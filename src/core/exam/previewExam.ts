/**
 * A one-question practice exam for contributors' preview: the question exactly as the kiosk shows it, in the
 * file's option order (so letters match the file while editing), with "Check answer" to try it. It lives in
 * memory only and is never saved or recorded.
 */
import type { Question } from '../bank/model';
import { newItem, oneQuestionState, type BankSummary } from './createExam';
import type { ExamState } from './examState';

export function previewExam(question: Question, info: BankSummary, now: number): ExamState {
  const item = { ...newItem(question, 0), optionOrder: question.options.map((_, index) => index) };
  return oneQuestionState('preview', info, item, 0, now, 'manual');
}
