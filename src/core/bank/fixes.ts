/**
 * Quick fixes for validator issues whose repair is obvious, as pure text edits: the editor shows them as code
 * actions, and tests check that each one leaves a file without the issue it fixes.
 */
import { bodyFixes } from './bodyFixes';
import { frontMatterFixes } from './frontMatterFixes';
import { questionLayout } from './questionLayout';
import type { TextEdit } from './textEdits';

/** One way to fix one issue. */
export interface QuickFix {
  readonly title: string;
  /** The issue code it fixes. */
  readonly code: string;
  readonly edits: readonly TextEdit[];
  /** When set, the file is also renamed to this absolute path (after the edits). */
  readonly renameTo?: string;
  /** The fix to apply with one key press ("auto fix"); at most one per issue. */
  readonly preferred?: boolean;
}

/** What a fix needs to know beyond the file's text. */
export interface FixContext {
  /** Absolute path of the question file. */
  readonly file: string;
  readonly bankId: string;
  /** Ids of the bank's other questions, so generated ids are unique. */
  readonly takenIds: readonly string[];
  /** `YYYY-MM-DD`. */
  readonly today: string;
}

/** The issue to fix: its code and the 1-based line it was reported at. */
export interface FixTarget {
  readonly code: string;
  readonly line: number;
}

/** Issue codes that have at least one quick fix. */
export const FIXABLE_CODES: ReadonlySet<string> = new Set([
  'select-count-missing', 'select-count-mismatch',
  'id-missing', 'id-duplicate', 'id-file-name',
  'explanation-missing',
  'option-not-task', 'options-missing',
  'updated-missing', 'updated-invalid', 'question-stale',
]);

/** The fixes for `issue` in the question file `text`; empty when none applies. Never throws. */
export function quickFixesFor(issue: FixTarget, text: string, context: FixContext): QuickFix[] {
  if (!FIXABLE_CODES.has(issue.code)) return [];
  try {
    const layout = questionLayout(text);
    return [...frontMatterFixes(issue, layout, context), ...bodyFixes(issue, layout)];
  } catch {
    // A fix is a convenience: text it can't make sense of gets none rather than an error.
    return [];
  }
}

/** Today's date as `YYYY-MM-DD` in local time (the date a contributor sees on their calendar). */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
