// Calibration of the pass prediction (src/core/progress/passPrediction.ts): a seeded simulation of candidates
// preparing for CLF-C02 with the bundled bank, run through the extension's own progress and exam code (see
// src/core/progress/simulation/). Before each simulated full mock, every predictor gives its chance of passing
// it; the mock's outcome (scored by the exam engine) says how good that was: Brier score, expected calibration
// error over 10 bins, log loss. The baseline predicts from the last mock alone; "uncalibrated" is the readiness
// formula used before the calibration. The calibrated model's constants were fitted on seed 1; this run is
// seed 2, candidates the fit never saw. A full run writes the reliability diagram to docs/ and then asks how much
// the calibration depends on the simulated population: the same model on the ANS-C01 bank, and on candidates
// who remember more, forget faster, start weaker, or all follow (or all ignore) the app's picks.
// Run: npm run bench -- calibration (quick: 200 candidates, no diagram, no sensitivity table).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBank } from '../src/core/bank/loadBank';
import { passPrediction } from '../src/core/progress/passPrediction';
import { calibrationSummary, type Forecast } from '../src/core/progress/simulation/calibration';
import { lastMockPredictor, uncalibratedReadinessPredictor } from '../src/core/progress/simulation/referencePredictors';
import { reliabilitySvg } from '../src/core/progress/simulation/reliabilitySvg';
import { simulate, type Observation, type Predictor, type SimulationOptions } from '../src/core/progress/simulation/simulate';
import { markdownTable, QUICK, reportTargets } from './lib/report';

const SEED = 2;
const CANDIDATES = QUICK ? 200 : 1000;
/** Candidates per population variant of the sensitivity table. */
const VARIANT_CANDIDATES = 200;
const DIAGRAM = join('docs', 'calibration-reliability.svg');

const NAMES = { calibrated: 'calibrated', baseline: 'last mock alone', uncalibrated: 'uncalibrated readiness' } as const;
type Name = keyof typeof NAMES;

async function main(): Promise<void> {
  const bank = await loadBank(join('question-banks', 'clf-c02'));
  const info = bank.info;
  if (info === undefined) throw new Error('question-banks/clf-c02 has no usable bank.md');
  const calibrated: Predictor = (context) => {
    const p = passPrediction(info, context.bank, context.now, { mocks: context.mocks, at: context.at, target: context.target });
    return { pass: p.pass, low: p.passLow, high: p.passHigh };
  };
  const start = performance.now();
  const result = simulate({
    info,
    questions: bank.questions,
    candidates: CANDIDATES,
    seed: SEED,
    predictors: { calibrated, baseline: lastMockPredictor, uncalibrated: uncalibratedReadinessPredictor },
  });
  const seconds = (performance.now() - start) / 1000;

  const sets: { label: string; observations: readonly Observation[] }[] = [
    { label: 'before each full mock', observations: result.observations.filter((o) => o.target === 'mock') },
    { label: 'before each mock after the first (the baseline\'s set)', observations: result.observations.filter((o) => o.target === 'mock' && o.mocksBefore > 0) },
    { label: 'real exam, that morning', observations: result.observations.filter((o) => o.target === 'exam' && o.horizonDays === 0) },
    { label: 'real exam, projected at each mock (1–89 days ahead)', observations: result.observations.filter((o) => o.target === 'exam' && o.horizonDays > 0) },
  ];
  const forecasts = (observations: readonly Observation[], name: Name): Forecast[] =>
    observations.flatMap((o) => (o.predictions[name] === undefined ? [] : [{ p: o.predictions[name]!.pass, outcome: o.passed }]));
  const rows: (string | number)[][] = [];
  const summaries = new Map<string, ReturnType<typeof calibrationSummary>>();
  for (const set of sets) {
    for (const name of Object.keys(NAMES) as Name[]) {
      const summary = calibrationSummary(forecasts(set.observations, name));
      summaries.set(`${set.label}|${name}`, summary);
      if (summary.count === 0) continue;
      rows.push([set.label, NAMES[name], summary.count, summary.brier.toFixed(4), summary.ece.toFixed(4), summary.logLoss.toFixed(3), summary.baseRate.toFixed(2)]);
    }
    const oracle = calibrationSummary(set.observations.map((o) => ({ p: o.trueChance, outcome: o.passed })));
    rows.push([set.label, 'the candidates\' true chance (floor)', oracle.count, oracle.brier.toFixed(4), oracle.ece.toFixed(4), oracle.logLoss.toFixed(3), oracle.baseRate.toFixed(2)]);
  }
  console.log(`${CANDIDATES} simulated candidates, seed ${SEED}: ${result.answers.toLocaleString('en-US')} answers, ${result.mocks.toLocaleString('en-US')} full mocks, ${seconds.toFixed(1)} s\n`);
  console.log(markdownTable(['predictions', 'predictor', 'forecasts', 'Brier', 'ECE (10 bins)', 'log loss', 'passed'], rows));

  const coverage = (observations: readonly Observation[]): string => {
    const within = observations.filter((o) => {
      const p = o.predictions.calibrated;
      return p?.low !== undefined && p.high !== undefined && o.trueChance >= p.low && o.trueChance <= p.high;
    }).length;
    return `${((100 * within) / Math.max(1, observations.length)).toFixed(0)} %`;
  };
  console.log(`\nThe calibrated 80 % interval of P(pass) holds the candidate's true chance ${coverage(sets[0].observations)} of the time before a mock, `
    + `${coverage(sets[2].observations)} on the real exam's morning (whose true chance also depends on which questions come).`);

  const mine = summaries.get(`${sets[0].label}|calibrated`)!;
  const common = summaries.get(`${sets[1].label}|calibrated`)!;
  const baseline = summaries.get(`${sets[1].label}|baseline`)!;
  const uncalibrated = summaries.get(`${sets[1].label}|uncalibrated`)!;
  console.log(`\nHeadline: candidates ${CANDIDATES}, seed ${SEED}; before each full mock the calibrated prediction scores Brier ${mine.brier.toFixed(4)}, `
    + `ECE ${mine.ece.toFixed(4)} (${mine.count} forecasts); on the mocks after a first one, Brier ${common.brier.toFixed(4)} against the last-mock baseline's `
    + `${baseline.brier.toFixed(4)} and the uncalibrated readiness's ${uncalibrated.brier.toFixed(4)}.`);

  if (!QUICK) {
    const note = (s: { brier: number; ece: number }) => `Brier ${s.brier.toFixed(3)}, ECE ${s.ece.toFixed(3)}`;
    const svg = reliabilitySvg(
      [
        { name: 'calibrated (this)', color: '#1f6feb', marker: 'circle', bins: common.bins, note: note(common) },
        { name: 'last mock alone', color: '#d97706', marker: 'square', bins: baseline.bins, note: note(baseline) },
        { name: 'uncalibrated readiness', color: '#8b5cf6', marker: 'triangle', bins: uncalibrated.bins, note: note(uncalibrated) },
      ],
      'Chance of passing the next full mock: predicted vs observed',
      `Reliability diagram from ${CANDIDATES} simulated CLF-C02 candidates (seed ${SEED}), ${common.count} mocks after a first one. `
        + `Calibrated: ${note(common)}; last mock alone: ${note(baseline)}; uncalibrated readiness: ${note(uncalibrated)}. `
        + 'Points on the diagonal are perfectly calibrated.',
    );
    writeFileSync(DIAGRAM, svg);
    console.log(`\nReliability diagram written to ${DIAGRAM} (\`node scripts/renderSvg.mjs\` renders the README's PNG of it).`);
  }

  if (!QUICK) await sensitivity(calibrated);

  reportTargets('calibration', [
    { metric: `ECE of P(pass) before each full mock (${CANDIDATES} candidates, seed ${SEED})`, value: mine.ece.toFixed(4), target: '≤ 0.05', met: mine.ece <= 0.05, hard: true },
    { metric: 'Brier of P(pass), mocks after a first one: calibrated vs last mock alone', value: `${common.brier.toFixed(4)} vs ${baseline.brier.toFixed(4)}`, target: 'below the baseline', met: common.brier < baseline.brier, hard: true },
    { metric: 'calibration simulation time', value: `${seconds.toFixed(1)} s`, target: QUICK ? '< 30 s' : '< 120 s', met: seconds < (QUICK ? 30 : 120) },
  ]);
}

