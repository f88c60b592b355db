import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CUT, scaledScore } from '../../../../src/core/exam/scaledScore';
import { masteryFromSums } from '../../../../src/core/progress/mastery';
import { normalCdf, readiness, readinessFromDomains } from '../../../../src/core/progress/readiness';
import { buildState } from '../../../../src/core/progress/state';
import { DAY, INFO, T0, taskHistory } from './fixtures';

const NOW = T0 + 60 * DAY;

/** `n` answers per task at accuracy `p`, over the last `n` days. */
function learner(p: number, n: number) {
  const records = INFO.domains.flatMap((d) => d.tasks.flatMap((t) => taskHistory(t.id, Math.round(p * n), n - Math.round(p * n), NOW)));
  return buildState(records).banks.get(INFO.id);
}

test('without answers readiness says not enough data and predicts from the prior', () => {
  const r = readiness(INFO, undefined, NOW);
  assert.equal(r.enoughData, false);
  assert.deepEqual(r.thinDomains, ['1', '2', '3', '4']);
  assert.equal(r.proportion, 0.5);
  assert.equal(r.predictedScaled, scaledScore(0.5, 700));
  assert.ok(r.passLikelihood < 0.1);
});

test('a strong learner is predicted to pass, a weak one to fail', () => {
  const strong = readiness(INFO, learner(0.95, 40), NOW);
  const weak = readiness(INFO, learner(0.5, 40), NOW);
  assert.equal(strong.enoughData, true);
  assert.ok(strong.predictedScaled > 700 && strong.passLikelihood > 0.9, JSON.stringify(strong));
  assert.ok(weak.predictedScaled < 700 && weak.passLikelihood < 0.05, JSON.stringify(weak));
  assert.equal(strong.predictedScaled, scaledScore(strong.proportion, 700));
  assert.ok(strong.low <= strong.predictedScaled && strong.predictedScaled <= strong.high);
});

test('one unpractised domain keeps readiness at "not enough data" and pulls the prediction down', () => {
  const records = INFO.domains.filter((d) => d.id !== '4').flatMap((d) => d.tasks.flatMap((t) => taskHistory(t.id, 38, 2, NOW)));
  const r = readiness(INFO, buildState(records).banks.get(INFO.id), NOW);
  const full = readiness(INFO, learner(0.95, 40), NOW);
  assert.equal(r.enoughData, false);
  assert.deepEqual(r.thinDomains, ['4']);
  assert.ok(r.proportion < full.proportion);
});

test('fewer answers mean more uncertainty and a wider predicted range', () => {
  const few = readiness(INFO, learner(DEFAULT_CUT + 0.05, 10), NOW);
  const many = readiness(INFO, learner(DEFAULT_CUT + 0.05, 60), NOW);
  assert.ok(few.sd > many.sd);
  assert.ok(few.high - few.low > many.high - many.low);
});

test('chances are even when the predicted proportion sits on the pass mark of a 50-question exam', () => {
  // 36 of 50 passes at a 72% cut; with continuity correction the threshold is 35.5 / 50 = 0.71.
  const onThreshold = masteryFromSums(69, 96, 96, 69);
  assert.ok(Math.abs(onThreshold.mean - 0.71) < 1e-12);
  const r = readinessFromDomains(INFO, INFO.domains.map(() => onThreshold));
  assert.ok(Math.abs(r.passLikelihood - 0.5) < 1e-7);
  assert.ok(Math.abs(normalCdf(1.96) - 0.975) < 1e-4);
});
