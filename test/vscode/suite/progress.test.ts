/// <reference types="mocha" />
/**
 * Recording progress in the extension host: an answer is recorded, read back from the state every view shows
 * and found in the answer log on disk; a write that fails (the progress folder unwritable) returns false, is
 * reported as an I/O issue and changes nothing, and the next answer is recorded again.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProgressIssue } from '../../../src/core/progress/issues';
import type { Question } from '../../../src/core/bank/model';
import { addTestBank, examKiosk, waitUntil, watchUnhandledRejections, type TestBank } from '../support/examKiosk';
import { replaceFolderWithFile } from '../support/unwritable';

describe('progress', () => {
  let bank: TestBank;
  let question: Question;

  before(async () => {
    const { repository } = await examKiosk();
    bank = await addTestBank();
    const loaded = await waitUntil(async () => (await repository.bank(bank.bankId))?.bank.questions[0] && (await repository.bank(bank.bankId)), 'the test bank');
    question = loaded.bank.questions[0];
  });

  after(async () => {
    await bank?.dispose();
  });

  const answersTo = async (questionId: string): Promise<number> => {
    const { progress } = await examKiosk();
    return (await progress.state()).banks.get(bank.bankId)?.questions.get(questionId)?.attempts ?? 0;
  };

  it('an answer is recorded, read back, and in the answer log on disk', async () => {
    const { progress } = await examKiosk();
    const before = await answersTo(question.id);
    const answeredAt = Date.now();
    assert.equal(await progress.record(question, { correct: true, timeMs: 4_200, answeredAt, mode: 'quiz' }), true);
    assert.equal(await answersTo(question.id), before + 1);
    const log = fs.readFileSync(path.join(progress.dir, 'answers.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const written = log.find((r) => r.questionId === question.id && r.answeredAt === answeredAt);
    assert.ok(written, 'the answer is in answers.jsonl');
    assert.equal(written.correct, true);
    assert.equal(written.mode, 'quiz');
    assert.equal(written.bankId, bank.bankId);
  });

  it('a failed write is reported and changes nothing; the next answer is recorded', async () => {
    const { progress } = await examKiosk();
    const reported: { context: string; issues: readonly ProgressIssue[] }[] = [];
    const report = progress.reporter.report.bind(progress.reporter);
    progress.reporter.report = (context, issues) => {
      reported.push({ context, issues });
      report(context, issues);
    };
    const unhandled = watchUnhandledRejections();
    try {
      const before = await answersTo(question.id);
      const folder = replaceFolderWithFile(progress.dir);
      let stored: boolean;
      try {
        stored = await progress.record(question, { correct: false, timeMs: 1_000, answeredAt: Date.now(), mode: 'quiz' });
      } finally {
        folder.restore();
      }
      assert.equal(stored, false, 'record() says the answer was not stored');
      const failure = reported.find((r) => r.context === 'record' && r.issues.some((i) => i.code === 'io-error'));
      assert.ok(failure, `an io-error was reported: ${JSON.stringify(reported)}`);
      assert.equal(await answersTo(question.id), before, 'the failed answer is not counted');

      assert.equal(await progress.record(question, { correct: true, timeMs: 1_000, answeredAt: Date.now(), mode: 'quiz' }), true);
      assert.equal(await answersTo(question.id), before + 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(unhandled.seen, [], 'nothing unhandled');
    } finally {
      unhandled.stop();
      progress.reporter.report = report;
    }
  });
});
