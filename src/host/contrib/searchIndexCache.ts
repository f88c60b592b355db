import type { Question } from '../../core/bank/model';
import type { QuestionSearch } from '../../core/search/questionSearch';
import type { BankRepository } from '../banks/bankRepository';
import { Disposable } from '../disposable';

/** One search index over every loaded bank, built on first use and dropped whenever a bank changes. */
export class SearchIndexCache extends Disposable {
  private current: Promise<{ search: QuestionSearch; exams: Map<string, string> }> | undefined;

  constructor(private readonly repository: BankRepository) {
    super();
    this.register(repository.onDidChange(() => { this.current = undefined; }));
  }

  /** The index, and each bank id's exam code for display. */
  get(): Promise<{ search: QuestionSearch; exams: Map<string, string> }> {
    this.current ??= this.build();
    return this.current;
  }

  private async build(): Promise<{ search: QuestionSearch; exams: Map<string, string> }> {
    const banks = await this.repository.banks();
    const questions: Question[] = banks.flatMap((loaded) => [...loaded.bank.questions]);
    const exams = new Map(banks.map((loaded) => [loaded.index.bankId, loaded.bank.info?.exam ?? loaded.index.bankId]));
    // Search and fuse.js are a chunk of their own (dist/lazy/search.js), loaded the first time someone searches.
    const { QuestionSearch } = await import('../../core/search/questionSearch');
    return { search: new QuestionSearch(questions), exams };
  }
}
