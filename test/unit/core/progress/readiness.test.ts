import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CUT, scaledScore } from '../../../../src/core/exam/scaledScore';
import { masteryFromSums } from '../../../../src/core/progress/mastery';
import type { ExamOutcome } from '../../../../src/core/progress/outcomes';
import {
  passMark, passPrediction, predictFromMasteries, PREDICTION_MODEL,
} from '../../../../src/core/progress/passPrediction';
import { normalCdf, readiness, readinessFromDomains } from '../../../../src/core/progress/readiness';
import { buildState } from '../../../../src/core/progress/state';
import { DAY, INFO, T0, taskHistory } from './fixtures';

const NOW = T0 + 60 * DAY;

/** `n` answers per task at accuracy `p`, over the last `n` days. */
function learner(p: number, n: number) {
  const records = INFO.domains.flatMap((d) => d.tasks.flatMap((t) => taskHistory(t.id, Math.round(p * n), n - Math.round(p * n), NOW)));
  return buildState(records).banks.get(INFO.id);
}

function mock(examId: string, proportion: number, finishedAt: number, bankId = INFO.id): ExamOutcome {
  const correct = Math.round(proportion * 65);
  return { examId, bankId, finishedAt, scaled: scaledScore(correct / 65, 700), passed: scaledScore(correct / 65, 700) >= 700, percent: Math.round((correct / 65) * 100), perDomain: { '1': { correct, total: 65 } } };
}

test('the pass mark is the fewest right answers the scoring code passes', () => {
  assert.equal(passMark(65, 700), 47);
  assert.equal(passMark(50, 700), 36);
  assert.ok(scaledScore(46 / 65, 700) < 700 && scaledScore(47 / 65, 700) >= 700);
});

test('without answers readiness says not enough data, predicts from the prior and is unsure', () => {
  const r = readiness(INFO, undefined, NOW);
  assert.equal(r.enoughData, false);
  assert.deepEqual(r.thinDomains, ['1', '2', '3', '4']);
  assert.ok(Math.abs(r.proportion - (0.5 + PREDICTION_MODEL.offset.exam)) < 1e-12);
  assert.equal(r.predictedScaled, scaledScore(r.proportion, 700));
  assert.ok(r.passLikelihood < 0.2);
  assert.equal(r.passLikelihood, r.pass);
  assert.ok(r.passLow <= r.pass && r.pass <= r.passHigh);
  assert.ok(r.passHigh - r.passLow > 0.2, 'a wide interval without answers');
});

test('a strong learner is predicted to pass, a weak one to fail', () => {
  const strong = readiness(INFO, learner(0.95, 40), NOW);
  const weak = readiness(INFO, learner(0.5, 40), NOW);
  assert.equal(strong.enoughData, true);
  assert.ok(strong.predictedScaled > 700 && strong.passLikelihood > 0.9, JSON.stringify(strong));
  assert.ok(weak.predictedScaled < 700 && weak.passLikelihood < 0.05, JSON.stringify(weak));
  assert.ok(strong.low <= strong.predictedScaled && strong.predictedScaled <= strong.high);
  assert.ok(strong.passLow <= strong.pass && strong.pass <= strong.passHigh);
});

test('one unpractised domain keeps readiness at "not enough data" and pulls the prediction down', () => {
  const records = INFO.domains.filter((d) => d.id !== '4').flatMap((d) => d.tasks.flatMap((t) => taskHistory(t.id, 38, 2, NOW)));
  const r = readiness(INFO, buildState(records).banks.get(INFO.id), NOW);
  const full = readiness(INFO, learner(0.95, 40), NOW);
  assert.equal(r.enoughData, false);
  assert.deepEqual(r.thinDomains, ['4']);
  assert.ok(r.proportion < full.proportion);
});

test('fewer answers mean more uncertainty and a wider interval, never less than the model error', () => {
  const few = readiness(INFO, learner(DEFAULT_CUT + 0.05, 10), NOW);
  const many = readiness(INFO, learner(DEFAULT_CUT + 0.05, 60), NOW);
  assert.ok(few.levelSd > many.levelSd);
  assert.ok(few.high - few.low > many.high - many.low);
  assert.ok(few.passHigh - few.passLow > many.passHigh - many.passLow);
  assert.ok(many.levelSd >= PREDICTION_MODEL.practiceSd);
});

