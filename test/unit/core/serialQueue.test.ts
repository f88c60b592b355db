import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SerialQueue } from '../../../src/core/serialQueue';

test('tasks run one at a time in the order queued, and a failure stays with its own task', async () => {
  const queue = new SerialQueue();
  const events: string[] = [];
  const slow = (name: string, ms: number) => () => new Promise<string>((resolve) => {
    events.push(`start ${name}`);
    setTimeout(() => { events.push(`end ${name}`); resolve(name); }, ms);
  });
  const a = queue.run(slow('a', 20));
  const b = queue.run(() => { events.push('b'); throw new Error('b failed'); });
  const c = queue.run(slow('c', 1));
  assert.equal(await a, 'a');
  await assert.rejects(b, /b failed/);
  assert.equal(await c, 'c');
  assert.deepEqual(events, ['start a', 'end a', 'b', 'start c', 'end c']);
  await queue.idle();
});
