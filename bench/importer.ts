// The importer on every community-bank fixture: questions in the truth, found, imported, imported with exactly
// the truth's answers, and the median time of a whole import (read, deduplicate, classify, render) against a
// baseline measured in the same run (splitting the bank's files into lines, nothing else). Exact answers ≥ 99 %
// and found within 10 % of the truth are hard checks in the summary (kananinirav's truth is an oracle, and its
// own acceptance test holds its figures). Then the stages on the biggest bank, and how often the keyword
// classifier agrees with the authors' own domain and task on our native banks.
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
import { markdownTable, median, ms, QUICK, reportTargets, type TargetResult } from './lib/report';

const RUNS = Number(process.argv[2] ?? (QUICK ? 3 : 11));

/** Every fixture bank: each folder under community-banks, and each under its synthetic/ folder. */
function fixtureBanks(): string[] {
  const folders = (dir: string): string[] =>
    readdirSync(join(COMMUNITY_BANKS, dir)).filter((name) => statSync(join(COMMUNITY_BANKS, dir, name)).isDirectory());
  return folders('')
    .flatMap((name) => (name === 'synthetic' ? folders(name).map((layout) => `${name}/${layout}`) : [name]))
    .sort((a, b) => a.localeCompare(b));
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

const n = (value: number): string => value.toLocaleString('en-US');

async function main(): Promise<void> {
  console.log(`Every fixture bank under test/fixtures/community-banks; time is the median of ${RUNS} runs after one warm-up.\n`);
  const rows: string[][] = [];
  const targets: TargetResult[] = [];
  for (const bank of fixtureBanks()) {
    const documents = await bankDocuments(bank);
    const target = blueprint(bank === 'Certilum' ? 'ans-c01' : 'clf-c02');
    const baseline = timeRuns(() => documents.map((d) => d.text.split('\n').length));
    let result = importQuestions(documents, { bank: target, date: '2026-11-25' });
    const time = timeRuns(() => (result = importQuestions(documents, { bank: target, date: '2026-11-25' })));
    const { files, report } = result;
    const truth = truthOf(bank, documents);
    const compared = truth ? compareWithTruth(truth, importedQuestions(files, report)) : undefined;
    const share = (k: number): string => (compared ? `${n(k)} (${((100 * k) / compared.truth).toFixed(1)} %)` : '—');
    const stems = compared && bank !== 'kananinirav' ? share(compared.sameStem) : '—';
    rows.push([bank, String(documents.length), truth ? n(truth.length) : '—', n(report.found), n(report.imported), share(compared?.exact ?? 0), stems, `${ms(time)} ms`, `${baseline.toFixed(2)} ms`]);
    if (compared && bank !== 'kananinirav') {
      const share = compared.exact / compared.truth;
      targets.push({ metric: `importer: exact answers, ${bank}`, value: `${(100 * share).toFixed(1)} %`, target: '≥ 99 %', met: share >= 0.99, hard: true });
      const off = Math.abs(report.found - compared.truth) / compared.truth;
      targets.push({ metric: `importer: found vs truth, ${bank}`, value: `${n(report.found)} of ${n(compared.truth)}`, target: 'within 10 %', met: off <= 0.1, hard: true });
    }
  }
  console.log(markdownTable(['fixture', 'files', 'questions in truth', 'found', 'imported', 'exact answers', 'stems as in the truth', 'time', 'baseline (split lines)'], rows));
  console.log('\n(kananinirav\'s truth comes from an oracle that reads only the first line of a stem, so its stems are not compared.)');
  reportTargets('importer', targets);

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
