/**
 * Tools for people who write and review question banks: live linting, quick fixes, blueprint coverage, and the
 * search index their commands (in `../commands/`) use. One call from `activate` registers them all.
 */
import * as vscode from 'vscode';
import type { BankRepository } from '../banks/bankRepository';
import type { BankDiagnostics } from '../diagnostics';
import { ViewId } from '../commands/commandIds';
import { CoverageTree } from './coverageTree';
import { LiveLinter } from './liveLinter';
import { BankQuickFixProvider } from './quickFixProvider';
import { SearchIndexCache } from './searchIndexCache';

/** What the contributor tools give the rest of the extension: the search index for commands, the coverage view. */
export interface ContributorParts {
  readonly searchCache: SearchIndexCache;
  readonly coverage: CoverageTree;
}

export function registerContributorTools(context: vscode.ExtensionContext, repository: BankRepository, diagnostics: BankDiagnostics): ContributorParts {
  const coverage = new CoverageTree(repository);
  const searchCache = new SearchIndexCache(repository);
  const markdownFiles: vscode.DocumentSelector = { language: 'markdown', scheme: 'file' };
  context.subscriptions.push(
    new LiveLinter(repository, diagnostics),
    vscode.languages.registerCodeActionsProvider(markdownFiles, new BankQuickFixProvider(repository), BankQuickFixProvider.metadata),
    coverage,
    vscode.window.registerTreeDataProvider(ViewId.Coverage, coverage),
    searchCache,
  );
  return { searchCache, coverage };
}
