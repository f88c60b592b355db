/**
 * A one-question practice exam for contributors' preview: the question exactly as the kiosk shows it, in the
 * file's option order (so letters match the file while editing), with "Check answer" to try it. It lives in
 * memory only and is never saved or recorded.
 */
import type { BankInfo, Question } from '../bank/model';
import { newItem } from './createExam';
import { EXAM_SCHEMA, type ExamState } from './examState';

export function previewExam(question: Question, info: Pick<BankInfo, 'id' | 'exam' | 'title' | 'passingScore' | 'domains'>, now: number): ExamState {
  const item = newItem(question, 0);
  return {
    schema: EXAM_SCHEMA,
    id: 'preview',
    bank: { id: info.id, exam: info.exam, title: info.title, passingScore: info.passingScore, domains: info.domains.map((d) => ({ id: d.id, title: d.title })) },
    config: { kind: 'list', questionIds: [question.id], order: 'keep', minutes: null, practice: true, revealWhen: 'manual' },
    seed: 0,
    createdAt: now,
    startedAt: now,
    updatedAt: now,
    deadline: null,
    items: [{ ...item, optionOrder: question.options.map((_, index) => index) }],
    current: 0,
    viewingSince: now,
    status: 'in-progress',
    submittedAt: null,
    submitReason: null,
    result: null,
  };
}
