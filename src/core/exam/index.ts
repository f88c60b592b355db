/** The exam engine's public surface: pure state machine, views, scoring, and the store. */
export * from './examConfig';
export * from './examState';
export { createExam, examId, type CreateExamInput, type CreateExamResult } from './createExam';
export { selectQuestions, type Selection } from './sampling';
export { optionOrder } from './optionOrder';
export { apply, MAX_COMMENT_LENGTH, type ApplyResult, type ExamAction, type ExamEffect } from './examReducer';
export { resumeExam, isExpired, type ResumeResult } from './examTime';
export { reconcileWithBank, lookupIn, type QuestionLookup, type ReconcileResult } from './reconcile';
export * from './examViews';
export * from './resultReview';
export * from './scoring';
export { decodeExamState, encodeExamState, type DecodedExam } from './examCodec';
export { listEntry, type ExamList, type ExamListEntry, type ExamListProblem } from './examIndex';
export { ExamStore, type ExamLoad } from './examStore';
