/**
 * "Exam Kiosk: Quick Quiz": one question at a time in a QuickPick, the most useful next one (reviews due,
 * then the weakest heavy task statements, see `nextQuestions`), then the verdict and the explanation in a
 * second QuickPick with "Next question" and "Stop". Keyboard only; Escape stops. Every answer is recorded.
 */
import * as vscode from 'vscode';
import type { Question } from '../../core/bank/model';
import { nextQuestions, type NextReason } from '../../core/progress/nextQuestions';
import { answerOneQuestion, countWord, oneQuestionExam, quizChoices, type QuizVerdict } from '../../core/practice/oneQuestion';
import { chosenOptions, optionRows, type OptionRow } from '../../core/practice/quizRows';
import { plainText, wrapText } from '../../core/practice/plainText';
import { newSeed } from '../../core/random';
import type { BankRepository } from '../banks/bankRepository';
import type { UsableBank } from '../banks/usableBanks';
import { revealQuestionSource } from '../commands/revealQuestionSource';
import { openExternalLink } from '../webview/openLink';
import { pickCertificationThen } from './pickCertification';
import { lastCertification, rememberCertification } from '../banks/lastCertification';
import type { ExamService } from '../exam/examService';
import { examLabel, hoursMinutes } from '../../core/exam/examLabels';
import { CommandId } from '../commands/commandIds';
import type { ProgressService } from './progressService';
import { walkthroughStepDone } from '../walkthroughSteps';

/** Characters a QuickPick row shows comfortably. */
const LINE_WIDTH = 76;

export const REASON_TEXT: Readonly<Record<NextReason, string>> = {
  due: 'review due',
  changed: 'changed since you answered it',
  priority: 'priority topic',
  repeat: 'answered recently',
};

interface Tally {
  answered: number;
  right: number;
}

/** Runs the quick quiz on the certification `arg` names (or the one picked) until the learner stops. */
export async function quickQuizCommand(repository: BankRepository, progress: ProgressService, memento: vscode.Memento, exams: ExamService, bankId?: string): Promise<void> {
  // A quiz question could be one of the running exam's: the quiz waits until the exam ends.
  if (await offerRunningExam(exams)) return;
  const state = await progress.state();
  const tally: Tally = { answered: 0, right: 0 };
  try {
    await pickCertificationThen(repository, state, bankId, { title: 'Quick Quiz', preferred: lastCertification(memento) }, (bank, shown) => {
      void rememberCertification(memento, bank.info.id);
      return quizLoop(repository, progress, exams, bank, tally, shown);
    });
  } finally {
    // Once the quiz has closed: see walkthroughSteps.ts.
    if (tally.answered > 0) walkthroughStepDone('quickQuizTaken');
  }
}

/**
 * Question, verdict, question…: each pick is disposed only once the next is shown (`release`), so the quick
 * input never closes in between and focus never falls back to where the quiz was started (see
 * `pickCertificationThen`).
 */
async function quizLoop(repository: BankRepository, progress: ProgressService, exams: ExamService, bank: UsableBank, tally: Tally, shown: Release): Promise<void> {
  let release = shown;
  try {
    for (;;) {
      if (await offerRunningExam(exams)) return;
      const current = await progress.state();
      const [next] = nextQuestions(bank.questions, current.banks.get(bank.info.id), Date.now(), 1, { info: bank.info, seed: newSeed() });
      const question = next && bank.questions.find((q) => q.id === next.questionId);
      if (!next || !question) {
        void vscode.window.showInformationMessage(`Exam Kiosk: ${bank.info.exam} has no questions to quiz.`);
        return;
      }
      const answered = await ask(bank, question, REASON_TEXT[next.reason], tally, release);
      if (!answered) return;
      release = answered.release;
      const { verdict } = answered;
      tally.answered++;
      if (verdict.correct) tally.right++;
      await progress.record(question, { correct: verdict.correct, timeMs: verdict.timeMs, answeredAt: Date.now(), mode: 'quiz' });
      const then = await showVerdict(repository, bank, question, verdict, tally, release);
      if (then === 'stop') return;
      release = then.release;
    }
  } finally {
    release();
  }
}

/** Disposes the pick on screen; called once the next one is shown. */
type Release = () => void;

/** While a timed exam runs, says so and offers to return to it; true when it did (the quiz must not start). */
async function offerRunningExam(exams: ExamService): Promise<boolean> {
  const running = await exams.runningTimed();
  if (!running || running.deadline === null) return false;
  // Modal: in kiosk mode (Zen Mode) ordinary notifications are silent, and the learner asked for a quiz.
  void vscode.window.showInformationMessage(
    `Your ${examLabel(running)} is running (${hoursMinutes(running.deadline - Date.now())} left).`,
    { modal: true, detail: 'The quick quiz waits until it ends, so that none of the exam\'s questions shows outside the kiosk.' },
    'Return to Exam',
  ).then((choice) => {
    if (choice === 'Return to Exam') void vscode.commands.executeCommand(CommandId.ResumeExam, running.id);
  });
  return true;
}

type AskItem = vscode.QuickPickItem & ({ readonly role: 'stem' } | { readonly role: 'option'; readonly row: OptionRow });

