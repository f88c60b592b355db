import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadBank } from '../../../../src/core/bank/loadBank';
import { seededRandom } from '../../../../src/core/random';
import { DAY_MS } from '../../../../src/core/progress/evidence';
import { passPrediction } from '../../../../src/core/progress/passPrediction';
import {
  brierScore, calibrationSummary, expectedCalibrationError, logLoss, reliabilityBins, wilson, type Forecast,
} from '../../../../src/core/progress/simulation/calibration';
import { ability, chanceRight, itemTruths, learn, newCandidate } from '../../../../src/core/progress/simulation/candidate';
import { lastMockPredictor } from '../../../../src/core/progress/simulation/referencePredictors';
import { reliabilitySvg } from '../../../../src/core/progress/simulation/reliabilitySvg';
import { atLeast, simulate, type PredictionContext } from '../../../../src/core/progress/simulation/simulate';
import { question } from './fixtures';

const bankPromise = loadBank(join(__dirname, '../../../../question-banks/clf-c02'));

test('Brier, log loss and ECE score forecasts as defined', () => {
  const perfect: Forecast[] = [{ p: 1, outcome: true }, { p: 0, outcome: false }];
  assert.equal(brierScore(perfect), 0);
  const coin: Forecast[] = [{ p: 0.5, outcome: true }, { p: 0.5, outcome: false }];
  assert.equal(brierScore(coin), 0.25);
  assert.ok(Math.abs(logLoss(coin) - Math.log(2)) < 1e-12);
  assert.equal(expectedCalibrationError(coin), 0);
  // 70 % forecasts that come true 7 times in 10: calibrated; saying 90 % for them is off by 0.2.
  const seventy = Array.from({ length: 10 }, (_, i) => ({ p: 0.7, outcome: i < 7 }));
  assert.ok(expectedCalibrationError(seventy) < 1e-12);
  assert.ok(Math.abs(expectedCalibrationError(seventy.map((f) => ({ ...f, p: 0.9 }))) - 0.2) < 1e-12);
  const bins = reliabilityBins([...seventy, { p: 1, outcome: true }, { p: 0.05, outcome: false }]);
  assert.equal(bins.length, 10);
  assert.deepEqual(bins.map((b) => b.count), [1, 0, 0, 0, 0, 0, 0, 10, 0, 1]);
  assert.ok(Number.isNaN(bins[1].observed));
  const [low, high] = wilson(7, 10);
  assert.ok(low < 0.7 && 0.7 < high && low > 0.3 && high < 0.95);
  assert.equal(calibrationSummary([]).count, 0);
});

test('the exact chance of at least k successes matches the binomial when all chances are equal', () => {
  const binomialTail = (n: number, p: number, k: number) => {
    let sum = 0;
    for (let j = k; j <= n; j++) {
      let c = 1;
      for (let i = 1; i <= j; i++) c = (c * (n - j + i)) / i;
      sum += c * p ** j * (1 - p) ** (n - j);
    }
    return sum;
  };
  assert.ok(Math.abs(atLeast(Array(20).fill(0.7), 15) - binomialTail(20, 0.7, 15)) < 1e-12);
  assert.equal(atLeast([0.3, 0.9], 0), 1);
  assert.ok(Math.abs(atLeast([0.3, 0.9], 2) - 0.27) < 1e-12);
});

test('a simulated candidate learns with practice, remembers questions met, and forgets over time', () => {
  const random = seededRandom(4);
  const q = { ...question('q1', '1.1'), options: [0, 1, 2, 3].map((i) => ({ markdown: `${i}`, correct: i === 0, position: { line: 1, column: 1 } })) };
  const truth = itemTruths([q], random).get('q1')!;
  assert.equal(truth.guess, 0.25);
  const candidate = newCandidate(['1.1'], random);
  const t0 = Date.UTC(2026, 0, 5);
  const before = chanceRight(candidate, q, truth, t0);
  const abilityBefore = ability(candidate, '1.1', t0);
  for (let i = 0; i < 30; i++) learn(candidate, { ...q, id: `other-${i}` }, true, t0 + i * 60_000);
  assert.ok(ability(candidate, '1.1', t0 + DAY_MS) > abilityBefore, 'practice raises the task\'s ability');
  learn(candidate, q, true, t0 + DAY_MS);
  const rightAfter = chanceRight(candidate, q, truth, t0 + DAY_MS + 60_000);
  assert.ok(rightAfter > before);
  const monthsLater = chanceRight(candidate, q, truth, t0 + 200 * DAY_MS);
  assert.ok(monthsLater < rightAfter, 'memory and practice fade');
});

test('the simulation is seeded, asks predictors only what the extension would know, and scores real exams', async () => {
  const bank = await bankPromise;
  const seen: PredictionContext[] = [];
  const options = {
    info: bank.info!,
    questions: bank.questions,
    candidates: 3,
    seed: 11,
    predictors: {
      spy: (context: PredictionContext) => {
        seen.push(context);
        return { pass: 0.5 };
      },
      calibrated: (context: PredictionContext) => ({ pass: passPrediction(context.info, context.bank, context.now, { mocks: context.mocks, at: context.at, target: context.target }).pass }),
      baseline: lastMockPredictor,
    },
  };
  const first = simulate(options);
  const again = simulate({ ...options, predictors: { calibrated: options.predictors.calibrated, baseline: lastMockPredictor } });
  assert.deepEqual(again.observations.map((o) => [o.passed, o.proportion, o.predictions.calibrated]), first.observations.map((o) => [o.passed, o.proportion, o.predictions.calibrated]));
  assert.ok(first.mocks > 0 && first.answers > first.mocks * 65);
  for (const context of seen) {
    assert.ok(context.mocks.every((m) => m.finishedAt <= context.now), 'no mock from the future');
    assert.ok(context.at >= context.now);
    assert.equal(context.metBefore.size > 0, context.mocks.length > 0);
  }
  const mocks = first.observations.filter((o) => o.target === 'mock');
  assert.equal(mocks.length, first.mocks);
  for (const o of first.observations) {
    assert.ok(o.trueChance >= 0 && o.trueChance <= 1 && o.trueProportion > 0 && o.trueProportion < 1);
    assert.equal(o.predictions.baseline === undefined, o.mocksBefore === 0);
  }
  // Each candidate's real exam is predicted on its morning, and projected from every mock.
  const exams = first.observations.filter((o) => o.target === 'exam');
  assert.equal(exams.filter((o) => o.horizonDays === 0).length, 3);
  assert.equal(exams.length, 3 + first.mocks);
});

test('the reliability diagram is a labelled SVG with a point per non-empty bin', () => {
  const forecasts = Array.from({ length: 50 }, (_, i) => ({ p: (i % 10) / 10 + 0.05, outcome: i % 3 === 0 }));
  const bins = reliabilityBins(forecasts);
  const svg = reliabilitySvg([{ name: 'a <model>', color: '#123456', marker: 'circle', bins, note: 'Brier 0.2' }], 'Title & more', 'Description');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /<title id="title">Title &amp; more<\/title>/);
  assert.match(svg, /a &lt;model&gt;/);
  // 10 points and the legend's marker.
  assert.equal((svg.match(/<circle /g) ?? []).length, 11);
  assert.ok(svg.trimEnd().endsWith('</svg>'));
});
