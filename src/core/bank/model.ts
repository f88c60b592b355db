/**
 * The question-bank model shared by every part of Exam Kiosk: the parser produces it, the exam engine,
 * progress tracking, search and the importer consume it. Plain data only, so it can cross the webview
 * boundary and be written to disk as JSON.
 */

/** One task statement of an exam blueprint, e.g. `1.1 Define the benefits of the AWS Cloud`. */
export interface TaskStatement {
  /** `"<domain>.<n>"`, always a string (`"1.1"`, never the number 1.1). */
  readonly id: string;
  readonly title: string;
}

/** One domain of an exam blueprint with its weight in percent of scored content. */
export interface Domain {
  /** `"1"`, `"2"`, … as a string so it matches the prefix of its task ids. */
  readonly id: string;
  readonly title: string;
  /** Percent of the scored questions, 0–100. The weights of a blueprint add up to 100. */
  readonly weight: number;
  readonly tasks: readonly TaskStatement[];
}

/** A 1-based position in a source file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** The exam a bank prepares for, from the front matter of `bank.md`. */
export interface BankInfo {
  /** Folder name of the bank, lower case, e.g. `clf-c02`. Used as the bank's id everywhere. */
  readonly id: string;
  /** Official exam code, e.g. `CLF-C02`. */
  readonly exam: string;
  readonly title: string;
  /** Exam duration in minutes. */
  readonly minutes: number;
  /** Number of questions in a full exam, scored and unscored. */
  readonly questionCount: number;
  /** Number of scored questions in a full exam. */
  readonly scoredCount: number;
  /** Scaled passing score, 100–1000. */
  readonly passingScore: number;
  readonly domains: readonly Domain[];
  /** Markdown body of `bank.md`: what the bank is, licence, how to contribute. */
  readonly description: string;
  /** Absolute path of `bank.md`. */
  readonly file: string;
  /** Where the bank came from when it was imported from another format; absent for native banks. */
  readonly source?: string;
  readonly license?: string;
}

/** One answer option. `markdown` is the option text as written, without the task-list marker. */
export interface QuestionOption {
  readonly markdown: string;
  readonly correct: boolean;
  /** Where the option starts in the question file. */
  readonly position: SourcePosition;
}

/** How a question's domain and task were assigned. `guess` is set by the importer's classifier. */
export type Classification = 'authored' | 'guess';

/** One question, parsed but not rendered: markdown is turned into HTML only when it is shown. */
export interface Question {
  /** Stable id from the front matter, unique within its bank. Progress is keyed by it. */
  readonly id: string;
  readonly bankId: string;
  readonly domain: string;
  readonly task: string;
  readonly tags: readonly string[];
  readonly references: readonly string[];
  /** ISO date (`YYYY-MM-DD`) the facts were last checked against AWS documentation. */
  readonly updated: string;
  /** Markdown of the stem: everything between the front matter and the option list. */
  readonly stem: string;
  readonly options: readonly QuestionOption[];
  /** Markdown of the `## Explanation` section, without its heading. */
  readonly explanation: string;
  /** How many options the candidate must choose: 1 for multiple choice, 2+ for multiple response. */
  readonly selectCount: number;
  /** Absolute path of the question file. */
  readonly file: string;
  /** Line of the first stem line, for "open at the question". */
  readonly stemPosition: SourcePosition;
  /**
   * A short hash of the file's content. When a `git pull` changes a question, its spaced-repetition
   * schedule restarts while its answer history stays.
   */
  readonly contentHash: string;
  readonly classification: Classification;
  readonly source?: string;
  readonly license?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in a bank file. Lines and columns are 1-based and always point at a real position of
 * the file (line 1, column 1 when nothing better is known).
 */
export interface BankIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Optional end of the range the issue covers, for editors that underline it. */
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly severity: Severity;
  /** Stable rule id, e.g. `select-count-mismatch`; quick fixes and docs key on it. */
  readonly code: string;
  readonly message: string;
}

/** A loaded bank: its info (absent when `bank.md` is unusable), its valid questions, and every issue found. */
export interface Bank {
  readonly info: BankInfo | undefined;
  readonly questions: readonly Question[];
  readonly issues: readonly BankIssue[];
  /** Absolute path of the bank folder. */
  readonly root: string;
}
