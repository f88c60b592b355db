import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isChartsToHost, isHostToKiosk, isKioskToHost, isSidebarToHost } from '../../../src/protocol/messageChecks';

test('the kiosk may send exactly its messages and actions', () => {
  const good = [
    { type: 'ready' },
    { type: 'action', seq: 1, action: { type: 'select', option: 2, index: 4 } },
    { type: 'action', seq: 2, action: { type: 'set-comment', text: 'typo in the stem', index: 0 } },
    { type: 'action', seq: 3, action: { type: 'next' } },
    { type: 'action', seq: 4, action: { type: 'go-to', index: 12 } },
    { type: 'open-link', url: 'https://docs.aws.amazon.com/' },
    { type: 'retake', which: 'flagged' },
    { type: 'new-exam' },
  ];
  for (const message of good) assert.equal(isKioskToHost(message), true, JSON.stringify(message));
  const bad = [
    null, 'ready', [], { type: 'unknown' },
    { type: 'ready', extra: 1 },
    { type: 'action', seq: 0, action: { type: 'next' } },
    { type: 'action', seq: 1.5, action: { type: 'next' } },
    // The host's own clock actions and anything else the engine knows are not sendable from a page.
    { type: 'action', seq: 1, action: { type: 'tick' } },
    { type: 'action', seq: 1, action: { type: 'suspend' } },
    { type: 'action', seq: 1, action: { type: 'select', option: -1 } },
    { type: 'action', seq: 1, action: { type: 'select', option: '2' } },
    { type: 'action', seq: 1, action: { type: 'select' } },
    { type: 'action', seq: 1, action: { type: 'set-comment', text: 'x'.repeat(20_001) } },
    { type: 'action', seq: 1, action: { type: 'next', index: 3 } },
    { type: 'retake', which: 'all' },
    { type: 'open-link', url: 42 },
  ];
  for (const message of bad) assert.equal(isKioskToHost(message), false, JSON.stringify(message));
});

test('the sidebar may only answer its one question, and the charts only choose and open', () => {
  assert.equal(isSidebarToHost({ type: 'action', seq: 1, action: { type: 'reveal' } }), true);
  assert.equal(isSidebarToHost({ type: 'return-to-exam', examId: 'abc' }), true);
  assert.equal(isSidebarToHost({ type: 'action', seq: 1, action: { type: 'submit' } }), false);
  assert.equal(isSidebarToHost({ type: 'action', seq: 1, action: { type: 'toggle-flag' } }), false);
  assert.equal(isChartsToHost({ type: 'open-exam', examId: 'x' }), true);
  assert.equal(isChartsToHost({ type: 'action', seq: 1, action: { type: 'next' } }), false);
});

test('a page only accepts the host messages it knows', () => {
  assert.equal(isHostToKiosk({ type: 'show-report' }), true);
  assert.equal(isHostToKiosk({ type: 'settings', settings: { singleKeyShortcuts: false } }), true);
  assert.equal(isHostToKiosk({ type: 'something-else' }), false);
  assert.equal(isHostToKiosk(undefined), false);
});