/** The calibrated model (fitted on the default population of CLF-C02) on other banks and populations. */
async function sensitivity(calibrated: Predictor): Promise<void> {
  const ans = await loadBank(join('question-banks', 'ans-c01'));
  const clf = await loadBank(join('question-banks', 'clf-c02'));
  const variants: { label: string; bank: typeof clf; options?: Partial<SimulationOptions> }[] = [
    { label: 'CLF-C02, the population fitted on', bank: clf },
    { label: 'ANS-C01 bank (passing score 750)', bank: ans },
    { label: 'questions remembered 3× longer', bank: clf, options: { shift: { memory: 3 } } },
    { label: 'practice forgotten 2× faster', bank: clf, options: { shift: { forgetting: 2 } } },
    { label: 'weaker at the start (−0.7 logit)', bank: clf, options: { shift: { ability: -0.7 } } },
    { label: 'practice adds half as much', bank: clf, options: { shift: { gain: 0.5 } } },
    { label: 'everyone follows the app\'s picks', bank: clf, options: { followApp: 1 } },
    { label: 'nobody follows the app\'s picks', bank: clf, options: { followApp: 0 } },
  ];
  const rows: (string | number)[][] = [];
  for (const variant of variants) {
    const result = simulate({
      info: variant.bank.info!, questions: variant.bank.questions, candidates: VARIANT_CANDIDATES, seed: SEED + 100,
      predictors: { calibrated, baseline: lastMockPredictor }, ...variant.options,
    });
    const mocks = result.observations.filter((o) => o.target === 'mock');
    const mine = calibrationSummary(mocks.map((o) => ({ p: o.predictions.calibrated!.pass, outcome: o.passed })));
    const later = mocks.filter((o) => o.mocksBefore > 0);
    const own = calibrationSummary(later.map((o) => ({ p: o.predictions.calibrated!.pass, outcome: o.passed })));
    const base = calibrationSummary(later.map((o) => ({ p: o.predictions.baseline!.pass, outcome: o.passed })));
    const bias = mocks.reduce((sum, o) => sum + (o.passed ? 1 : 0) - o.predictions.calibrated!.pass, 0) / Math.max(1, mocks.length);
    const exam = calibrationSummary(result.observations.filter((o) => o.target === 'exam' && o.horizonDays === 0).map((o) => ({ p: o.predictions.calibrated!.pass, outcome: o.passed })));
    rows.push([variant.label, mocks.length, mine.ece.toFixed(3), `${bias >= 0 ? '+' : ''}${bias.toFixed(3)}`, `${own.brier.toFixed(3)} vs ${base.brier.toFixed(3)}`, exam.ece.toFixed(3), mine.baseRate.toFixed(2)]);
  }
  console.log(`\nSensitivity: the same calibrated model, ${VARIANT_CANDIDATES} candidates per row (seed ${SEED + 100}). ECE over 10 bins is noisier with fewer forecasts.\n`);
  console.log(markdownTable(['population', 'mocks', 'ECE before a mock', 'passed − predicted', 'Brier vs last mock (mocks after the first)', 'ECE, real exam that morning', 'mocks passed'], rows));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
