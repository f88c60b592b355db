import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readiness } from '../../../../src/core/progress/readiness';
import { buildState } from '../../../../src/core/progress/state';
import { certificationProgress } from '../../../../src/core/progress/views';
import { answer, bankQuestions, DAY, INFO, question, T0 } from './fixtures';

test('the certification view counts answered and due questions of the bank as it is now', () => {
  const questions = bankQuestions(2);
  const [a, b, c] = questions;
  const gone = question('removed', '1.1');
  const records = [
    answer(a, false, T0), // due after a day
    answer(b, true, T0), // due after a few days
    answer(c, true, T0, { hash: 'old' }), // changed since
    answer(gone, true, T0),
  ];
  const now = T0 + 1.5 * DAY;
  const view = certificationProgress(INFO, questions, buildState(records), now);
  assert.equal(view.answeredQuestions, 3);
  assert.equal(view.dueCount, 2);
  assert.equal(view.questionCount, questions.length);
  assert.equal(view.totalAnswers, 4);
  assert.equal(view.rightAnswers, 3);
  assert.equal(view.lastAnsweredAt, T0);
  assert.ok(view.nextDueAt !== undefined && view.nextDueAt > now);
  assert.deepEqual(view.domains.map((d) => d.id), ['1', '2', '3', '4']);
  assert.deepEqual(view.domains[1].tasks.map((t) => t.id), ['2.1', '2.2', '2.3']);
  assert.equal(view.domains[0].mastery.answers, 4);
  assert.deepEqual(view.readiness, readiness(INFO, buildState(records).banks.get(INFO.id), now));
  const empty = certificationProgress(INFO, questions, buildState([]), now);
  assert.equal(empty.lastAnsweredAt, undefined);
  assert.equal(empty.dueCount, 0);
});
