/**
 * What the kiosk's exams teach progress: the answer records of a submitted exam or of a revealed practice
 * question, and the outcome of a finished mock exam for the score trend.
 *
 * Record ids are derived from the exam, the question and the time, not random, so recording the same answer
 * twice (a crash between recording and noting it in the ledger) produces the same id, which the log's
 * reader drops as a duplicate.
 */
import { createHash } from 'node:crypto';
import type { Classification } from '../bank/model';
import { isPractice } from '../exam/examConfig';
import { isAnswered, type ExamItem, type ExamState } from '../exam/examState';
import { isItemCorrect, isScored, scoreExam } from '../exam/scoring';
import type { DomainResult, ExamOutcome } from './outcomes';
import type { AnswerRecord } from './records';

/** How a question was classified, when the bank still has it; questions that left the bank count as authored. */
export type ClassificationOf = (questionId: string) => Classification | undefined;

/** A record id that is the same every time for the same exam, question and time. */
export function examRecordId(examId: string, questionId: string, answeredAt: number): string {
  const digest = createHash('sha256').update(`${examId}\n${questionId}`).digest('hex').slice(0, 12);
  return `${Math.max(0, Math.floor(answeredAt)).toString(36)}-${digest}`;
}

/**
 * Milliseconds spent on item `index` up to the state's last action, including the visit still running
 * (time is added to `timeSpentMs` only when the candidate moves on).
 */
export function itemTimeMs(state: ExamState, index: number): number {
  const item = state.items[index];
  if (item === undefined) return 0;
  const running = index === state.current && state.viewingSince !== null ? Math.max(0, state.updatedAt - state.viewingSince) : 0;
  return item.timeSpentMs + running;
}

function itemRecord(state: ExamState, index: number, answeredAt: number, classificationOf?: ClassificationOf): AnswerRecord {
  const item = state.items[index];
  const record: AnswerRecord = {
    id: examRecordId(state.id, item.questionId, answeredAt),
    questionId: item.questionId,
    bankId: state.bank.id,
    domain: item.domain,
    task: item.task,
    correct: isItemCorrect(item),
    timeMs: Math.round(itemTimeMs(state, index)),
    answeredAt: Math.round(answeredAt),
    mode: isPractice(state.config) ? 'practice' : 'exam',
    examId: state.id,
    contentHash: item.contentHash,
    guessed: classificationOf?.(item.questionId) === 'guess',
  };
  return record;
}

function recordable(item: ExamItem): boolean {
  return isScored(item) && isAnswered(item);
}

/**
 * The answers of a submitted exam, dated at submission: every answered item still in the bank. Unanswered
 * items are not answers (the learner may simply have run out of time), and practice items already revealed
 * were recorded when they were revealed (see {@link revealedRecord}). An exam still in progress gives none.
 */
export function submittedExamRecords(state: ExamState, classificationOf?: ClassificationOf): AnswerRecord[] {
  if (state.status !== 'submitted') return [];
  const at = state.submittedAt ?? state.updatedAt;
  const records: AnswerRecord[] = [];
  state.items.forEach((item, index) => {
    if (recordable(item) && !item.revealed) records.push(itemRecord(state, index, at, classificationOf));
  });
  return records;
}

/** The answer of practice item `index`, just revealed, dated at the state's last action. */
export function revealedRecord(state: ExamState, index: number, classificationOf?: ClassificationOf): AnswerRecord | undefined {
  const item = state.items[index];
  if (item === undefined || !item.revealed || !recordable(item)) return undefined;
  return itemRecord(state, index, state.updatedAt, classificationOf);
}

/**
 * The outcome of a submitted full mock exam, for the score trend. Other kinds (custom, practice, retakes of
 * chosen questions) are left out: their scores measure a part of the blueprint or a hand-picked set, and on
 * one line with mock exams they would read as ups and downs in readiness that are not there.
 */
export function examOutcome(state: ExamState): ExamOutcome | undefined {
  if (state.status !== 'submitted' || state.config.kind !== 'full') return undefined;
  const report = scoreExam(state);
  if (report.total === 0) return undefined;
  const perDomain: Record<string, DomainResult> = {};
  for (const domain of report.domains) perDomain[domain.id] = { correct: domain.correct, total: domain.total };
  return {
    examId: state.id,
    bankId: state.bank.id,
    finishedAt: state.submittedAt ?? state.updatedAt,
    scaled: report.scaledScore,
    passed: report.passed,
    percent: report.percent,
    perDomain,
  };
}
