import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { descendantsOf, spawnGroup } from '../../e2e/support/processGroup';
import { waitFor } from '../../e2e/support/waitFor';

/** A zombie has ended already; it only waits for its parent to reap it. */
function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

test('stop() ends the whole group, including a descendant that moved to its own session', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'process-group-test-'));
  try {
    // One child stays in the group; one calls setsid like a terminal's shell does, leaving the group.
    const group = spawnGroup('sh', ['-c', 'sleep 300 & setsid sleep 300 & wait'], { logFile: path.join(dir, 'log') });
    const family = await waitFor(() => {
      const pids = descendantsOf(group.pid);
      return pids.length >= 2 ? pids : undefined;
    }, { message: 'both sleeps to start' });
    assert.ok(group.isRunning());

    await group.stop();

    assert.equal(group.isRunning(), false);
    for (const pid of [group.pid, ...family]) assert.equal(isAlive(pid), false, `process ${pid} survived stop()`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('output goes to the log file and the exit code is reported', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'process-group-test-'));
  try {
    const log = path.join(dir, 'log');
    const group = spawnGroup('sh', ['-c', 'echo out; echo err >&2; exit 3'], { logFile: log });
    assert.equal(await group.exited, 3);
    assert.equal(fs.readFileSync(log, 'utf8'), 'out\nerr\n');
    await group.stop();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
