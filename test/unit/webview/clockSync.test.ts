import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorClock, passedWarnings, remainingAt, untilNextSecond } from '../../../src/webview/kiosk/clockSync';

test('the clock counts down to the deadline from the host clock, whatever the page clock says', () => {
  // The page's clock is 5 s behind the host's and starts at an arbitrary origin (performance.now()).
  const anchor = anchorClock({ deadline: 1_000_000 + 90 * 60_000, hostNow: 1_000_000, running: true }, 12_345);
  assert.equal(remainingAt(anchor, 12_345), 90 * 60_000);
  assert.equal(remainingAt(anchor, 12_345 + 15_000), 90 * 60_000 - 15_000, '15 s later, 15 s less');
  // A redraw that doesn't come from the host uses the same anchor: nothing jumps back.
  assert.equal(remainingAt(anchor, 12_345 + 15_000), remainingAt(anchor, 12_345 + 15_000));
  assert.equal(remainingAt(anchor, 12_345 + 100 * 60_000), 0, 'never negative');
});

test('a stopped or untimed clock', () => {
  assert.equal(remainingAt(anchorClock({ deadline: null, hostNow: 5, running: true }, 0), 1000), null);
  const stopped = anchorClock({ deadline: 60_000, hostNow: 10_000, running: false }, 0);
  assert.equal(remainingAt(stopped, 30_000), 50_000);
});

test('redraws land just after the shown second changes', () => {
  assert.equal(untilNextSecond(5_250), 255);
  assert.equal(untilNextSecond(5_000), 1_005);
  assert.equal(untilNextSecond(999), 1_004);
});

test('warnings already passed when the page opens are not announced again', () => {
  assert.deepEqual(passedWarnings(60 * 60_000), []);
  assert.deepEqual(passedWarnings(20 * 60_000), [30]);
  assert.deepEqual(passedWarnings(2 * 60_000), [30, 5]);
});
