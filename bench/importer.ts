// The importer on the kananinirav fixture (23 files, 1,142 questions): time of each stage against a baseline
// measured in the same run (splitting every file into lines, nothing else), and how often the keyword
// classifier agrees with the authors' own domain and task on our native banks.
// Run: npx tsx bench/importer.ts [runs]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBank } from '../src/core/bank/loadBank';
import { parseBankInfo } from '../src/core/bank/parseBankInfo';
import { classifyQuestion } from '../src/core/import/classify/classifyQuestion';
import { keywordMapFor } from '../src/core/import/classify/keywordMaps';
import { deduplicate } from '../src/core/import/dedupe';
import { importQuestions } from '../src/core/import/importQuestions';
import { readDocument, type ReadQuestion } from '../src/core/import/readDocument';

const RUNS = Number(process.argv[2] ?? 5);
const root = join(__dirname, '..');
const dir = join(root, 'test/fixtures/community-banks/kananinirav/practice-exam');
const documents = readdirSync(dir)
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .map((name) => ({ label: name, text: readFileSync(join(dir, name), 'utf8'), license: 'MIT' }));
const blueprintFile = join(root, 'question-banks/clf-c02/bank.md');
const bank = parseBankInfo(readFileSync(blueprintFile, 'utf8'), blueprintFile, 'clf-c02').info!;

function time(label: string, body: () => unknown, baseline?: number): number {
  body();
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) body();
  const ms = (performance.now() - start) / RUNS;
  const ratio = baseline ? `  ×${(ms / baseline).toFixed(0)} baseline` : '';
  console.log(`${label.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms${ratio}`);
  return ms;
}

async function main(): Promise<void> {
  console.log(`kananinirav: ${documents.length} files, mean of ${RUNS} runs after one warm-up`);
  const baseline = time('baseline: split into lines', () => documents.map((d) => d.text.split('\n').length));
  let read: ReadQuestion[] = [];
  time('read (segment, answers, explanations)', () => (read = documents.flatMap((d) => readDocument(d.text, d.label).questions)), baseline);
  time('deduplicate (align options of repeats)', () => deduplicate(read), baseline);
  const map = keywordMapFor(bank.exam);
  time('classify every question', () => read.forEach((q) => classifyQuestion(input(q), bank, map)), baseline);
  time('whole import (files rendered)', () => importQuestions(documents, { bank, date: '2026-11-25' }), baseline);

  console.log('\nClassifier against the authors\' domain and task on our native banks:');
  for (const id of ['clf-c02', 'ans-c01']) {
    const native = await loadBank(join(root, 'question-banks', id));
    if (!native.info) continue;
    let task = 0;
    let domain = 0;
    for (const q of native.questions) {
      const correct = q.options.filter((o) => o.correct).map((o) => o.markdown);
      const distractors = q.options.filter((o) => !o.correct).map((o) => o.markdown);
      const guess = classifyQuestion({ stem: q.stem, correct, distractors, explanation: q.explanation }, native.info, keywordMapFor(native.info.exam));
      if (guess.task === q.task) task++;
      if (guess.domain === q.domain) domain++;
    }
    const pct = (n: number): string => `${((100 * n) / Math.max(1, native.questions.length)).toFixed(0)}%`;
    console.log(`  ${id}: ${native.questions.length} questions, same task ${pct(task)}, same domain ${pct(domain)}`);
  }
}

function input(q: ReadQuestion): { stem: string; correct: string[]; distractors: string[]; explanation: string } {
  return {
    stem: q.stem,
    correct: q.correct.map((i) => q.options[i].text),
    distractors: q.options.filter((_, i) => !q.correct.includes(i)).map((o) => o.text),
    explanation: q.explanation,
  };
}

void main();
