/**
 * The exam engine's public surface: a pure state machine, views, scoring, and the store. The host drives it:
 *
 * ```ts
 * const { state, issues } = createExam({ info, questions, config: { kind: 'full' }, seed: newSeed(), now: Date.now() });
 * const result = apply(state, { type: 'select', option: view.options[1].option }, Date.now());
 * if (result.changed) void store.save(result.state);     // after every action
 * post(questionView(result.state, lookupIn(questions), Date.now()));
 * // a timer: apply(state, { type: 'tick' }, Date.now()) at the deadline; on load: store.load(id, now), then reconcileWithBank
 * ```
 */
export * from './examConfig';
export * from './examState';
export { createExam, examId, type CreateExamInput, type CreateExamResult } from './createExam';
export { selectQuestions, type Selection } from './sampling';
export { metInMocks, mockHistory, type ExamSource } from './mockHistory';
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
