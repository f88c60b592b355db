import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnswerRecord, decodeRecord, encodeRecord, newRecordId, sortedByTime } from '../../../../src/core/progress/records';
import { answer, question, T0 } from './fixtures';

test('a record takes bank, domain, task, hash and classification from the question', () => {
  const q = question('q1', '2.3', { hash: 'abc', classification: 'guess' });
  const record = createAnswerRecord(q, { correct: true, timeMs: 12_345.6, answeredAt: T0, mode: 'exam', examId: 'e7' });
  assert.equal(record.bankId, 'clf-c02');
  assert.equal(record.domain, '2');
  assert.equal(record.task, '2.3');
  assert.equal(record.contentHash, 'abc');
  assert.equal(record.guessed, true);
  assert.equal(record.examId, 'e7');
  assert.equal(record.timeMs, 12_346);
  assert.match(record.id, /^[0-9a-z]+-[0-9a-f]{12}$/);
  assert.notEqual(newRecordId(T0), newRecordId(T0));
});

test('records round-trip through their line encoding', () => {
  const plain = answer(question('q1', '1.1'), false, T0);
  const guessed = { ...answer(question('q2', '1.1', { classification: 'guess' }), true, T0), examId: 'e1' };
  for (const record of [plain, guessed]) assert.deepEqual(decodeRecord(JSON.parse(encodeRecord(record))), record);
  assert.ok(!encodeRecord(plain).includes('guessed'), 'defaults are left out');
});

test('invalid records say what is wrong; unknown extra fields are ignored', () => {
  const good = JSON.parse(encodeRecord(answer(question('q1', '1.1'), true, T0)));
  assert.deepEqual(decodeRecord({ ...good, mode: 'cram' }), { error: '"mode" must be one of exam, practice, quiz, sidebar' });
  assert.deepEqual(decodeRecord({ ...good, answeredAt: 'yesterday' }), { error: '"answeredAt" must be epoch milliseconds' });
  assert.deepEqual(decodeRecord({ ...good, questionId: '' }), { error: '"questionId" must be a non-empty string' });
  assert.deepEqual(decodeRecord([good]), { error: 'not an object' });
  assert.deepEqual(decodeRecord({ ...good, addedLater: 1 }), decodeRecord(good));
});

test('records are put in answering order only when they are not already', () => {
  const q = question('q1', '1.1');
  const ordered = [answer(q, true, T0), answer(q, true, T0 + 1)];
  assert.equal(sortedByTime(ordered), ordered);
  assert.deepEqual(sortedByTime([ordered[1], ordered[0]]), ordered);
});
