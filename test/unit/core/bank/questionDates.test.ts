import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isoDateTime } from '../../../../src/core/bank/questionFields';

/** The rule as first written: the text is a date when it survives a round trip through `Date`. */
function roundTrip(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  return match && date && date.toISOString().slice(0, 10) === text ? date.getTime() : undefined;
}

test('isoDateTime accepts exactly the dates that survive a round trip through Date', () => {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
  fc.assert(fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (text) => {
    assert.equal(isoDateTime(text), roundTrip(text), text);
  }), { numRuns: 20_000 });
  for (const text of ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '0099-12-31', '0100-01-01', '2026-11-25', '2026-1-25', '２０２６-11-25']) {
    assert.equal(isoDateTime(text), roundTrip(text), text);
  }
});
