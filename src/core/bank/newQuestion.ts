/** Plans a new question file: its id, where it goes in the bank, and its template text. */
import * as path from 'node:path';
import { QUESTIONS_DIR } from './loadBank';
import type { Bank } from './model';
import { bankPrefix, domainFolderName, isValidId, questionIdFor, slugify, uniqueId } from './questionIds';
import { questionTemplate } from './questionTemplate';

export interface NewQuestionRequest {
  readonly bank: Bank;
  readonly domainId: string;
  readonly taskId: string;
  /** 1 for multiple choice, 2 or more for multiple response. */
  readonly correctCount: number;
  /** A few words about the question; made into the id's last part. */
  readonly slug: string;
  /** `YYYY-MM-DD`. */
  readonly today: string;
  /** Names of the folders directly under the bank's `questions/`. */
  readonly existingFolders: readonly string[];
  /** Ids (or file names without `.md`) already used in the bank, beyond its valid questions' ids. */
  readonly takenIds?: readonly string[];
}

export interface NewQuestionPlan {
  readonly id: string;
  /** Absolute path of the file to create. */
  readonly file: string;
  readonly text: string;
}

/** The plan for a new question, or the reason there can't be one. Never throws. */
export function planNewQuestion(request: NewQuestionRequest): { value?: NewQuestionPlan; error?: string } {
  const { bank } = request;
  const domain = bank.info?.domains.find((d) => d.id === request.domainId);
  if (!bank.info || !domain) return { error: `Domain "${request.domainId}" is not in the bank's blueprint.` };
  const task = domain.tasks.find((t) => t.id === request.taskId);
  if (!task) return { error: `Task "${request.taskId}" is not in domain ${domain.id}.` };
  const slug = slugify(request.slug);
  if (slug === '') return { error: 'Give the question a few words (letters or digits) to name it by.' };
  const taken = [...bank.questions.map((q) => q.id), ...(request.takenIds ?? [])];
  const id = uniqueId(questionIdFor(bankPrefix(bank.info.id, bank.questions.map((q) => q.id)), task.id, slug), taken);
  if (!isValidId(id)) return { error: `"${id}" is not a valid id: use fewer words.` };
  const folder = domainFolder(bank, domain.id, domain.title, request.existingFolders);
  const text = questionTemplate({ id, domain: domain.id, task: task.id, correctCount: request.correctCount, today: request.today, taskTitle: task.title });
  return { value: { id, file: path.join(bank.root, QUESTIONS_DIR, folder, `${id}.md`), text } };
}

/**
 * The folder (relative to `questions/`) that holds most of the domain's questions; else an existing folder
 * named for the domain (`d2`, `d2-…`); else a new `d<N>-<slug of the domain title>`.
 */
export function domainFolder(bank: Bank, domainId: string, domainTitle: string, existingFolders: readonly string[]): string {
  const questionsRoot = path.join(bank.root, QUESTIONS_DIR);
  const counts = new Map<string, number>();
  for (const question of bank.questions) {
    if (question.domain !== domainId) continue;
    const relative = path.relative(questionsRoot, path.dirname(question.file));
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    counts.set(relative, (counts.get(relative) ?? 0) + 1);
  }
  const mostUsed = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (mostUsed) return mostUsed[0];
  const named = new RegExp(`^d${domainId.replace(/[^a-z0-9]/gi, '')}(?:-|$)`, 'i');
  const existing = [...existingFolders].sort().find((name) => named.test(name));
  return existing ?? domainFolderName(domainId, domainTitle);
}
