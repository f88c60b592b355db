/// <reference types="mocha" />
/**
 * The exam session's failed save, in the extension host that runs it: the exam folder becomes unwritable
 * mid-exam, the candidate acts, the folder comes back, the candidate acts again. Nothing acknowledged is lost,
 * the failure comes back as an issue (the kiosk shows it; test/e2e/hostRobustness.e2e.ts checks the page), the
 * failed action is neither applied nor acknowledged, and nothing is left unhandled.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { addTestBank, examKiosk, waitUntil, watchUnhandledRejections, type TestBank } from '../support/examKiosk';
import { replaceFolderWithFile } from '../support/unwritable';

describe('exam session', () => {
  let bank: TestBank;

  before(async () => {
    const { repository } = await examKiosk();
    bank = await addTestBank();
    await waitUntil(async () => (await repository.bank(bank.bankId))?.bank.info, 'the test bank');
  });

  after(async () => {
    await bank?.dispose();
  });

  it('a save that fails is reported, not applied and not acknowledged; the next action saves everything', async () => {
    const { exams } = await examKiosk();
    const started = await exams.start({ bankId: bank.bankId, config: { kind: 'custom', count: 3, minutes: 20 } });
    assert.ok('session' in started, 'error' in started ? started.error : '');
    const { session } = started;
    const unhandled = watchUnhandledRejections();
    try {
      const answered = await session.dispatch({ type: 'select', option: 0 }, 1);
      assert.equal(answered.ack, 1);
      assert.deepEqual(answered.issues, []);

      const folder = replaceFolderWithFile(exams.store.dir);
      let failed;
      try {
        failed = await session.dispatch({ type: 'toggle-flag' }, 2);
      } finally {
        folder.restore();
      }
      assert.equal(failed.ack, 1, 'the failed action is not acknowledged');
      assert.equal(failed.state.items[0].flagged, false, 'the state is what is on disk, not what failed');
      assert.equal(session.state.items[0].flagged, false);
      const saveFailed = failed.issues.find((issue) => issue.code === 'save-failed');
      assert.ok(saveFailed, JSON.stringify(failed.issues));
      assert.equal(saveFailed.severity, 'error');
      assert.match(saveFailed.message, /^Not saved: .+ — your last saved answer is kept\. Your next action tries again\.$/);

      const retried = await session.dispatch({ type: 'toggle-flag' }, 3);
      assert.equal(retried.ack, 3);
      assert.equal(retried.state.items[0].flagged, true);
      assert.deepEqual(retried.issues.map((issue) => issue.code), ['saved-again']);

      const disk = await exams.store.load(session.id, Date.now(), { write: false });
      assert.equal(disk.kind, 'ok');
      if (disk.kind === 'ok') {
        assert.deepEqual(disk.state.items[0].selected, session.state.items[0].selected, 'the answer acknowledged before the failure is on disk');
        assert.equal(disk.state.items[0].selected.length, 1);
        assert.equal(disk.state.items[0].flagged, true, 'the retried action is on disk');
      }
      await session.dispatch({ type: 'submit' }, 4);
      await new Promise((resolve) => setTimeout(resolve, 200)); // rejections are reported after the microtasks ran
      assert.deepEqual(unhandled.seen, [], 'nothing unhandled');
    } finally {
      unhandled.stop();
    }
    assert.equal(path.basename(exams.store.dir), 'exams');
  });
});
