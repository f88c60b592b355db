import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sample, seededRandom, shuffled } from '../../../src/core/random';

test('the same seed gives the same sequence, another seed another one', () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  const c = seededRandom(43);
  const seqA = [a(), a(), a()];
  assert.deepEqual(seqA, [b(), b(), b()]);
  assert.notDeepEqual(seqA, [c(), c(), c()]);
  for (const x of seqA) assert.ok(x >= 0 && x < 1);
});

test('shuffled keeps every item once and leaves the input alone', () => {
  const input = Array.from({ length: 50 }, (_, i) => i);
  const out = shuffled(input, seededRandom(7));
  assert.deepEqual([...out].sort((x, y) => x - y), input);
  assert.notDeepEqual(out, input);
  assert.equal(input[0], 0);
});

test('sample draws distinct items and never more than exist', () => {
  const picked = sample(['a', 'b', 'c', 'd'], 3, seededRandom(1));
  assert.equal(new Set(picked).size, 3);
  assert.equal(sample(['a'], 5, seededRandom(1)).length, 1);
});
