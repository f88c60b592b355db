import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../../src/core/random';
import { DEFAULT_WEIGHTS, defaultScheduler, reviewCard, reviewStatus, toFsrsCard, type ReviewCard } from '../../../../src/core/progress/scheduler';
import { buildState } from '../../../../src/core/progress/state';
import { answer, DAY, question, T0 } from './fixtures';

const { createEmptyCard, Rating } = require('ts-fsrs') as typeof import('ts-fsrs', { with: { 'resolution-mode': 'import' } });

test('replaying reviews gives exactly the cards of ts-fsrs\'s own scheduler', () => {
  const random = seededRandom(7);
  for (let history = 0; history < 200; history++) {
    let at = T0 + Math.floor(random() * 1000) * 60_000;
    let theirs = createEmptyCard(new Date(at));
    let mine: ReviewCard | undefined;
    const length = 1 + Math.floor(random() * 25);
    for (let i = 0; i < length; i++) {
      at += Math.floor(random() * 40 * DAY * random());
      const correct = random() < 0.7;
      theirs = defaultScheduler().next(theirs, new Date(at), correct ? Rating.Good : Rating.Again).card;
      mine = reviewCard(mine, 'h', at, correct);
      assert.ok(Math.abs(mine.stability - theirs.stability) < 1e-9, `stability, history ${history} review ${i}`);
      assert.ok(Math.abs(mine.difficulty - theirs.difficulty) < 1e-9, `difficulty, history ${history} review ${i}`);
      assert.equal(mine.due, theirs.due.getTime());
      assert.equal(mine.scheduledDays, theirs.scheduled_days);
      assert.equal(mine.reps, theirs.reps);
      assert.equal(mine.lapses, theirs.lapses);
    }
  }
});

test('a wrong answer comes back the next day, a right one later, and longer after each success', () => {
  const wrong = reviewCard(undefined, 'h', T0, false);
  const right = reviewCard(undefined, 'h', T0, true);
  assert.equal(wrong.scheduledDays, 1);
  assert.ok(right.scheduledDays > wrong.scheduledDays);
  const again = reviewCard(right, 'h', right.due, true);
  assert.ok(again.scheduledDays > right.scheduledDays);
  const lapse = reviewCard(again, 'h', again.due, false);
  assert.equal(lapse.lapses, 1);
  assert.ok(lapse.scheduledDays < again.scheduledDays);
  assert.equal(toFsrsCard(lapse).due.getTime(), lapse.due);
});

test('a question is due exactly when its review time has come', () => {
  const card = reviewCard(undefined, 'h', T0, true);
  assert.equal(reviewStatus(card, 'h', card.due - 1).kind, 'scheduled');
  assert.equal(reviewStatus(card, 'h', card.due).kind, 'due');
  assert.equal(reviewStatus(undefined, 'h', card.due).kind, 'new');
});

test('a changed question restarts its schedule but keeps its answer history', () => {
  const q = question('q', '1.1', { hash: 'v1' });
  const history = [answer(q, true, T0), answer(q, true, T0 + 5 * DAY), answer(q, true, T0 + 20 * DAY)];
  const before = buildState(history).banks.get('clf-c02')?.questions.get('q');
  assert.equal(before?.card.reps, 3);
  assert.equal(reviewStatus(before?.card, 'v2', T0 + 21 * DAY).kind, 'changed');
  const after = buildState([...history, answer(q, false, T0 + 22 * DAY, { hash: 'v2' })]).banks.get('clf-c02')?.questions.get('q');
  assert.equal(after?.card.reps, 1, 'fresh schedule');
  assert.equal(after?.card.lapses, 0);
  assert.equal(after?.card.contentHash, 'v2');
  assert.equal(after?.attempts, 4, 'history kept');
  assert.equal(after?.right, 3);
});

test('the default weights written out are ts-fsrs\'s own', () => {
  assert.deepEqual([...DEFAULT_WEIGHTS], [...require('ts-fsrs').default_w]);
});
