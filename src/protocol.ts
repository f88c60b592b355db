/**
 * The one message protocol between the extension host and its webviews. The host owns every exam; pages only
 * show snapshots of it and send the candidate's actions back. HTML fields are rendered from the bank's markdown
 * by the host and sanitised by the page before they reach the DOM.
 */
import type { EndSummary, OptionView, QuestionView, ReviewTile } from './core/exam/examViews';
import type { ExamAction } from './core/exam/examReducer';
import type { ResultFilter, ResultItem, ReviewOption } from './core/exam/resultReview';
import type { ScoreReport } from './core/exam/scoring';

export interface RenderedOption extends Omit<OptionView, 'markdown'> {
  readonly html: string;
}

/** A question as the kiosk shows it: the engine's view with markdown turned into (unsanitised) HTML. */
export interface KioskQuestion extends Omit<QuestionView, 'stem' | 'options' | 'explanation'> {
  readonly stemHtml: string;
  readonly options: readonly RenderedOption[];
  readonly explanationHtml?: string;
}

export interface RenderedReviewOption extends Omit<ReviewOption, 'markdown'> {
  readonly html: string;
}

export interface KioskResultItem extends Omit<ResultItem, 'stem' | 'options' | 'explanation'> {
  readonly stemHtml: string;
  readonly options: readonly RenderedReviewOption[];
  readonly explanationHtml: string;
}

/** An exam in progress. */
export interface ExamSnapshot {
  readonly kind: 'exam';
  readonly examTitle: string;
  readonly examCode: string;
  readonly question: KioskQuestion;
  readonly tiles: readonly ReviewTile[];
  readonly summary: EndSummary;
}

/** A submitted exam: the score report and the question-by-question review. */
export interface ResultSnapshot {
  readonly kind: 'result';
  readonly examId: string;
  readonly examTitle: string;
  readonly examCode: string;
  readonly report: ScoreReport;
  readonly items: readonly KioskResultItem[];
  readonly counts: Readonly<Record<ResultFilter, number>>;
  /** Why the exam ended when the candidate didn't end it ("Time is up"). */
  readonly endedMessage?: string;
}

/** One question on its own, for contributors' preview ("exactly as a candidate sees it"), with "Try it". */
export interface PreviewSnapshot {
  readonly kind: 'preview';
  readonly examTitle: string;
  readonly examCode: string;
  readonly file: string;
  readonly question: KioskQuestion;
  /** Problems that keep the question from being served, shown above it. */
  readonly problems: readonly string[];
}

export type KioskSnapshot = ExamSnapshot | ResultSnapshot | PreviewSnapshot;

/** What the candidate can do from the kiosk; the host's clock actions are not among them. */
export type KioskAction = Exclude<ExamAction, { type: 'tick' } | { type: 'suspend' } | { type: 'resume' }>;

export type HostToKiosk =
  /** The whole screen's data. `ack` is the `seq` of the last action saved to disk before this snapshot. */
  | { readonly type: 'snapshot'; readonly snapshot: KioskSnapshot; readonly ack: number }
  | { readonly type: 'notice'; readonly level: 'info' | 'warning' | 'error'; readonly message: string }
  /** Nothing to show: the exam this panel belonged to is gone. */
  | { readonly type: 'empty'; readonly message: string };

export type KioskToHost =
  | { readonly type: 'ready' }
  /** `seq` increases with every action the page sends, so acknowledgements can be matched. */
  | { readonly type: 'action'; readonly seq: number; readonly action: KioskAction }
  | { readonly type: 'open-link'; readonly url: string }
  | { readonly type: 'open-source'; readonly questionId: string }
  | { readonly type: 'retake'; readonly which: 'incorrect' | 'flagged' }
  | { readonly type: 'new-exam' };
