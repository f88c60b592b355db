import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CUT, proportionForScaled, scaledScore } from '../../../../src/core/exam/scaledScore';

test('the ends of the scale and the cut land where documented', () => {
  assert.equal(scaledScore(0, 700), 100);
  assert.equal(scaledScore(1, 700), 1000);
  assert.equal(scaledScore(DEFAULT_CUT, 700), 700);
  assert.equal(scaledScore(DEFAULT_CUT, 750), 750);
});

test('the mapping is monotonic and one point below the cut fails', () => {
  let previous = 0;
  for (let correct = 0; correct <= 50; correct++) {
    const score = scaledScore(correct / 50, 750);
    assert.ok(score >= previous, `score for ${correct}/50 went down`);
    previous = score;
  }
  assert.ok(scaledScore(35 / 50, 750) < 750);
  assert.ok(scaledScore(37 / 50, 750) >= 750);
});

test('nonsense input is clamped, never NaN', () => {
  assert.equal(scaledScore(Number.NaN, 700), 100);
  assert.equal(scaledScore(2, 700), 1000);
  assert.equal(scaledScore(-1, 700), 100);
});

test('proportionForScaled inverts scaledScore', () => {
  for (const p of [0, 0.3, 0.72, 0.8, 1]) {
    assert.ok(Math.abs(proportionForScaled(scaledScore(p, 720), 720) - p) < 0.01);
  }
});
