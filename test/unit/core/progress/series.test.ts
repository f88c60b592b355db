import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExamOutcome } from '../../../../src/core/progress/outcomes';
import { masteryOverTime, scoreTrend } from '../../../../src/core/progress/series';
import { buildState } from '../../../../src/core/progress/state';
import { answer, DAY, INFO, question, T0 } from './fixtures';

function outcome(examId: string, bankId: string, finishedAt: number, scaled: number): ExamOutcome {
  return { examId, bankId, finishedAt, scaled, passed: scaled >= 700, percent: 70, perDomain: {} };
}

test('the score trend lists one certification\'s exams in time order with a three-exam average', () => {
  const trend = scoreTrend([
    outcome('c', 'clf-c02', T0 + 3 * DAY, 800),
    outcome('a', 'clf-c02', T0 + DAY, 600),
    outcome('x', 'ans-c01', T0 + 2 * DAY, 900),
    outcome('b', 'clf-c02', T0 + 2 * DAY, 700),
    outcome('a', 'clf-c02', T0 + DAY, 600),
    outcome('d', 'clf-c02', T0 + 4 * DAY, 900),
  ], 'clf-c02');
  assert.deepEqual(trend.map((p) => [p.examId, p.average]), [['a', 600], ['b', 650], ['c', 700], ['d', 800]]);
  assert.deepEqual(trend.map((p) => p.passed), [false, true, true, true]);
});

test('mastery over time rises with right answers and decays through idle days', () => {
  const q = (i: number) => question(`q${i}`, '2.1');
  const records = Array.from({ length: 10 }, (_, i) => answer(q(i), true, T0 + i * DAY + 3600_000));
  const now = T0 + 40 * DAY;
  const series = masteryOverTime(INFO, buildState(records).banks.get(INFO.id), now);
  assert.equal(series.points.length, 41);
  assert.equal(series.points[0].start, T0);
  const security = series.points.map((p) => p.domains[1]);
  for (let i = 1; i < 10; i++) assert.ok(security[i].mean > security[i - 1].mean);
  assert.equal(security[9].label, 'meets');
  assert.ok(security[40].evidence < security[9].evidence / 2);
  assert.equal(series.points.reduce((sum, p) => sum + p.answers, 0), 10);
  assert.ok(series.points.every((p) => p.domains[0].answers === 0 && p.domains[0].label === 'not-enough'));
  assert.ok(series.points[9].predictedScaled > series.points[0].predictedScaled);
});

test('weekly points start on Mondays and can be limited to the latest ones', () => {
  const records = [answer(question('a', '1.1'), true, T0 + 2 * DAY), answer(question('b', '1.1'), false, T0 + 20 * DAY)];
  const bank = buildState(records).banks.get(INFO.id);
  const weekly = masteryOverTime(INFO, bank, T0 + 30 * DAY, { period: 'week' });
  assert.deepEqual(weekly.points.map((p) => (p.start - T0) / DAY), [0, 7, 14, 21, 28]);
  assert.deepEqual(weekly.points.map((p) => p.answers), [1, 0, 1, 0, 0]);
  const last = masteryOverTime(INFO, bank, T0 + 30 * DAY, { period: 'week', maxPoints: 2 });
  assert.deepEqual(last.points, weekly.points.slice(-2));
  assert.deepEqual(masteryOverTime(INFO, undefined, T0).points, []);
});
