/**
 * Parsing alone, in memory, no file system: `parseQuestion` with the fast path (YAML subset reader and body
 * scanner, falling back when they decline) against the reference path (gray-matter + js-yaml and marked's block
 * lexer) in the same run, per question, on generated questions and on the bundled banks; and how many files the
 * fast path takes. The hit rate on the bundled banks is a deterministic check: below 95% the run fails.
 *
 * `npx tsx bench/parse.ts [--quick]`
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readFrontMatter } from '../src/core/bank/frontMatter';
import { IssueSink } from '../src/core/bank/issueSink';
import { parseBankInfo } from '../src/core/bank/parseBankInfo';
import { parseQuestion, type ParseContext } from '../src/core/bank/parseQuestion';
import { parseQuestionBody } from '../src/core/bank/questionBody';
import { normaliseText } from '../src/core/bank/sourceText';
import { seededRandom } from '../src/core/random';
import { bankFile, BLUEPRINT, questionFile } from './generateBank';
import { markdownTable, measureRuns, median, QUICK, ratio, reportTargets, type TargetResult } from './lib/report';

const RUNS = QUICK ? 3 : 9;
const WARMUPS = QUICK ? 1 : 3;
const GENERATED = QUICK ? 500 : 5_000;
const NOW = new Date('2026-11-25T00:00:00Z');
const MIN_BUNDLED_HIT_RATE = 0.95;

interface Corpus {
  readonly name: string;
  readonly files: readonly { readonly file: string; readonly text: string; readonly context: ParseContext }[];
}

function generated(): Corpus {
  const info = parseBankInfo(bankFile(), '/bench/bank.md', 'bench-c01').info;
  const context: ParseContext = { bankId: 'bench-c01', info, now: NOW, staleAfterMonths: 18 };
  const random = seededRandom(20261125);
  const files = Array.from({ length: GENERATED }, (_, n) => {
    const domain = BLUEPRINT[n % BLUEPRINT.length];
    const task = `${domain.id}.${1 + (Math.floor(n / BLUEPRINT.length) % domain.tasks)}`;
    const id = `bench-${task.replace('.', '-')}-q${n}`;
    return { file: `/bench/questions/${id}.md`, text: questionFile(id, domain.id, task, random() < 0.15, random, '2026-11-01'), context };
  });
  return { name: `generated (${GENERATED.toLocaleString('en')})`, files };
}

function bundled(): Corpus {
  const root = path.join(__dirname, '..', 'question-banks');
  const files = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).flatMap((entry) => {
    const bankMd = path.join(root, entry.name, 'bank.md');
    const info = parseBankInfo(readFileSync(bankMd, 'utf8'), bankMd, entry.name).info;
    const context: ParseContext = { bankId: entry.name, info, now: NOW, staleAfterMonths: 18 };
    return markdownFiles(path.join(root, entry.name, 'questions')).map((file) => ({ file, text: readFileSync(file, 'utf8'), context }));
  });
  return { name: `bundled (${files.length})`, files };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}

/** Shares of the files whose front matter, and whose body, the fast readers took. */
function hitRates(corpus: Corpus): { frontMatter: number; body: number } {
  let frontMatter = 0;
  let body = 0;
  for (const { file, text } of corpus.files) {
    const sink = new IssueSink(file);
    const fm = readFrontMatter(normaliseText(text), sink);
    if (fm.fastPath) frontMatter++;
    if (parseQuestionBody(fm.body, fm.bodyLine, sink).fastPath) body++;
  }
  return { frontMatter: frontMatter / corpus.files.length, body: body / corpus.files.length };
}

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;
const micros = (msTotal: number, count: number): string => `${((msTotal * 1000) / count).toFixed(1)} µs`;

async function main(): Promise<void> {
  const rows: string[][] = [];
  const targets: TargetResult[] = [];
  for (const corpus of [generated(), bundled()]) {
    const parseAll = (fastPath: boolean) => (): void => {
      for (const { file, text, context } of corpus.files) parseQuestion(text, file, context, { fastPath });
    };
    const fast = await measureRuns(parseAll(true), RUNS, WARMUPS);
    const reference = await measureRuns(parseAll(false), RUNS, WARMUPS);
    const [fastCpu, referenceCpu] = [median(fast.cpu), median(reference.cpu)];
    const hits = hitRates(corpus);
    const count = corpus.files.length;
    rows.push([corpus.name, micros(referenceCpu, count), micros(fastCpu, count), ratio(referenceCpu / fastCpu), percent(hits.frontMatter), percent(hits.body)]);
    if (corpus.name.startsWith('bundled')) {
      const rate = Math.min(hits.frontMatter, hits.body);
      targets.push({ metric: 'fast-path hit rate on the bundled questions', value: percent(rate), target: `≥ ${percent(MIN_BUNDLED_HIT_RATE)}`, met: rate >= MIN_BUNDLED_HIT_RATE, hard: true });
    }
  }
  console.log(`### parseQuestion in memory, CPU per question (median of ${RUNS} runs after ${WARMUPS} warm-ups)\n`);
  console.log(markdownTable(['questions', 'reference path', 'fast path', 'reference / fast', 'front matter on fast path', 'body on fast path'], rows));
  reportTargets('parse', targets);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
