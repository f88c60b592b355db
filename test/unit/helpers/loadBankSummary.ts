/**
 * Child-process entry for tests that must bound memory and stack: loads the bank at argv[2] and prints, as
 * JSON, the valid question ids and each file's issue codes. Run with `--max-old-space-size` / `--stack-size`;
 * a crash or an out-of-memory kill fails the test that spawned it.
 */
import * as path from 'node:path';
import { loadBank } from '../../../src/core/bank/loadBank';

async function main(): Promise<void> {
  const root = process.argv[2];
  const bank = await loadBank(root, { now: new Date('2026-11-25T00:00:00Z') });
  const codes: Record<string, string[]> = {};
  for (const issue of bank.issues) (codes[path.basename(issue.file)] ??= []).push(issue.code);
  process.stdout.write(JSON.stringify({ questions: bank.questions.map((q) => q.id), codes, ran: (globalThis as Record<string, unknown>).__ekPayloadRan ?? null }));
}

void main();
