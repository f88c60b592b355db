/** Messages between the host and the sidebar's Practice view. */
import type { KioskAction, KioskQuestion } from './kiosk';

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

/** A timed exam is running: practice waits, so no question of the exam can show here. */
export interface SidebarExamRunning {
  readonly examId: string;
  /** "CLF-C02 mock". */
  readonly label: string;
  /** Epoch ms on the host's clock. */
  readonly deadline: number;
  readonly hostNow: number;
}

export interface SidebarSnapshot {
  readonly banks: readonly SidebarBank[];
  readonly bankId: string | undefined;
  /** Absent when there is nothing to practise; `message` says why. */
  readonly practice?: SidebarPractice;
  readonly message?: string;
  readonly examRunning?: SidebarExamRunning;
  /** This session in the view: answers and right answers. */
  readonly session: { readonly answered: number; readonly right: number };
}

/** What the practice view's page can do to its question. */
export type SidebarAction = Extract<KioskAction, { type: 'select' | 'deselect' | 'toggle-strike' | 'reveal' }>;

export type HostToSidebar =
  /** `ack` is the `seq` of the last action applied before this snapshot. */
  | { readonly type: 'snapshot'; readonly snapshot: SidebarSnapshot; readonly ack: number }
  | { readonly type: 'notice'; readonly level: 'info' | 'warning' | 'error'; readonly message: string };

export type SidebarToHost =
  | { readonly type: 'ready' }
  | { readonly type: 'choose-bank'; readonly bankId: string }
  | { readonly type: 'action'; readonly seq: number; readonly action: SidebarAction }
  | { readonly type: 'next' }
  | { readonly type: 'return-to-exam'; readonly examId: string }
  | { readonly type: 'open-link'; readonly url: string };