/** Shows the question; resolves with the verdict (the pick still up), or undefined when the user stops. */
function ask(bank: UsableBank, question: Question, reason: string, tally: Tally, previous: Release): Promise<{ verdict: QuizVerdict; release: Release } | undefined> {
  const exam = oneQuestionExam(question, bank.info, Date.now(), newSeed(), 'manual');
  const many = question.selectCount > 1;
  const stem: AskItem[] = wrapText(plainText(question.stem), LINE_WIDTH).map((line, i) => ({
    role: 'stem', label: `${i === 0 ? '$(question)' : '$(blank)'} ${escapeIcons(line)}`, alwaysShow: true,
  }));
  // Every option whole: wrapped into rows that each stand for it (a QuickPick row never wraps, it cuts).
  const rows = optionRows(quizChoices(exam, question), LINE_WIDTH);
  const options: AskItem[] = rows.map((row) => ({ role: 'option', row, label: `${row.first ? '' : '$(blank) '}${escapeIcons(row.text)}`, alwaysShow: true }));
  const pick = vscode.window.createQuickPick<AskItem>();
  pick.title = `Quick Quiz: ${bank.info.exam} ${question.task} · ${reason}${tally.answered > 0 ? ` · ${tally.right}/${tally.answered} right` : ''}`;
  const instruction = many
    ? `Select ${countWord(question.selectCount)}: Space ticks an option, Enter answers. Esc stops.`
    : 'Choose the answer: arrows and Enter. Esc stops.';
  pick.placeholder = instruction;
  pick.canSelectMany = many;
  pick.matchOnDescription = false;
  // Separators stay unlabelled: a label sits at the right end of the next row and would cover a long option.
  pick.items = [...stem, { role: 'stem', label: '', kind: vscode.QuickPickItemKind.Separator }, ...options];
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: QuizVerdict | undefined): void => {
      if (settled) return;
      settled = true;
      if (value) resolve({ verdict: value, release: () => pick.dispose() });
      else {
        resolve(undefined);
        pick.dispose();
      }
    };
    let chosen = new Set<number>();
    pick.onDidChangeSelection((selected) => {
      if (!many) return;
      // Stem lines are text, not answers; the rows of an option are ticked and unticked together.
      chosen = chosenOptions(chosen, selected.flatMap((item) => (item.role === 'option' ? [item.row] : [])), rows);
      const wanted = options.filter((item) => item.role === 'option' && chosen.has(item.row.option));
      if (wanted.length !== selected.length || selected.some((item) => !wanted.includes(item))) pick.selectedItems = wanted;
    });
    pick.onDidAccept(() => {
      const active = pick.activeItems[0];
      const optionsChosen = many ? [...chosen] : active?.role === 'option' ? [active.row.option] : [];
      if (!many && optionsChosen.length === 0) return; // Enter on a line of the question: nothing is preselected
      const verdict = answerOneQuestion(exam, optionsChosen, Date.now());
      if ('problem' in verdict) {
        pick.placeholder = `${verdict.problem} ${instruction}`;
        return;
      }
      finish(verdict);
    });
    pick.onDidHide(() => finish(undefined));
    pick.show();
    previous();
  });
}

type VerdictItem = vscode.QuickPickItem & { readonly action: 'next' | 'stop' | 'none' | 'source' | { readonly link: string } };

/** Shows right or wrong, the options marked, the explanation and references; resolves with what to do next. */
function showVerdict(repository: BankRepository, bank: UsableBank, question: Question, verdict: QuizVerdict, tally: Tally, previous: Release): Promise<{ release: Release } | 'stop'> {
  const pick = vscode.window.createQuickPick<VerdictItem>();
  const headline = verdict.correct ? '✓ Correct' : `✗ Incorrect: the answer is ${verdict.correctLetters.join(', ')}`;
  pick.title = `${headline} · ${tally.right}/${tally.answered} right in this quiz`;
  pick.placeholder = 'Enter: next question · Esc: stop';
  pick.ignoreFocusOut = true;
  const separator: VerdictItem = { label: '', kind: vscode.QuickPickItemKind.Separator, action: 'none' };
  const next: VerdictItem = { label: '$(arrow-right) Next question', action: 'next', alwaysShow: true };
  const items: VerdictItem[] = [next, { label: '$(debug-stop) Stop', action: 'stop', alwaysShow: true }, separator];
  for (const choice of quizChoices(verdict.state, question)) {
    const right = verdict.correctLetters.includes(choice.letter);
    const yours = verdict.yourLetters.includes(choice.letter);
    const icon = right ? '$(pass-filled)' : yours ? '$(error)' : '$(circle-large-outline)';
    optionRows([choice], LINE_WIDTH - 8).forEach((row) => items.push({
      label: `${row.first ? icon : '$(blank)'} ${escapeIcons(row.text)}`,
      description: row.first ? (right && yours ? 'your answer, correct' : right ? 'correct' : yours ? 'your answer' : undefined) : undefined,
      action: 'none',
    }));
  }
  items.push(separator);
  wrapText(plainText(question.explanation), LINE_WIDTH).forEach((line, i) => {
    items.push({ label: `${i === 0 ? '$(book)' : '$(blank)'} ${escapeIcons(line)}`, action: 'none' });
  });
  if (question.references.length > 0) items.push(separator);
  for (const link of question.references) items.push({ label: `$(link-external) ${link}`, description: 'open in the browser', action: { link } });
  items.push({ label: '$(go-to-file) Open the question file', description: bank.info.exam, action: 'source' });
  pick.items = items;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: 'next' | 'stop'): void => {
      if (settled) return;
      settled = true;
      if (value === 'next') resolve({ release: () => pick.dispose() });
      else {
        resolve('stop');
        pick.dispose();
      }
    };
    pick.onDidAccept(() => {
      const action = pick.activeItems[0]?.action;
      if (action === 'next' || action === 'stop') finish(action);
      else if (action === 'source') {
        void revealQuestionSource(repository, bank.info.id, question.id);
        finish('stop');
      } else if (typeof action === 'object') void openExternalLink(action.link);
    });
    pick.onDidHide(() => finish('stop'));
    pick.show();
    previous();
    pick.activeItems = [next];
  });
}

/** QuickPick labels turn `$(name)` into icons; question text must show as typed. */
function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(');
}
