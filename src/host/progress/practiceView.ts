/**
 * The sidebar's "Practice" view: untimed practice beside the code, one question at a time (reviews due
 * first, then weak areas: `nextQuestions`), answered and explained in place, then "Next question". The page
 * is the kiosk's question view in its own bundle; the host keeps the question as a one-item practice exam,
 * so the engine does the rules and the verdict, and records each answer when it is revealed (on "Check
 * answer", never on a mere choice). While a timed exam runs, the view shows no question at all: it says an
 * exam is running and offers the way back to it.
 */
import * as vscode from 'vscode';
import type { Question } from '../../core/bank/model';
import { apply } from '../../core/exam/examReducer';
import type { ExamState } from '../../core/exam/examState';
import { questionView } from '../../core/exam/examViews';
import { lookupIn } from '../../core/exam/reconcile';
import { nextQuestions, type NextReason } from '../../core/progress/nextQuestions';
import { reviewCounts } from '../../core/progress/views';
import { oneQuestionExam, verdictOf } from '../../core/practice/oneQuestion';
import { newSeed } from '../../core/random';
import type { HostToSidebar, SidebarAction, SidebarBank, SidebarExamRunning, SidebarSnapshot, SidebarToHost } from '../../protocol';
import { isSidebarToHost } from '../../protocol/messageChecks';
import { examLabel } from '../../core/exam/examLabels';
import { CommandId, ViewId } from '../commands/commandIds';
import type { ExamService } from '../exam/examService';
import { HostChannel } from '../webview/hostChannel';
import { lastCertification, rememberCertification } from '../banks/lastCertification';
import type { BankRepository } from '../banks/bankRepository';
import { Disposable } from '../disposable';
import { renderQuestionView } from '../kiosk/snapshots';
import { openExternalLink } from '../webview/openLink';
import { webviewHtml, webviewOptions } from '../webview/webviewHtml';
import { usableBanks, type UsableBank } from '../banks/usableBanks';
import type { ProgressService } from './progressService';


const REASONS: Readonly<Record<NextReason, string>> = {
  due: 'Review due',
  changed: 'Changed since you answered it',
  priority: 'Priority topic',
  repeat: 'Answered recently',
};

interface Current {
  readonly bankId: string;
  readonly question: Question;
  readonly reason: NextReason;
  exam: ExamState;
}

