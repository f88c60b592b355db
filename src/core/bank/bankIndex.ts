/**
 * One bank held in memory file by file, so that a saved or typed-in question file is re-parsed on its own
 * and the bank view is rebuilt from the parsed pieces, instead of reading the whole bank again.
 */
import { answerCueIssues } from './answerCues';
import { checkAcrossQuestions } from './crossChecks';
import type { Bank, BankInfo, BankIssue, Question } from './model';
import { parseBankInfo } from './parseBankInfo';
import { parseQuestion, type ParseContext, type ParsedQuestion } from './parseQuestion';
import { bankIdOf } from './bankId';

export interface BankIndexOptions {
  readonly now: () => Date;
  readonly staleAfterMonths: number;
}

export class BankIndex {
  readonly bankId: string;
  private info: BankInfo | undefined;
  private infoIssues: BankIssue[] = [];
  private readonly parsed = new Map<string, ParsedQuestion>();
  private readonly fileIssues = new Map<string, BankIssue[]>();
  private cached: Bank | undefined;

  constructor(readonly root: string, readonly bankFile: string, private readonly options: BankIndexOptions) {
    this.bankId = bankIdOf(root);
  }

  /** The parse context for this bank's question files, also used to lint an unsaved editor buffer. */
  context(): ParseContext {
    return { bankId: this.bankId, info: this.info, now: this.options.now(), staleAfterMonths: this.options.staleAfterMonths };
  }

  /**
   * Sets `bank.md`'s text (undefined when it can't be read: `issues` say why). Questions parsed before keep the
   * old blueprint's checks: when `bank.md` changes, load the bank again.
   */
  setBankText(text: string | undefined, issues: BankIssue[] = []): void {
    const parsed = text === undefined ? { info: undefined, issues: [] } : parseBankInfo(text, this.bankFile, this.bankId);
    this.info = parsed.info;
    this.infoIssues = [...issues, ...parsed.issues];
    this.cached = undefined;
  }

  setQuestionText(file: string, text: string): ParsedQuestion {
    const result = parseQuestion(text, file, this.context());
    this.parsed.set(file, result);
    this.fileIssues.delete(file);
    this.cached = undefined;
    return result;
  }

  /** Records a question file that could not be read at all. */
  setQuestionUnreadable(file: string, issues: BankIssue[]): void {
    this.parsed.delete(file);
    this.fileIssues.set(file, issues);
    this.cached = undefined;
  }

  removeQuestion(file: string): void {
    this.parsed.delete(file);
    this.fileIssues.delete(file);
    this.cached = undefined;
  }

  get files(): string[] {
    return [...new Set([...this.parsed.keys(), ...this.fileIssues.keys()])].sort();
  }

  /**
   * The bank as it stands: valid questions (ids deduplicated) and every issue of every file, with the rules
   * that measure the whole bank (answer-length cues) reported on `bank.md`.
   */
  bank(): Bank {
    if (this.cached) return this.cached;
    const questions: Question[] = [];
    const issues: BankIssue[] = [...this.infoIssues];
    for (const file of this.files) {
      const result = this.parsed.get(file);
      if (result) {
        issues.push(...result.issues);
        if (result.question) questions.push(result.question);
      }
      issues.push(...(this.fileIssues.get(file) ?? []));
    }
    const checked = checkAcrossQuestions(questions);
    issues.push(...checked.issues, ...answerCueIssues(this.bankFile, checked.questions));
    this.cached = { info: this.info, questions: checked.questions, issues, root: this.root };
    return this.cached;
  }
}
