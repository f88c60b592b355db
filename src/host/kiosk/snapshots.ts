/** Turns engine views into what the kiosk page draws: markdown rendered to (unsanitised) HTML, now. */
import { endSummary, questionView, reviewScreen, type QuestionView } from '../../core/exam/examViews';
import type { ExamState } from '../../core/exam/examState';
import { examKindLabel } from '../../core/exam/examLabels';
import type { QuestionLookup } from '../../core/exam/reconcile';
import { resultReview } from '../../core/exam/resultReview';
import { scoreExam } from '../../core/exam/scoring';
import type { ExamSnapshot, KioskQuestion, ResultSnapshot } from '../../protocol';
import { renderInlineMarkdown, renderMarkdown } from '../webview/renderMarkdown';

export function renderQuestionView(view: QuestionView): KioskQuestion {
  const { stem, options, explanation, ...rest } = view;
  return {
    ...rest,
    stemHtml: renderMarkdown(stem),
    options: options.map(({ markdown, ...option }) => ({ ...option, html: renderInlineMarkdown(markdown) })),
    ...(explanation !== undefined ? { explanationHtml: renderMarkdown(explanation) } : {}),
  };
}

export function examSnapshot(state: ExamState, lookup: QuestionLookup, now: number, ownership: 'here' | 'elsewhere' = 'here'): ExamSnapshot {
  return {
    kind: 'exam',
    examTitle: state.bank.title,
    examCode: state.bank.exam,
    examKind: examKindLabel(state),
    question: renderQuestionView(questionView(state, lookup, now)),
    tiles: reviewScreen(state).tiles,
    summary: endSummary(state, now),
    clock: { deadline: state.deadline, hostNow: now, running: state.status === 'in-progress' },
    ownership,
  };
}

const ENDED_MESSAGES: Record<string, string> = {
  'time-up': 'Time is up: the exam was submitted with the answers given.',
  'time-up-while-closed': 'Time ran out while VS Code was closed: the exam was submitted with the answers given until then.',
};

export function resultSnapshot(state: ExamState, lookup: QuestionLookup): ResultSnapshot {
  const review = resultReview(state, lookup);
  const endedMessage = state.submitReason ? ENDED_MESSAGES[state.submitReason] : undefined;
  return {
    kind: 'result',
    examId: state.id,
    examTitle: state.bank.title,
    examCode: state.bank.exam,
    report: scoreExam(state),
    items: review.items.map(({ stem, options, explanation, ...item }) => ({
      ...item,
      stemHtml: renderMarkdown(stem),
      options: options.map(({ markdown, ...option }) => ({ ...option, html: renderInlineMarkdown(markdown) })),
      explanationHtml: renderMarkdown(explanation),
    })),
    counts: review.counts,
    ...(endedMessage ? { endedMessage } : {}),
  };
}
