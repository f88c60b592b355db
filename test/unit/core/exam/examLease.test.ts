import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ExamLeases, isStale, LEASE_STALE_MS } from '../../../../src/core/exam/examLease';

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
