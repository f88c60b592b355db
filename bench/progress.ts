// Benchmark of progress tracking: a synthetic 50,000-answer history over a 1,000-question CLF-C02 bank.
// Times every view's numbers (Certifications tree, status bar, quick quiz and practice picks, weak-area and
// mock-exam steering, charts) computed from the log (parse + replay) and from the summary file, against a
// baseline measured in the same run: splitting the log and JSON.parse-ing each line, nothing else.
// Run: npm run bench -- progress (or NODE_OPTIONS=--expose-gc npx tsx bench/progress.ts) (with --expose-gc, garbage left by one measure is
// collected before the next instead of being charged to it).
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BankInfo, Question } from '../src/core/bank/model';
import { seededRandom } from '../src/core/random';
import { appendRecords, readLog } from '../src/core/progress/log';
import { parseLogText } from '../src/core/progress/logFormat';
import { nextQuestions } from '../src/core/progress/nextQuestions';
import type { ExamOutcome } from '../src/core/progress/outcomes';
import { questionWeights, taskPriorities } from '../src/core/progress/priority';
import { encodeRecord, type AnswerRecord } from '../src/core/progress/records';
import { masteryOverTime, scoreTrend } from '../src/core/progress/series';
import { buildState, type ProgressState } from '../src/core/progress/state';
import { ProgressStore } from '../src/core/progress/store';
import { decodeSummary, encodeSummary } from '../src/core/progress/summary';
import { buildSyncSummary, withSync } from '../src/core/progress/sync';
import { encodeSync } from '../src/core/progress/syncCodec';
import { certificationProgress, reviewCounts } from '../src/core/progress/views';
import { measureRuns, median, QUICK, ratio, reportTargets } from './lib/report';
import { mockExamWeights, weakAreaPlan } from '../src/core/progress/weakAreas';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 8, 1);
const TASKS: Record<string, number> = { '1': 4, '2': 4, '3': 8, '4': 3 };
const INFO: BankInfo = {
  id: 'clf-c02', exam: 'CLF-C02', title: 'AWS Certified Cloud Practitioner', minutes: 90, questionCount: 65,
  scoredCount: 50, passingScore: 700, description: '', file: 'bank.md',
  domains: [['1', 24], ['2', 30], ['3', 34], ['4', 12]].map(([id, weight]) => ({
    id: String(id), title: `Domain ${id}`, weight: Number(weight),
    tasks: Array.from({ length: TASKS[id] }, (_, i) => ({ id: `${id}.${i + 1}`, title: `Task ${id}.${i + 1}` })),
  })),
};

function makeBank(size: number): Question[] {
  const tasks = INFO.domains.flatMap((d) => d.tasks.map((t) => ({ domain: d.id, task: t.id })));
  return Array.from({ length: size }, (_, i) => {
    const { domain, task } = tasks[i % tasks.length];
    return {
      id: `clf-c02-q${String(i).padStart(4, '0')}`, bankId: INFO.id, domain, task, tags: [], references: [], updated: '2025-01-01',
      stem: '', options: [], explanation: '', selectCount: 1, file: '', stemPosition: { line: 1, column: 1 },
      contentHash: (i * 2654435761 >>> 0).toString(16).padStart(8, '0'), classification: i % 10 === 0 ? 'guess' : 'authored',
    };
  });
}

/** `count` answers over `days` days, a learner whose accuracy grows from 50% to 85%, weaker on some tasks. */
function makeHistory(questions: readonly Question[], count: number, days: number, seed: number): AnswerRecord[] {
  const random = seededRandom(seed);
  const start = NOW - days * DAY;
  const modes = ['exam', 'practice', 'quiz', 'sidebar'] as const;
  return Array.from({ length: count }, (_, i) => {
    const q = questions[Math.floor(random() * questions.length)];
    const progress = i / count;
    const weakness = q.task.endsWith('.3') ? 0.15 : 0;
    const at = start + Math.floor(progress * days * DAY + random() * 3_600_000);
    const mode = modes[Math.floor(random() * 4)];
    return {
      id: `${at.toString(36)}-${Math.floor(random() * 2 ** 48).toString(16).padStart(12, '0')}`,
      questionId: q.id, bankId: q.bankId, domain: q.domain, task: q.task,
      correct: random() < 0.5 + 0.35 * progress - weakness, timeMs: 5_000 + Math.floor(random() * 90_000), answeredAt: at, mode,
      ...(mode === 'exam' ? { examId: `exam-${Math.floor(i / 65)}` } : {}),
      contentHash: q.contentHash, guessed: q.classification === 'guess',
    };
  });
}

function outcomes(count: number): ExamOutcome[] {
  return Array.from({ length: count }, (_, i) => ({
    examId: `exam-${i}`, bankId: INFO.id, finishedAt: NOW - (count - i) * 3 * DAY, scaled: 550 + i * 5, passed: 550 + i * 5 >= 700,
    percent: 60 + i / 3, perDomain: {},
  }));
}

