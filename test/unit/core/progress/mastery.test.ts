import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CUT } from '../../../../src/core/exam/scaledScore';
import { GUESS_WEIGHT_DOMAIN, GUESS_WEIGHT_TASK, HALF_LIFE_DAYS, REPEAT_WEIGHT } from '../../../../src/core/progress/evidence';
import { masteryOf, MIN_EVIDENCE, PRIOR_MEAN } from '../../../../src/core/progress/mastery';
import { buildState } from '../../../../src/core/progress/state';
import { answer, DAY, HOUR, question, T0, taskHistory } from './fixtures';

const NOW = T0 + 100 * DAY;

function taskMastery(records: Parameters<typeof buildState>[0], task: string, now = NOW) {
  return masteryOf(buildState(records).banks.get('clf-c02')?.tasks.get(task), now);
}

test('no answers give the prior and "not enough answers yet"', () => {
  const m = masteryOf(undefined, NOW);
  assert.equal(m.mean, PRIOR_MEAN);
  assert.equal(m.evidence, 0);
  assert.equal(m.label, 'not-enough');
});

test('two lucky answers do not read as mastery; many right answers do', () => {
  const lucky = taskMastery(taskHistory('1.1', 2, 0, NOW), '1.1');
  assert.equal(lucky.label, 'not-enough');
  assert.ok(lucky.mean < DEFAULT_CUT, `mean ${lucky.mean}`);
  const strong = taskMastery(taskHistory('1.1', 30, 0, NOW), '1.1');
  assert.equal(strong.label, 'meets');
  assert.ok(strong.mean > 0.85);
  assert.ok(strong.sd < lucky.sd, 'more evidence, less uncertainty');
  assert.ok(strong.confidence > lucky.confidence);
});

test('the same accuracy reads as mastery only with enough answers', () => {
  // 8 of 10 is below the cut once the prior is counted; 40 of 50 is above it.
  assert.equal(taskMastery(taskHistory('1.1', 8, 2, NOW), '1.1').label, 'needs-improvement');
  assert.equal(taskMastery(taskHistory('1.1', 40, 10, NOW), '1.1').label, 'meets');
  assert.equal(taskMastery(taskHistory('1.1', 10, 20, NOW), '1.1').label, 'needs-improvement');
});

test('old answers fade: evidence halves every half-life', () => {
  const records = taskHistory('2.1', 10, 0, NOW - 60 * DAY);
  const then = taskMastery(records, '2.1', NOW - 60 * DAY);
  const now = taskMastery(records, '2.1', NOW);
  const halfLives = 60 / HALF_LIFE_DAYS;
  assert.ok(Math.abs(now.evidence - then.evidence / 2 ** halfLives) < 1e-9);
  assert.equal(now.answers, 10, 'plain counts do not decay');
  assert.ok(now.evidence < MIN_EVIDENCE);
  assert.equal(now.label, 'not-enough');
});

test('recent answers outweigh old ones', () => {
  const oldRightRecentWrong = [...taskHistory('3.1', 10, 0, NOW - 90 * DAY), ...taskHistory('3.2', 0, 0, NOW)];
  const recentWrong = Array.from({ length: 10 }, (_, i) => answer(question(`w${i}`, '3.1'), false, NOW - i * DAY));
  const a = taskMastery([...oldRightRecentWrong, ...recentWrong], '3.1');
  const recentRight = Array.from({ length: 10 }, (_, i) => answer(question(`w${i}`, '3.1'), true, NOW - i * DAY));
  const oldWrong = taskHistory('3.1', 0, 10, NOW - 90 * DAY);
  const b = taskMastery([...oldWrong, ...recentRight], '3.1');
  assert.ok(a.mean < 0.4, `recent wrong: ${a.mean}`);
  assert.ok(b.mean > 0.7, `recent right: ${b.mean}`);
});

test('guessed classification counts with reduced weight towards task and domain', () => {
  const guessed = Array.from({ length: 8 }, (_, i) => answer(question(`g${i}`, '4.1', { classification: 'guess' }), true, NOW - i * DAY));
  const bank = buildState(guessed).banks.get('clf-c02');
  const plain = buildState(Array.from({ length: 8 }, (_, i) => answer(question(`g${i}`, '4.1'), true, NOW - i * DAY))).banks.get('clf-c02');
  const task = masteryOf(bank?.tasks.get('4.1'), NOW).evidence / masteryOf(plain?.tasks.get('4.1'), NOW).evidence;
  const domain = masteryOf(bank?.domains.get('4'), NOW).evidence / masteryOf(plain?.domains.get('4'), NOW).evidence;
  assert.ok(Math.abs(task - GUESS_WEIGHT_TASK) < 1e-9);
  assert.ok(Math.abs(domain - GUESS_WEIGHT_DOMAIN) < 1e-9);
});

test('answering the same question again within hours counts as a repeat, not new evidence', () => {
  const q = question('same', '1.2');
  const spaced = [answer(q, true, NOW - 2 * DAY), answer(q, true, NOW)];
  const crammed = [answer(q, true, NOW - HOUR), answer(q, true, NOW)];
  const s = taskMastery(spaced, '1.2');
  const c = taskMastery(crammed, '1.2');
  assert.ok(c.evidence < s.evidence);
  assert.ok(Math.abs(c.evidence - (2 ** (-1 / (HALF_LIFE_DAYS * 24)) + REPEAT_WEIGHT)) < 1e-9);
});
