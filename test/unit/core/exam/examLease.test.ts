import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { ExamLeases, isStale, LEASE_STALE_MS, thisProcess, type ProcessProbe } from '../../../../src/core/exam/examLease';

test('one window at a time: the second is refused until the first is gone or the candidate takes the exam over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-lease-'));
  try {
    const leases = new ExamLeases(dir);
    const t = 1_000_000;
    assert.deepEqual(await leases.acquire('e1', 'window-a', t), { ok: true });
    assert.deepEqual(await leases.acquire('e1', 'window-a', t + 1000), { ok: true }, 'the owner may take it again');
    const refused = await leases.acquire('e1', 'window-b', t + 2000);
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.holder.owner, 'window-a');
    assert.equal(await leases.heldByOther('e1', 'window-b'), true);
    assert.equal(await leases.heldByOther('e1', 'window-a'), false);

    // The owner renews; a window that comes back after its lease went stale finds it taken.
    assert.equal(await leases.renew('e1', 'window-a', t + 5000), true);
    assert.deepEqual(await leases.acquire('e1', 'window-b', t + 5000 + LEASE_STALE_MS + 1), { ok: true }, 'a stale lease is free');
    assert.equal(await leases.renew('e1', 'window-a', t + 30_000), false, 'the old owner learns it lost the exam');

    // The candidate takes it back by force; the other window then holds nothing.
    assert.deepEqual(await leases.acquire('e1', 'window-a', t + 31_000, true), { ok: true });
    assert.equal(await leases.heldByOther('e1', 'window-b'), true);
    await leases.release('e1', 'window-b');
    assert.equal((await leases.read('e1'))?.owner, 'window-a', 'a window that does not hold it cannot release it');
    await leases.release('e1', 'window-a');
    assert.equal(await leases.read('e1'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged or unreadable lease belongs to nobody, and a lease from the future is stale', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-lease-'));
  try {
    writeFileSync(join(dir, 'e2.lease'), '{"owner": 42');
    const leases = new ExamLeases(dir);
    assert.equal(await leases.read('e2'), undefined);
    assert.equal(await leases.heldByOther('e2', 'window-a'), false);
    assert.equal(await new ExamLeases(join(dir, 'missing-folder')).heldByOther('e3', 'window-a'), false);
    assert.equal(isStale({ owner: 'x', renewedAt: 10 * LEASE_STALE_MS }, 0), true, 'a clock that went back');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lease held by a process of this machine that has ended is free at once; one from another machine waits to go stale', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-lease-'));
  try {
    const running = new Set([100, 200, 300]);
    const probe = (host: string, pid: number): ProcessProbe => ({ host, pid, alive: (p) => running.has(p) });
    const a = new ExamLeases(dir, probe('laptop', 100));
    const b = new ExamLeases(dir, probe('laptop', 200));
    const t = 1_000_000;
    assert.deepEqual(await a.acquire('e1', 'window-a', t), { ok: true });
    assert.deepEqual(await a.read('e1'), { owner: 'window-a', renewedAt: t, host: 'laptop', pid: 100 });
    assert.equal((await b.acquire('e1', 'window-b', t + 1000)).ok, false, 'the owner still runs');
    running.delete(100);
    assert.deepEqual(await b.acquire('e1', 'window-b', t + 2000), { ok: true }, 'its process ended: no need to wait for staleness');

    const elsewhere = new ExamLeases(dir, probe('server', 300));
    assert.deepEqual(await elsewhere.acquire('e2', 'window-c', t), { ok: true });
    running.delete(300);
    assert.equal((await b.acquire('e2', 'window-b', t + 1000)).ok, false, 'a process id means nothing on another machine');
    assert.deepEqual(await b.acquire('e2', 'window-b', t + 2000 + LEASE_STALE_MS), { ok: true });

    // Leases written before machine and process were kept wait for staleness, as before.
    writeFileSync(join(dir, 'e3.lease'), JSON.stringify({ owner: 'old-window', renewedAt: t }));
    assert.equal((await b.acquire('e3', 'window-b', t + 1000)).ok, false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('this machine\'s probe tells a running process from one that has ended', async () => {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await once(child, 'spawn');
  const pid = child.pid!;
  assert.equal(thisProcess.alive(process.pid), true);
  assert.equal(thisProcess.alive(pid), true);
  child.kill('SIGKILL');
  await once(child, 'exit');
  assert.equal(thisProcess.alive(pid), false);
});
