/**
 * Messages between the host and the kiosk page (exams, score reports, contributors' previews). The host owns
 * every exam; the page only shows snapshots of it and sends the candidate's actions back. HTML fields are
 * rendered from the bank's markdown by the host and sanitised by the page before they reach the DOM.
 */
import type { EndSummary, OptionView, QuestionView, ReviewTile } from '../core/exam/examViews';
import type { ResultFilter, ResultItem, ReviewOption } from '../core/exam/resultReview';
import type { ScoreReport } from '../core/exam/scoring';
import type { ExamKindLabel } from '../core/exam/examLabels';

export type { ExamKindLabel };

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

/**
 * What the page needs to run the clock itself: the deadline and the host's clock when the snapshot was made.
 * The page keeps the offset between the two clocks and counts down to the deadline; it never counts down from
 * a remaining time, so no redraw can move the clock.
 */
export interface ClockSync {
  /** Epoch ms on the host's clock, or null for an untimed exam. */
  readonly deadline: number | null;
  /** The host's `Date.now()` when this message was made. */
  readonly hostNow: number;
  /** False once the exam is over: the clock stops. */
  readonly running: boolean;
}


/** An exam in progress. */
export interface ExamSnapshot {
  readonly kind: 'exam';
  readonly examTitle: string;
  readonly examCode: string;
  readonly examKind: ExamKindLabel;
  readonly question: KioskQuestion;
  readonly tiles: readonly ReviewTile[];
  readonly summary: EndSummary;
  readonly clock: ClockSync;
  /** `elsewhere`: another VS Code window has the exam open and saves it; this one only shows it. */
  readonly ownership: 'here' | 'elsewhere';
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

type Target = { readonly index?: number };

/**
 * What the candidate can do from the kiosk. Listed here, not derived from the engine's actions, so that an
 * action added to the engine later is not sendable from a page until it is added here (and to its check).
 */
export type KioskAction =
  | ({ readonly type: 'select'; readonly option: number } & Target)
  | ({ readonly type: 'deselect'; readonly option: number } & Target)
  | ({ readonly type: 'toggle-strike'; readonly option: number } & Target)
  | ({ readonly type: 'clear' } & Target)
  | ({ readonly type: 'toggle-flag' } & Target)
  | ({ readonly type: 'reveal' } & Target)
  | ({ readonly type: 'set-comment'; readonly text: string } & Target)
  | { readonly type: 'go-to'; readonly index: number }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'submit' };

/** Settings the page follows; sent on `ready` and whenever they change. */
export interface KioskSettings {
  /** Letters and digits choose options (WCAG 2.1.4: they can be turned off). */
  readonly singleKeyShortcuts: boolean;
}

export type HostToKiosk =
  /** The whole screen's data. `ack` is the `seq` of the last action saved to disk before this snapshot. */
  | { readonly type: 'snapshot'; readonly snapshot: KioskSnapshot; readonly ack: number }
  | { readonly type: 'notice'; readonly level: 'info' | 'warning' | 'error'; readonly message: string }
  /** Nothing to show: the exam this panel belonged to is gone. */
  | { readonly type: 'empty'; readonly message: string }
  | { readonly type: 'settings'; readonly settings: KioskSettings }
  /** Show the score report (the exam was opened from History or the charts). */
  | { readonly type: 'show-report' };

export type KioskToHost =
  | { readonly type: 'ready' }
  /** `seq` increases with every action the page sends, so acknowledgements can be matched. */
  | { readonly type: 'action'; readonly seq: number; readonly action: KioskAction }
  | { readonly type: 'open-link'; readonly url: string }
  | { readonly type: 'open-source'; readonly questionId: string }
  | { readonly type: 'retake'; readonly which: 'incorrect' | 'flagged' }
  | { readonly type: 'new-exam' }
  /** Answer in this window: the exam moves here from the window that had it. */
  | { readonly type: 'take-over' };
