import { test } from 'node:test';
import assert from 'node:assert/strict';
import { masteryFromSums } from '../../../../src/core/progress/mastery';
import { readiness } from '../../../../src/core/progress/readiness';
import { buildState } from '../../../../src/core/progress/state';
import { chanceText, countsText, dueText, duration, masterySpoken, masteryText, passText, readinessSentence, readinessText, textBar } from '../../../../src/core/progress/viewText';
import { DAY, HOUR, INFO, T0, taskHistory } from './fixtures';

test('text bars fill in proportion and clamp', () => {
  assert.equal(textBar(0.6), '▰▰▰▰▰▰▱▱▱▱');
  assert.equal(textBar(0), '▱▱▱▱▱▱▱▱▱▱');
  assert.equal(textBar(1.7, 4), '▰▰▰▰');
  assert.equal(textBar(Number.NaN, 3), '▱▱▱');
});

test('mastery reads as a bar, a percentage and the AWS label; no bar before any answer', () => {
  assert.equal(masteryText(masteryFromSums(0, 0, 0, 0)), 'Not enough answers yet');
  assert.equal(masteryText(masteryFromSums(2, 10, 10, 2)), '▰▰▰▱▱▱▱▱▱▱ 29% · Needs improvement');
  assert.equal(masteryText(masteryFromSums(1, 1, 1, 1)), '▰▰▰▰▰▰▱▱▱▱ 60% · Not enough answers yet');
  assert.equal(masteryText(masteryFromSums(20, 20, 20, 20)), '▰▰▰▰▰▰▰▰▰▱ 92% · Meets competencies');
  assert.equal(masterySpoken(masteryFromSums(2, 10, 10, 2)), '29%, Needs improvement');
  assert.equal(masterySpoken(masteryFromSums(0, 0, 0, 0)), 'Not enough answers yet');
  assert.equal(countsText(masteryFromSums(2, 10, 10, 2)), '2 of 10 right');
  assert.equal(countsText(masteryFromSums(0, 0, 0, 0)), 'no answers yet');
});

test('readiness reads as a prediction only with enough answers', () => {
  const none = readiness(INFO, undefined, T0);
  assert.equal(readinessText(none), 'not enough answers yet');
  assert.match(readinessSentence(none), /^Readiness: not enough answers yet for a prediction\. Domains with too few answers: 1, 2, 3, 4\./);
  const now = T0 + 40 * DAY;
  const records = INFO.domains.flatMap((d) => d.tasks.flatMap((t) => taskHistory(t.id, 8, 2, now - DAY)));
  const enough = readiness(INFO, buildState(records).banks.get(INFO.id), now);
  assert.equal(enough.enoughData, true);
  assert.equal(readinessText(enough), `${enough.predictedScaled} predicted · ${passText(enough)}`);
  assert.match(readinessSentence(enough), /^Readiness: predicted scaled score \d+ \(80% range \d+–\d+; passing 700\), P\(pass\) 0\.\d\d, 80 % interval 0\.\d\d–0\.\d\d\.$/);
  const projected = readiness(INFO, buildState(records).banks.get(INFO.id), now, { at: now + 12 * DAY });
  assert.match(readinessSentence(projected), /^Readiness on the exam day \(in 12 days, if you keep preparing\): predicted scaled score \d+ /);
});

test('the chance of passing reads with its 80 % interval, never as certain', () => {
  const prediction = { ...readiness(INFO, undefined, T0), pass: 0.7243, passLow: 0.6, passHigh: 0.8049 };
  assert.equal(passText(prediction), 'P(pass) 0.72, 80 % interval 0.60–0.80');
  assert.equal(chanceText(1), '0.99');
  assert.equal(chanceText(0), '0.01');
  assert.equal(chanceText(Number.NaN), '0.50');
});

test('due text counts reviews, or says when the next one is', () => {
  assert.equal(dueText(5, undefined, T0), '5 reviews due');
  assert.equal(dueText(1, T0, T0), '1 review due');
  assert.equal(dueText(0, T0 + 3 * HOUR, T0), 'next review in 3 h');
  assert.equal(dueText(0, undefined, T0), '');
  assert.equal(duration(10_000), '1 min');
  assert.equal(duration(3 * DAY), '3 days');
});
