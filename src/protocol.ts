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

// ---- The sidebar's practice view ---------------------------------------------------------------------------

/** A certification the practice view can draw from. */
export interface SidebarBank {
  readonly id: string;
  readonly exam: string;
  readonly title: string;
  /** Reviews due now. */
  readonly due: number;
}

/** The question on screen in the practice view, and why it was chosen. */
export interface SidebarPractice {
  readonly question: KioskQuestion;
  /** "Review due", "Weak area", … */
  readonly reason: string;
  /** The task statement, e.g. "1.2 Identify design principles of the AWS Cloud". */
  readonly topic: string;
}

export interface SidebarSnapshot {
  readonly banks: readonly SidebarBank[];
  readonly bankId: string | undefined;
  /** Absent when there is nothing to practise; `message` says why. */
  readonly practice?: SidebarPractice;
  readonly message?: string;
  /** This session in the view: answers and right answers. */
  readonly session: { readonly answered: number; readonly right: number };
}

/** What the practice view's page can do to its question. */
export type SidebarAction = Extract<KioskAction, { type: 'select' } | { type: 'deselect' } | { type: 'toggle-strike' } | { type: 'reveal' }>;

export type HostToSidebar =
  /** `ack` is the `seq` of the last action applied before this snapshot. */
  | { readonly type: 'snapshot'; readonly snapshot: SidebarSnapshot; readonly ack: number }
  | { readonly type: 'notice'; readonly level: 'info' | 'warning' | 'error'; readonly message: string };

export type SidebarToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'choose-bank'; readonly bankId: string }
  | { readonly type: 'action'; readonly seq: number; readonly action: SidebarAction }
  | { readonly type: 'next' }
  | { readonly type: 'open-link'; readonly url: string };

// ---- The progress charts -----------------------------------------------------------------------------------

/** One finished mock exam on the score-trend chart. */
export interface ChartExam {
  readonly examId: string;
  readonly finishedAt: number;
  readonly scaled: number;
  readonly passed: boolean;
  readonly percent: number;
  /** Mean of this and the two exams before it. */
  readonly average: number;
}

/** One period of the mastery-over-time chart. */
export interface ChartPeriod {
  /** Epoch ms of the period's first day. */
  readonly start: number;
  readonly answers: number;
  /** Each domain's estimated chance of a right answer (0–1) at the end of the period, in `domains` order. */
  readonly means: readonly number[];
  /** Each domain's effective answers behind the estimate, in `domains` order. */
  readonly evidence: readonly number[];
  readonly predictedScaled: number;
  readonly passLikelihood: number;
}

export interface ChartsSnapshot {
  readonly banks: readonly { readonly id: string; readonly exam: string; readonly title: string }[];
  readonly bankId: string | undefined;
  readonly passingScore: number;
  /** Proportion correct that reads as "Meets competencies". */
  readonly cut: number;
  readonly exams: readonly ChartExam[];
  readonly period: 'day' | 'week';
  readonly domains: readonly { readonly id: string; readonly title: string }[];
  readonly periods: readonly ChartPeriod[];
  /** Readiness today in a sentence. */
  readonly readiness: string;
}

export type HostToCharts = { readonly type: 'snapshot'; readonly snapshot: ChartsSnapshot };

export type ChartsToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'choose-bank'; readonly bankId: string }
  /** Open a mock exam's score report in the kiosk. */
  | { readonly type: 'open-exam'; readonly examId: string };