test('chances are even when the predicted level sits on the pass mark, and the interval straddles them', () => {
  // 36 of 50 passes; with continuity correction the threshold is 35.5 / 50 = 0.71.
  const target = 0.71 - PREDICTION_MODEL.offset.exam;
  const onThreshold = masteryFromSums(target * 400 - 2, 396, 396, Math.round(target * 396));
  assert.ok(Math.abs(onThreshold.mean - target) < 1e-9);
  const r = readinessFromDomains(INFO, INFO.domains.map(() => onThreshold));
  assert.ok(Math.abs(r.passLikelihood - 0.5) < 1e-7, String(r.passLikelihood));
  assert.ok(Math.abs(r.passLow + r.passHigh - 1) < 1e-7 && r.passLow < 0.5);
  assert.ok(Math.abs(normalCdf(1.96) - 0.975) < 1e-4);
});

test('mocks count, recent ones more than old ones, and only this bank\'s', () => {
  const bank = learner(0.72, 8);
  const none = passPrediction(INFO, bank, NOW, { target: 'mock' });
  const recentHigh = passPrediction(INFO, bank, NOW, { target: 'mock', mocks: [mock('a', 0.9, NOW - DAY)] });
  const oldHigh = passPrediction(INFO, bank, NOW, { target: 'mock', mocks: [mock('a', 0.9, NOW - 40 * DAY)] });
  const otherBank = passPrediction(INFO, bank, NOW, { target: 'mock', mocks: [mock('a', 0.9, NOW - DAY, 'ans-c01')] });
  const future = passPrediction(INFO, bank, NOW, { target: 'mock', mocks: [mock('a', 0.9, NOW + DAY)] });
  assert.ok(recentHigh.proportion > oldHigh.proportion && oldHigh.proportion > none.proportion);
  assert.ok(recentHigh.levelSd < none.levelSd);
  assert.equal(recentHigh.mocks, 1);
  assert.deepEqual(otherBank, none);
  assert.deepEqual(future, none);
  // The same mock listed twice counts once.
  assert.deepEqual(passPrediction(INFO, bank, NOW, { target: 'mock', mocks: [mock('a', 0.9, NOW - DAY), mock('a', 0.9, NOW - DAY)] }), recentHigh);
  // A mock is enough data by itself.
  assert.equal(passPrediction(INFO, undefined, NOW, { mocks: [mock('a', 0.8, NOW - DAY)] }).enoughData, true);
});

test('a mock is predicted over the full mock\'s questions, the exam over its scored ones', () => {
  const bank = learner(0.8, 30);
  const forMock = passPrediction(INFO, bank, NOW, { target: 'mock' });
  const forExam = passPrediction(INFO, bank, NOW, { target: 'exam' });
  assert.equal(forMock.questions, 65);
  assert.equal(forExam.questions, 50);
  assert.ok(forMock.proportion > forExam.proportion, 'a mock repeats practised questions, the exam does not');
});

test('projecting to a later exam day adds the expected gain and widens the uncertainty, up to a limit', () => {
  const bank = learner(0.7, 30);
  const today = passPrediction(INFO, bank, NOW);
  const inTwoWeeks = passPrediction(INFO, bank, NOW, { at: NOW + 14 * DAY });
  const inAYear = passPrediction(INFO, bank, NOW, { at: NOW + 365 * DAY });
  assert.equal(inTwoWeeks.horizonDays, 14);
  assert.ok(Math.abs(inTwoWeeks.proportion - today.proportion - 14 * PREDICTION_MODEL.dailyGain) < 1e-12);
  assert.ok(inTwoWeeks.levelSd > today.levelSd);
  assert.ok(Math.abs(inAYear.proportion - today.proportion - PREDICTION_MODEL.gainDays * PREDICTION_MODEL.dailyGain) < 1e-12);
  // A time before now is "now".
  assert.deepEqual(passPrediction(INFO, bank, NOW, { at: NOW - DAY }), today);
  assert.deepEqual(predictFromMasteries(INFO, INFO.domains.map(() => masteryFromSums(0, 0, 0, 0)), NOW), passPrediction(INFO, undefined, NOW));
});
