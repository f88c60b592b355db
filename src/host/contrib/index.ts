/**
 * Tools for people who write and review question banks: live linting, quick fixes, new question, search,
 * blueprint coverage and stale questions. One call from `activate` registers them all.
 */
import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import type { BankDiagnostics } from '../diagnostics';
import { ContribCommandId, COVERAGE_VIEW_ID } from './contribIds';
import { copyCoverageCommand } from './copyCoverageCommand';
import { CoverageTree, type CoverageNode } from './coverageTree';
import { LiveLinter } from './liveLinter';
import { newQuestionCommand, type NewQuestionArgs } from './newQuestionCommand';
import { BankQuickFixProvider } from './quickFixProvider';
import { searchQuestionsCommand } from './searchCommand';
import { SearchIndexCache } from './searchIndexCache';
import { listStaleQuestionsCommand } from './staleQuestionsCommand';

export function registerContributorTools(context: vscode.ExtensionContext, repository: BankRepository, diagnostics: BankDiagnostics): void {
  const coverage = new CoverageTree(repository);
  const searchCache = new SearchIndexCache(repository);
  const markdownFiles: vscode.DocumentSelector = { language: 'markdown', scheme: 'file' };
  context.subscriptions.push(
    new LiveLinter(repository, diagnostics),
    vscode.languages.registerCodeActionsProvider(markdownFiles, new BankQuickFixProvider(repository), BankQuickFixProvider.metadata),
    coverage,
    vscode.window.registerTreeDataProvider(COVERAGE_VIEW_ID, coverage),
    searchCache,
    vscode.commands.registerCommand(ContribCommandId.NewQuestion, (args?: NewQuestionArgs) => newQuestionCommand(repository, isArgs(args) ? args : {})),
    vscode.commands.registerCommand(ContribCommandId.SearchQuestions, (query?: unknown) => searchQuestionsCommand(searchCache, typeof query === 'string' ? query : '')),
    vscode.commands.registerCommand(ContribCommandId.CopyCoverageTable, (node?: CoverageNode) => copyCoverageCommand(repository, node)),
    vscode.commands.registerCommand(ContribCommandId.ListStaleQuestions, () => listStaleQuestionsCommand(repository)),
  );
}

/** Commands run from a menu get a URI or a tree node as their argument, never these answers. */
function isArgs(value: unknown): value is NewQuestionArgs {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !('kind' in value);
}
