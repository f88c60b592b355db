/** The errata report: comments from the kiosk as markdown, ready to paste into an issue on the bank's repository. */
import * as path from 'node:path';
import type { FeedbackEntry } from './feedback';

export interface ErrataContext {
  /** Folder paths are shown relative to this (the bank's repository or folder). */
  readonly rootOf: (entry: FeedbackEntry) => string | undefined;
  /** The git commit of the bank an entry belongs to, when the bank is in a git repository. */
  readonly commitOf: (entry: FeedbackEntry) => string | undefined;
  readonly now: Date;
}

export function errataReport(entries: readonly FeedbackEntry[], context: ErrataContext): string {
  const lines = [`# Errata report from Exam Kiosk`, '', `${entries.length} comment${entries.length === 1 ? '' : 's'} left on questions during practice exams, exported ${context.now.toISOString().slice(0, 10)}.`, ''];
  for (const entry of entries) {
    const root = context.rootOf(entry);
    const where = entry.file ? `${root ? path.relative(root, entry.file).split(path.sep).join('/') : entry.file}:${entry.line ?? 1}` : 'no longer in the bank';
    const commit = context.commitOf(entry);
    lines.push(`## ${entry.exam} · \`${entry.questionId}\``, '');
    lines.push(`- **File:** \`${where}\``);
    if (commit) lines.push(`- **Bank commit:** \`${commit}\``);
    lines.push(`- **Answer given:** ${formatAnswer(entry.answerGiven) || '(unanswered)'}`);
    lines.push(`- **Marked correct in the bank:** ${formatAnswer(entry.correctAnswer)}`);
    lines.push(`- **Exam:** ${entry.examId}, ${new Date(entry.at).toISOString().slice(0, 10)}`, '');
    lines.push(...entry.comment.split('\n').map((line) => `> ${line}`), '');
  }
  return lines.join('\n');
}

function formatAnswer(options: FeedbackEntry['answerGiven']): string {
  return options.map((o) => `${o.letter}. ${o.text.replace(/\s+/g, ' ')}`).join('; ');
}
