/**
 * Splitting a number of questions over domains or tasks by weight, the way seats are apportioned: whole
 * numbers that add up exactly, each as close to its share as possible.
 */

/**
 * Splits `total` into whole numbers proportional to `weights` by the largest-remainder (Hamilton) method.
 * Ties in the remainder go to the larger weight, then to the earlier entry, so the result is deterministic.
 * All weights zero (or none positive) gives all zeros.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const n = Math.max(0, Math.floor(total));
  if (sum === 0 || n === 0) return clean.map(() => 0);
  const quotas = clean.map((w) => (n * w) / sum);
  const counts = quotas.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .filter(({ i }) => clean[i] > 0)
    .sort((a, b) => b.rest - a.rest || clean[b.i] - clean[a.i] || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    counts[i]++;
    left--;
  }
  return counts;
}

/** A share to fill: its weight and how many items it can hold at most. */
export interface Bucket {
  readonly weight: number;
  readonly capacity: number;
}

/**
 * Splits `total` over `buckets` by weight without exceeding any bucket's capacity. What a full bucket cannot
 * take goes to the others in proportion to their weights; buckets of weight zero are used only when the
 * weighted ones are full, in proportion to their room. The counts add up to `min(total, capacity of all)`.
 */
export function allocate(total: number, buckets: readonly Bucket[]): number[] {
  const capacity = buckets.map((b) => Math.max(0, Math.floor(b.capacity)));
  const counts = buckets.map(() => 0);
  let remaining = Math.min(Math.max(0, Math.floor(total)), capacity.reduce((a, b) => a + b, 0));
  while (remaining > 0) {
    const room = capacity.map((c, i) => c - counts[i]);
    let weights = buckets.map((b, i) => (room[i] > 0 && b.weight > 0 ? b.weight : 0));
    if (weights.every((w) => !(w > 0))) weights = room;
    const shares = largestRemainder(remaining, weights);
    // Each round either places everything or fills at least one bucket, so the loop ends.
    for (let i = 0; i < shares.length; i++) {
      const add = Math.min(shares[i], room[i]);
      counts[i] += add;
      remaining -= add;
    }
  }
  return counts;
}
