import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allocate, largestRemainder } from '../../../../src/core/exam/apportion';

test('largest remainder splits 65 questions over the CLF-C02 weights to a total of exactly 65', () => {
  // Quotas 15.6 / 19.5 / 22.1 / 7.8: floors give 63, the two largest remainders (.8 and .6) get one more each.
  assert.deepEqual(largestRemainder(65, [24, 30, 34, 12]), [16, 19, 22, 8]);
});

test('largest remainder breaks ties towards the larger weight, then the earlier entry', () => {
  assert.deepEqual(largestRemainder(1, [1, 1]), [1, 0]);
  assert.deepEqual(largestRemainder(1, [1, 3, 3, 1]), [0, 1, 0, 0]);
});

test('largest remainder ignores zero, negative and non-finite weights', () => {
  assert.deepEqual(largestRemainder(5, [0, -2, Number.NaN, 1]), [0, 0, 0, 5]);
  assert.deepEqual(largestRemainder(5, [0, 0]), [0, 0]);
});

test('largest remainder: every count is within one of its quota and the counts add up', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 500 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 10 }), (total, weights) => {
      const counts = largestRemainder(total, weights);
      const sum = weights.reduce((a, b) => a + b, 0);
      assert.equal(counts.reduce((a, b) => a + b, 0), total);
      counts.forEach((c, i) => assert.ok(Math.abs(c - (total * weights[i]) / sum) < 1));
    }),
  );
});

test('allocate moves what a small bucket cannot hold to the others, in proportion to their weights', () => {
  // Bucket 0 wants 50 of 100 but holds 10; the other 40 go 3:1 to the remaining buckets.
  assert.deepEqual(allocate(100, [{ weight: 50, capacity: 10 }, { weight: 37.5, capacity: 100 }, { weight: 12.5, capacity: 100 }]), [10, 68, 22]);
});

test('allocate uses zero-weight buckets only when the weighted ones are full', () => {
  assert.deepEqual(allocate(3, [{ weight: 1, capacity: 5 }, { weight: 0, capacity: 5 }]), [3, 0]);
  assert.deepEqual(allocate(8, [{ weight: 1, capacity: 5 }, { weight: 0, capacity: 5 }]), [5, 3]);
});

test('allocate never exceeds a capacity and places min(total, capacity) in all', () => {
  const bucket = fc.record({ weight: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 100, noNaN: true })), capacity: fc.integer({ min: 0, max: 40 }) });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 200 }), fc.array(bucket, { minLength: 1, maxLength: 8 }), (total, buckets) => {
      const counts = allocate(total, buckets);
      const capacity = buckets.reduce((a, b) => a + b.capacity, 0);
      assert.equal(counts.reduce((a, b) => a + b, 0), Math.min(total, capacity));
      counts.forEach((c, i) => assert.ok(c >= 0 && c <= buckets[i].capacity));
    }),
  );
});
