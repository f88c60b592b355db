// How fast the exam store lists past exams (cold: no cache; warm: cache valid; one exam changed) and saves
// one 65-question exam, on a folder of N past exams. Run: npx tsx bench/examStore.ts [N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BankInfo, Question } from '../src/core/bank/model';
import { createExam } from '../src/core/exam/createExam';
import { apply } from '../src/core/exam/examReducer';
import type { ExamState } from '../src/core/exam/examState';
import { INDEX_FILE } from '../src/core/exam/examIndex';
import { ExamStore } from '../src/core/exam/examStore';

const N = Number(process.argv[2] ?? 300);
const info: BankInfo = {
  id: 'bench', exam: 'BEN-C01', title: 'Bench', minutes: 90, questionCount: 65, scoredCount: 50, passingScore: 700, description: '', file: '',
  domains: ['1', '2', '3', '4'].map((id, d) => ({ id, title: `D${id}`, weight: [24, 30, 34, 12][d], tasks: [1, 2, 3].map((t) => ({ id: `${id}.${t}`, title: '' })) })),
};
const questions: Question[] = info.domains.flatMap((d) => d.tasks.flatMap((t) => Array.from({ length: 20 }, (_, n) => ({
  id: `q-${t.id}-${n}`, bankId: 'bench', domain: d.id, task: t.id, tags: [], references: [], updated: '2026-01-01', stem: 'stem', explanation: '',
  options: [0, 1, 2, 3].map((i) => ({ markdown: `o${i}`, correct: i === 0, position: { line: 1, column: 1 } })),
  selectCount: 1, file: '', stemPosition: { line: 1, column: 1 }, contentHash: `h${n}`, classification: 'authored' as const,
}))));

function finished(seed: number): ExamState {
  let state = createExam({ info, questions, config: { kind: 'full' }, seed, now: seed * 1000 }).state!;
  for (let i = 0; i < state.items.length; i++) state = apply(state, { type: 'select', option: i % 4, index: i }, seed * 1000 + 1).state;
  return apply(state, { type: 'submit' }, seed * 1000 + 2).state;
}

async function time(label: string, runs: number, body: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < runs; i++) await body();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms`);
  return ms;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ek-bench-'));
  const store = new ExamStore(dir);
  const exams = Array.from({ length: N }, (_, i) => finished(i + 1));
  for (const exam of exams) await store.save(exam);
  console.log(`${N} past exams (+1 running) of 65 questions, ${(JSON.stringify(exams[0]).length / 1024).toFixed(1)} KiB each`);
  const cold = await time('list, cold (cache deleted before each run)', 5, async () => {
    rmSync(join(dir, INDEX_FILE), { force: true });
    await store.list();
  });
  const warm = await time('list, warm (cache valid)', 20, () => store.list());
  let running = createExam({ info, questions, config: { kind: 'full' }, seed: 0, now: 0 }).state!;
  await store.save(running);
  const oneChanged = await time('list, one exam saved since', 20, async () => {
    running = apply(running, { type: 'toggle-flag', index: 0 }, 0).state;
    await store.save(running);
    await store.list();
  });
  await time('save one exam (atomic, fsync, backup)', 50, () => store.save(running = apply(running, { type: 'toggle-flag', index: 1 }, 0).state));
  console.log(`warm / cold: ${(warm / cold).toFixed(3)}   one-changed / cold: ${(oneChanged / cold).toFixed(3)}`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