interface Timing {
  /** Median wall-clock ms. */
  readonly wall: number;
  /** Median CPU ms of this process (user + system): steadier than wall time on a busy machine. */
  readonly cpu: number;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median times of `runs` runs after `warmups` unmeasured ones, collecting garbage before each measured run. */
async function time(runs: number, fn: () => unknown, warmups = 2): Promise<Timing> {
  const measured = await measureRuns(fn, runs, warmups, collectGarbage);
  return { wall: median(measured.wall), cpu: median(measured.cpu) };
}

function allViews(questions: readonly Question[], state: ProgressState, exams: readonly ExamOutcome[]): unknown[] {
  const bank = state.banks.get(INFO.id);
  return [
    certificationProgress(INFO, questions, state, NOW), // Certifications tree: mastery per domain and task, readiness, due count
    reviewCounts(questions, bank, NOW), // status bar and practice view's bank picker: reviews due
    taskPriorities(INFO, bank, NOW),
    nextQuestions(questions, bank, NOW, 20, { info: INFO, seed: 1 }), // quick quiz and practice view
    weakAreaPlan(INFO, questions, bank, NOW), // Practise Weak Areas: scope and weights
    mockExamWeights(questions, bank, NOW), // full mock exam
    masteryOverTime(INFO, bank, NOW, { period: 'day' }), // charts
    masteryOverTime(INFO, bank, NOW, { period: 'week' }),
    scoreTrend(exams, INFO.id),
  ];
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const questions = makeBank(1000);
  const history = makeHistory(questions, 50_000, 180, 1);
  const exams = outcomes(60);
  const header = '{"format":"exam-kiosk-answers","version":1,"logId":"bench","createdAt":0}\n';
  const logText = header + history.map(encodeRecord).join('\n') + '\n';
  const records = parseLogText(logText).records;
  const state = buildState(records);
  const bank = state.banks.get(INFO.id)!;
  const position = { logId: 'bench', bytes: Buffer.byteLength(logText), lines: history.length + 1 };
  const summaryText = encodeSummary(state, position);
  const runs = QUICK ? 3 : 9;

  const baseline = await time(runs, () => logText.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l)));
  const parse = await time(runs, () => parseLogText(logText));
  const replay = await time(runs, () => buildState(records));
  const views = await time(runs, () => allViews(questions, state, exams));
  const fromLog = await time(runs, () => allViews(questions, buildState(parseLogText(logText).records), exams));
  const summaryDecode = await time(runs, () => decodeSummary(summaryText));
  const fromSummary = await time(runs, () => {
    const decoded = decodeSummary(summaryText);
    if ('error' in decoded || decoded.kind !== 'ok') throw new Error('summary');
    return allViews(questions, decoded.state, exams);
  });
  const single = (fn: () => unknown): Promise<Timing> => time(runs * 3, fn);
  const parts: [string, Timing][] = [
    ['  certificationProgress (mastery, readiness, due, answered)', await single(() => certificationProgress(INFO, questions, state, NOW))],
    ['  taskPriorities', await single(() => taskPriorities(INFO, bank, NOW))],
    ['  nextQuestions(20)', await single(() => nextQuestions(questions, bank, NOW, 20, { info: INFO, seed: 1 }))],
    ['  questionWeights (1,000)', await single(() => questionWeights(questions, INFO, bank, NOW))],
    ['  weakAreaPlan (scope + weights)', await single(() => weakAreaPlan(INFO, questions, bank, NOW))],
    ['  mockExamWeights', await single(() => mockExamWeights(questions, bank, NOW))],
    ['  reviewCounts (status bar)', await single(() => reviewCounts(questions, bank, NOW))],
    ['  masteryOverTime, daily', await single(() => masteryOverTime(INFO, bank, NOW, { period: 'day' }))],
    ['  masteryOverTime, weekly', await single(() => masteryOverTime(INFO, bank, NOW, { period: 'week' }))],
    ['  scoreTrend (60 exams)', await single(() => scoreTrend(exams, INFO.id))],
  ];
  // The extension's views read this machine's state merged with another machine's synced summary.
  const otherMachine = buildSyncSummary(buildState(makeHistory(questions, 5_000, 60, 3)), 'machine-b', NOW);
  const merged = await time(runs, () => withSync(state, otherMachine, 'machine-a'));
  const viewsMerged = await time(runs, () => allViews(questions, withSync(state, otherMachine, 'machine-a'), exams));

  // Files: opening the store from summary + tail, and from the log alone; appending one answer.
  const dir = mkdtempSync(join(tmpdir(), 'ek-bench-'));
  await appendRecords(join(dir, 'answers.jsonl'), history, NOW, false);
  const open = async (): Promise<ProgressStore> => {
    const opened = await ProgressStore.open(dir, { now: () => NOW, durable: true });
    if (opened.kind !== 'ok') throw new Error(opened.message);
    return opened.store;
  };
  const rebuildOpen = await time(3, async () => {
    rmSync(join(dir, 'progress-summary.json'), { force: true });
    rmSync(join(dir, 'progress-summary.json.bak'), { force: true });
    await open();
  }, 1);
  const store = await open();
  const summaryOpen = await time(5, open, 1);
  const fullRead = await time(3, () => readLog(join(dir, 'answers.jsonl')), 1);
  let k = 0;
  const appendOne = await time(QUICK ? 5 : 20, () =>
    store.record(questions[k++ % 1000], { correct: true, timeMs: 1000, answeredAt: NOW + k * 60_000, mode: 'quiz' }), 1);
  // A submitted exam: 65 answers in one append, after reading the log to skip any already recorded.
  let e = 0;
  const recordExam = await time(5, () => {
    const at = NOW + 86_400_000 + e++ * 3_600_000;
    return store.recordMany(questions.slice(0, 65).map((q, i) => ({ ...history[i], id: `exam-${e}-${i}`, questionId: q.id, task: q.task, domain: q.domain, answeredAt: at, mode: 'exam' as const })), { skipKnown: true });
  }, 1);
  rmSync(dir, { recursive: true, force: true });

  // Sync summary sizes: the benchmark history, and a more typical few thousand answers over 300 questions.
  const sync50k = buildSyncSummary(state, 'machine-a', NOW);
  const small = buildState(makeHistory(makeBank(300), 3_000, 60, 2));
  const sync3k = buildSyncSummary(small, 'machine-a', NOW);
  const tallyOnly3k = { ...sync3k, cards: {} };

  const rows: [string, Timing][] = [
    ['baseline: split + JSON.parse each line', baseline],
    ['parse log (validate, dedupe)', parse],
    ['replay 50,000 answers into state', replay],
    ['all views from state', views],
    ...parts,
    ['ALL VIEWS FROM THE LOG (parse + replay + views)', fromLog],
    ['decode summary', summaryDecode],
    ['ALL VIEWS FROM THE SUMMARY (decode + views)', fromSummary],
    ['merge another machine\'s synced progress (withSync)', merged],
    ['ALL VIEWS AS THE EXTENSION SHOWS THEM (withSync + views)', viewsMerged],
  ];
  console.log(`Progress benchmark: ${history.length.toLocaleString('en')} answers, ${questions.length} questions, ` +
    `${INFO.domains.reduce((n, d) => n + d.tasks.length, 0)} tasks, 180 days; median of ${runs} runs (Node ${process.version}, ` +
    `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)\n`);
  const cell = (t: Timing): string => `${t.wall.toFixed(2).padStart(9)} ${t.cpu.toFixed(2).padStart(9)}`;
  console.log(`${'measure'.padEnd(62)} ${'wall ms'.padStart(9)} ${'cpu ms'.padStart(9)} ${'× baseline (cpu)'.padStart(17)}`);
  for (const [name, t] of rows) console.log(`${name.padEnd(62)} ${cell(t)} ${(t.cpu / baseline.cpu).toFixed(2).padStart(17)}`);
  console.log('\nFiles (temp folder, real I/O)');
  console.log(`${'open store: summary + tail'.padEnd(62)} ${cell(summaryOpen)}`);
  console.log(`${'open store: no summary, replay the log, write summary'.padEnd(62)} ${cell(rebuildOpen)}`);
  console.log(`${'read + parse the whole log file'.padEnd(62)} ${cell(fullRead)}`);
  console.log(`${'record one answer (append + fsync + tail read)'.padEnd(62)} ${cell(appendOne)}`);
  console.log(`${'record a submitted exam (read log ids, append 65 + fsync)'.padEnd(62)} ${cell(recordExam)}`);
  // Targets for the runner's summary, as ratios of CPU time to the baseline so they hold on any machine.
  const shown = viewsMerged.cpu / baseline.cpu;
  const cold = fromLog.cpu / baseline.cpu;
  reportTargets('progress', [
    { metric: 'all progress views as shown (summary + sync merge), 50,000 answers, vs parsing the log', value: ratio(shown), target: '≤ 1×', met: shown <= 1 },
    { metric: 'all progress views from the log alone (no summary), 50,000 answers, vs parsing the log', value: ratio(cold), target: '≤ 5×', met: cold <= 5 },
  ]);
  console.log('\nSizes');
  console.log(`answer log: ${kb(Buffer.byteLength(logText))} (${Math.round(Buffer.byteLength(logText) / history.length)} bytes an answer); summary file: ${kb(summaryText.length)}`);
  console.log(`sync summary, 50,000 answers / 1,000 questions answered: JSON ${kb(JSON.stringify(sync50k).length)}, stored (deflate+base64) ${kb(encodeSync(sync50k).length)}`);
  console.log(`sync summary, 3,000 answers / ${small.banks.get(INFO.id)!.questions.size} questions answered: JSON ${kb(JSON.stringify(sync3k).length)}, ` +
    `stored ${kb(encodeSync(sync3k).length)}; of which tallies alone: stored ${kb(encodeSync(tallyOnly3k).length)}`);
}

void main();
