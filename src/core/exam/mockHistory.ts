/**
 * Which questions the learner has met in earlier full mock exams, so that the next mock draws the others first.
 * Six mocks of a bank big enough for six then repeat nothing, and a smaller bank repeats only what its size per
 * task statement forces, instead of serving last month's questions again and measuring the learner's memory.
 *
 * A question counts as met once it was in a submitted full mock of the bank, answered or not: the score report
 * shows every question with its answer. Mocks still in progress don't count yet (reading one could submit it if
 * its time ran out, which is the kiosk's to do and tell), nor do exams deleted from the history, nor custom and
 * practice exams, whose questions the learner chose.
 */
import type { MetBefore } from './examConfig';
import type { ExamList } from './examIndex';
import type { ExamState } from './examState';

/** Where the exams are: a list, and one exam's state by id (the extension's exam service, or a store). */
export interface ExamSource {
  list(): Promise<ExamList>;
  peek(id: string): Promise<ExamState | undefined>;
}

/** When each question of bank `bankId` was last met in a submitted full mock exam of `source`. Never throws. */
export async function mockHistory(source: ExamSource, bankId: string): Promise<MetBefore> {
  let list: ExamList;
  try {
    list = await source.list();
  } catch {
    return new Map();
  }
  const mocks = list.entries.filter((entry) => entry.bankId === bankId && entry.kind === 'full' && entry.status === 'submitted');
  const states = await Promise.all(mocks.map((entry) => source.peek(entry.id).catch(() => undefined)));
  return metInMocks(states.filter((state): state is ExamState => state !== undefined), bankId);
}

/** When each question of bank `bankId` was last met in one of `exams` that is a submitted full mock. */
export function metInMocks(exams: Iterable<ExamState>, bankId: string): Map<string, number> {
  const met = new Map<string, number>();
  for (const exam of exams) {
    if (exam.bank.id !== bankId || exam.config.kind !== 'full' || exam.status !== 'submitted') continue;
    const at = exam.submittedAt ?? exam.updatedAt;
    for (const item of exam.items) met.set(item.questionId, Math.max(met.get(item.questionId) ?? -Infinity, at));
  }
  return met;
}
