/** Answer logs written straight into the extension's global storage, for tests that start from a given history. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KIOSK_QUESTIONS } from '../fixtures/kioskBank';

/**
 * One line of the answer log: an answer to `KIOSK_QUESTIONS[index]`. Its content hash is not the question's, so
 * the question reads as changed since it was answered (and so is due for review).
 */
export function record(index: number, correct: boolean, answeredAt: number): string {
  const q = KIOSK_QUESTIONS[index];
  return JSON.stringify({
    id: `${answeredAt.toString(36)}-e2e${index}`, questionId: q.id, bankId: 'kiosk-bank', domain: q.domain, task: q.task,
    correct, timeMs: 20_000, answeredAt, mode: 'quiz', contentHash: 'old',
  });
}

/** Replaces the progress folder in `globalStoragePath` with an answer log of `lines`; returns the log's path. */
export function writeLog(globalStoragePath: string, lines: readonly string[]): string {
  const dir = path.join(globalStoragePath, 'progress');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'answers.jsonl');
  fs.writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  return file;
}
