/**
 * The parts of the extension that commands act on, built once in `activate` and handed to every command. A
 * command file takes what it needs from here; nothing else reaches into another feature's internals.
 */
import type * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import type { BankDiagnostics } from '../diagnostics';
import type { ExamService } from '../exam/examService';
import type { FeedbackView } from '../feedback/feedbackView';
import type { SearchIndexCache } from '../contrib/searchIndexCache';
import type { ExamRecorder } from '../progress/examRecorder';
import type { HistoryTree } from '../progress/historyTree';
import type { PracticeView } from '../progress/practiceView';
import type { ProgressService } from '../progress/progressService';

/** Opening exams in the kiosk. */
export interface Kiosk {
  /** Shows exam `examId` (a finished one on its score report); says so when it can't. */
  openExam(examId: string): Promise<void>;
  /** Starts a retake of exam `examId`'s incorrect or flagged questions. */
  retake(examId: string, which: 'incorrect' | 'flagged'): Promise<void>;
}

export interface Services {
  readonly extensionUri: vscode.Uri;
  /** Global state: the last certification used, kiosk mode. */
  readonly memento: vscode.Memento;
  readonly repository: BankRepository;
  readonly diagnostics: BankDiagnostics;
  readonly exams: ExamService;
  readonly kiosk: Kiosk;
  readonly progress: ProgressService;
  readonly recorder: ExamRecorder;
  readonly practice: PracticeView;
  readonly history: HistoryTree;
  readonly feedback: FeedbackView;
  readonly searchCache: SearchIndexCache;
}

/** What a command does, given the services and the argument it was run with. */
export type CommandRun = (services: Services, arg?: unknown, ...rest: unknown[]) => unknown;
