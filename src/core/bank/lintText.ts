/**
 * Lints the text of one bank file as an editor holds it (unsaved), against the bank it belongs to: the same
 * rules as loading the bank, for just this file, so it is cheap enough to run as the contributor types.
 */
import * as path from 'node:path';
import { answerCueIssues } from './answerCues';
import type { BankIndex } from './bankIndex';
import type { BankIssue } from './model';
import { parseBankInfo } from './parseBankInfo';
import { parseQuestion } from './parseQuestion';

/** The issues of `text` as the content of `file` (the bank's `bank.md` or one of its question files). */
export function lintBankFileText(index: BankIndex, file: string, text: string): BankIssue[] {
  if (path.resolve(file) === path.resolve(index.bankFile)) {
    // The whole-bank rules stay on bank.md while it is edited: they measure the questions, not this text.
    return [...parseBankInfo(text, file, index.bankId).issues, ...answerCueIssues(file, index.bank().questions)];
  }
  const { question, issues } = parseQuestion(text, file, index.context());
  if (!question) return issues;
  // Unlike a bank load, which keeps the first file's question, an edited file is told about any other file
  // with its id: that is the one the contributor can change now.
  const twin = index.bank().questions.find((other) => other.id === question.id && path.resolve(other.file) !== path.resolve(file));
  if (!twin) return issues;
  const idLine = text.split(/\r\n?|\n/).findIndex((line, i) => i > 0 && /^id\s*:/.test(line)) + 1 || 1;
  return [...issues, {
    file,
    line: idLine,
    column: 1,
    severity: 'error',
    code: 'id-duplicate',
    message: `The id "${question.id}" is already used by ${twin.file}; every question needs its own id.`,
  }];
}
