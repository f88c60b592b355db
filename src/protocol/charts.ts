/** Messages between the host and the progress charts page. */

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
  | { readonly type: 'open-exam'; readonly examId: string }
  | { readonly type: 'open-link'; readonly url: string };