export class PracticeView extends Disposable implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private channel: HostChannel<SidebarToHost, HostToSidebar> | undefined;
  private current: Current | undefined;
  private ack = 0;
  private readonly session = { answered: 0, right: 0 };

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly repository: BankRepository,
    private readonly progress: ProgressService,
    private readonly memento: vscode.Memento,
    private readonly exams: ExamService,
  ) {
    super();
    this.register(repository.onDidChange(() => void this.followBanks()));
    // An exam started or ended: practice pauses or comes back.
    this.register(exams.onDidChangeList(() => {
      if (this.view?.visible) void this.post();
    }));
    this.register(progress.onDidChange(() => {
      // An answer recorded elsewhere (the quick quiz, an exam) may be on another certification: follow it.
      if (this.view?.visible) void this.followLastCertification().then(() => this.post());
    }));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = webviewHtml(view.webview, this.extensionUri, 'sidebar', 'Practice');
    const channel = new HostChannel<SidebarToHost, HostToSidebar>(view.webview, isSidebarToHost, 'practice view', (message) => this.receive(message));
    this.channel = channel;
    const listeners = [
      channel,
      view.onDidChangeVisibility(() => {
        if (view.visible) void this.followLastCertification().then(() => this.post());
      }),
    ];
    const release = this.register({ dispose: () => listeners.splice(0).forEach((d) => d.dispose()) });
    view.onDidDispose(() => {
      if (this.view === view) {
        this.view = undefined;
        this.channel = undefined;
      }
      release.dispose();
    });
  }

  /** Shows the view with a question from `bankId` (the tree's "practise in the sidebar"). */
  async show(bankId?: string): Promise<void> {
    if (bankId && bankId !== this.current?.bankId) await this.choose(bankId);
    else if (!bankId) await this.followLastCertification().then(() => this.post());
    await vscode.commands.executeCommand(`${ViewId.Practice}.focus`);
  }

  /** The learner chose a certification (the walkthrough): the view shows it, unless a question is half answered. */
  async certificationChosen(): Promise<void> {
    if (!this.view?.visible) return;
    await this.followLastCertification();
    await this.post();
  }

  private async receive(message: SidebarToHost): Promise<void> {
    switch (message.type) {
      case 'ready':
        if (!this.current) await this.nextQuestion();
        else await this.followLastCertification();
        await this.post();
        return;
      case 'choose-bank':
        await this.choose(message.bankId);
        return;
      case 'next':
        await this.nextQuestion();
        await this.post();
        return;
      case 'open-link':
        await openExternalLink(message.url);
        return;
      case 'action':
        await this.act(message.action, message.seq);
        return;
      case 'return-to-exam':
        await vscode.commands.executeCommand(CommandId.ResumeExam, message.examId);
        return;
    }
  }

  private async choose(bankId: string): Promise<void> {
    await rememberCertification(this.memento, bankId);
    await this.nextQuestion(bankId);
    await this.post();
  }

  /**
   * The learner practised another certification elsewhere (an exam, the quick quiz) since this view drew its
   * question: the view follows, unless the question on screen is half answered.
   */
  private async followLastCertification(): Promise<void> {
    const last = lastCertification(this.memento);
    const current = this.current;
    if (!last || !current || current.bankId === last) return;
    const item = current.exam.items[0];
    if (item && item.selected.length > 0 && !item.revealed) return;
    await this.nextQuestion(last);
  }

  private async act(action: SidebarAction, seq: number): Promise<void> {
    const current = this.current;
    if (!current || (await this.exams.runningTimed())) return;
    const now = Date.now();
    const result = apply(current.exam, action, now);
    current.exam = result.state;
    this.ack = Math.max(this.ack, seq);
    for (const issue of result.issues) {
      if (issue.severity !== 'info') this.channel?.post({ type: 'notice', level: 'warning', message: issue.message });
    }
    if (result.effects.some((e) => e.type === 'revealed')) {
      const verdict = verdictOf(current.exam);
      this.session.answered++;
      if (verdict.correct) this.session.right++;
      // The snapshot goes out first: recording can take a moment and the answer should show at once.
      await this.post();
      await this.progress.record(current.question, { correct: verdict.correct, timeMs: verdict.timeMs, answeredAt: now, mode: 'sidebar' });
      return;
    }
    await this.post();
  }

  /** Picks the next question of `bankId` (default: the current bank, the last used, or the one with most reviews due). */
  private async nextQuestion(bankId?: string): Promise<void> {
    const banks = await usableBanks(this.repository);
    const bank = await this.bankToUse(banks, bankId);
    if (!bank) {
      this.current = undefined;
      return;
    }
    const state = await this.progress.state();
    const [next] = nextQuestions(bank.questions, state.banks.get(bank.info.id), Date.now(), 1, { info: bank.info, seed: newSeed() });
    const question = next && bank.questions.find((q) => q.id === next.questionId);
    if (!next || !question) {
      this.current = undefined;
      return;
    }
    this.current = { bankId: bank.info.id, question, reason: next.reason, exam: oneQuestionExam(question, bank.info, Date.now(), newSeed(), 'manual') };
  }

  private async bankToUse(banks: readonly UsableBank[], bankId: string | undefined): Promise<UsableBank | undefined> {
    const wanted = bankId ?? this.current?.bankId ?? lastCertification(this.memento);
    const found = banks.find((b) => b.info.id === wanted);
    if (found || banks.length === 0) return found;
    const state = await this.progress.state();
    const now = Date.now();
    const due = (b: UsableBank): number => reviewCounts(b.questions, state.banks.get(b.info.id), now).dueCount;
    return [...banks].sort((a, b) => due(b) - due(a))[0];
  }

  /** The bank changed under the question on screen: keep it if it is still there, else move on. */
  private async followBanks(): Promise<void> {
    const current = this.current;
    if (!current) return;
    const question = (await this.repository.question(current.bankId, current.question.id));
    if (!question || question.contentHash !== current.question.contentHash) await this.nextQuestion();
    if (this.view?.visible) await this.post();
  }

  private async post(): Promise<void> {
    const channel = this.channel;
    if (!channel) return;
    const running = await this.exams.runningTimed();
    const examRunning: SidebarExamRunning | undefined = running && running.deadline !== null
      ? { examId: running.id, label: examLabel(running), deadline: running.deadline, hostNow: Date.now() }
      : undefined;
    const banks = await usableBanks(this.repository);
    const state = await this.progress.state();
    const now = Date.now();
    const choices: SidebarBank[] = banks.map((b) => ({
      id: b.info.id,
      exam: b.info.exam,
      title: b.info.title,
      due: reviewCounts(b.questions, state.banks.get(b.info.id), now).dueCount,
    }));
    const current = this.current;
    const snapshot: SidebarSnapshot = {
      banks: choices,
      bankId: current?.bankId ?? (await this.bankToUse(banks, undefined))?.info.id,
      session: { ...this.session },
      ...(examRunning ? { examRunning } : {}),
      ...(examRunning ? {} : current
        ? { practice: { question: renderQuestionView(questionView(current.exam, lookupIn([current.question]), now)), reason: REASONS[current.reason], topic: topicOf(banks, current) } }
        : { message: banks.length === 0 ? 'No question bank found. Open a folder with a bank.md, or add one in the setting examKiosk.bankFolders.' : 'No question to practise in this bank.' }),
    };
    channel.post({ type: 'snapshot', snapshot, ack: this.ack });
  }
}

function topicOf(banks: readonly UsableBank[], current: Current): string {
  const info = banks.find((b) => b.info.id === current.bankId)?.info;
  const task = info?.domains.flatMap((d) => d.tasks).find((t) => t.id === current.question.task);
  return task ? `${task.id} ${task.title}` : current.question.task;
}
