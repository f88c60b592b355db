// The importer on every community-bank fixture: questions in the truth, found, imported, imported with exactly
// the truth's answers, and the median time of a whole import (read, deduplicate, classify, render) against a
// baseline measured in the same run (splitting the bank's files into lines, nothing else). Then the stages on
// the biggest bank, and how often the keyword classifier agrees with the authors' own domain and task on our
// native banks.
// Run: npx tsx bench/importer.ts [runs]
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBank } from '../src/core/bank/loadBank';
import { classifyQuestion } from '../src/core/import/classify/classifyQuestion';
import { keywordMapFor } from '../src/core/import/classify/keywordMaps';
import { deduplicate } from '../src/core/import/dedupe';
import { importQuestions, type SourceDocument } from '../src/core/import/importQuestions';
import { readDocument, type ReadQuestion } from '../src/core/import/readDocument';
import { blueprint, COMMUNITY_BANKS, REPO_ROOT } from '../test/unit/helpers/importFixtures';
import { bankDocuments, compareWithTruth, importedQuestions, kananiniravTruth, readTruth, type TruthEntry } from '../test/unit/helpers/importTruth';
import { median, QUICK } from './lib/report';

const RUNS = Number(process.argv[2] ?? (QUICK ? 3 : 11));

/** Every fixture bank: a folder with markdown under community-banks, or one level down (synthetic/<layout>). */
function fixtureBanks(): string[] {
  const banks: string[] = [];
  const visit = (relative: string): void => {
    const dir = join(COMMUNITY_BANKS, relative);
    const entries = readdirSync(dir);
    const folders = entries.filter((name) => statSync(join(dir, name)).isDirectory());
    const ownMarkdown = entries.some((name) => name.endsWith('.md') && !/^(LICENSE|SOURCES|README)/i.test(name));
    if (relative !== '' && (ownMarkdown || existsSync(join(dir, 'truth.jsonl')) || existsSync(join(dir, 'LICENSE')))) banks.push(relative);
    else for (const folder of folders) visit(relative === '' ? folder : `${relative}/${folder}`);
  };
  visit('');
  return banks.sort((a, b) => a.localeCompare(b));
}

function truthOf(bank: string, documents: readonly SourceDocument[]): TruthEntry[] | undefined {
  if (bank === 'kananinirav') return kananiniravTruth(documents);
  return existsSync(join(COMMUNITY_BANKS, bank, 'truth.jsonl')) ? readTruth(bank) : undefined;
}

function timeRuns(body: () => unknown): number {
  body();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    body();
    times.push(performance.now() - start);
  }
  return median(times);
}

const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
const n = (value: number): string => value.toLocaleString('en-US');

async function main(): Promise<void> {
  console.log(`Every fixture under test/fixtures/community-banks; time is the median of ${RUNS} runs after one warm-up.\n`);
  console.log(row(['fixture', 'files', 'questions in truth', 'found', 'imported', 'exact answers', 'time', 'baseline (split lines)']));
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const bank of fixtureBanks()) {
    const documents = await bankDocuments(bank);
    const target = blueprint(/Certilum|ans/i.test(bank) ? 'ans-c01' : 'clf-c02');
    const baseline = timeRuns(() => documents.map((d) => d.text.split('\n').length));
    let result = importQuestions(documents, { bank: target, date: '2026-11-25' });
    const ms = timeRuns(() => (result = importQuestions(documents, { bank: target, date: '2026-11-25' })));
    const truth = truthOf(bank, documents);
    const compared = truth ? compareWithTruth(truth, importedQuestions(result.files, result.report)) : undefined;
    const exact = compared ? `${n(compared.exact)} (${((100 * compared.exact) / compared.truth).toFixed(1)} %)` : '—';
    const { report } = result;
    console.log(row([bank, documents.length, truth ? n(truth.length) : '—', n(report.found), n(report.imported), exact, `${ms.toFixed(1)} ms`, `${baseline.toFixed(2)} ms`]));
  }

  const documents = await bankDocuments('kananinirav');
  const bank = blueprint('clf-c02');
  console.log(`\nStages on kananinirav (${documents.length} files), median of ${RUNS} runs:`);
  const baseline = timeRuns(() => documents.map((d) => d.text.split('\n').length));
  const stage = (label: string, body: () => unknown): void => {
    const ms = timeRuns(body);
    console.log(`  ${label.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms  ×${(ms / baseline).toFixed(0)} baseline`);
  };
  console.log(`  ${'baseline: split into lines'.padEnd(40)} ${baseline.toFixed(1).padStart(8)} ms`);
  let read: ReadQuestion[] = [];
  stage('read (segment, answers, explanations)', () => (read = documents.flatMap((d) => readDocument(d.text, d.label).questions)));
  stage('deduplicate (align options of repeats)', () => deduplicate(read));
  const map = keywordMapFor(bank.exam);
  stage('classify every question', () => read.forEach((q) => classifyQuestion(input(q), bank, map)));

  console.log('\nClassifier against the authors\' domain and task on our native banks:');
  for (const id of ['clf-c02', 'ans-c01']) {
    const native = await loadBank(join(REPO_ROOT, 'question-banks', id));
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
    const pct = (k: number): string => `${((100 * k) / Math.max(1, native.questions.length)).toFixed(0)}%`;
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
