import assert from 'node:assert/strict';
import { test } from 'node:test';
import { examDateSummary, parseExamDate } from '../../../../src/core/progress/examDateInput';

const TODAY = '2026-12-04'; // a Friday

test('the ways people write a day all read as the same YYYY-MM-DD', () => {
  for (const text of ['2027-01-15', '2027/1/15', '15 Jan 2027', '15 January 2027', 'Jan 15 2027', 'January 15, 2027', 'jan 15th 2027', '  15  jan  2027 ']) {
    assert.deepEqual(parseExamDate(text, TODAY), { date: '2027-01-15' }, text);
  }
});

test('a day without a year is the next one on or after today', () => {
  assert.deepEqual(parseExamDate('20 Dec', TODAY), { date: '2026-12-20' });
  assert.deepEqual(parseExamDate('4 Dec', TODAY), { date: '2026-12-04' });
  assert.deepEqual(parseExamDate('3 Dec', TODAY), { date: '2027-12-03' });
  assert.deepEqual(parseExamDate('Feb 29', TODAY), { date: '2028-02-29' }, '2027 has no 29 February');
});

test('relative days: today, tomorrow, in N days, weeks or months', () => {
  assert.deepEqual(parseExamDate('today', TODAY), { date: '2026-12-04' });
  assert.deepEqual(parseExamDate('Tomorrow', TODAY), { date: '2026-12-05' });
  assert.deepEqual(parseExamDate('in 10 days', TODAY), { date: '2026-12-14' });
  assert.deepEqual(parseExamDate('in 6 weeks', TODAY), { date: '2027-01-15' });
  assert.deepEqual(parseExamDate('3w', TODAY), { date: '2026-12-25' });
  assert.deepEqual(parseExamDate('in 2 months', TODAY), { date: '2027-02-04' });
  assert.deepEqual(parseExamDate('in 3 months', '2026-11-30'), { date: '2027-02-28' }, 'the month\'s last day when it is shorter');
});

test('past days, days too far ahead, impossible days and words that are not days are refused with a reason', () => {
  assert.match((parseExamDate('2026-12-03', TODAY) as { error: string }).error, /^Thu 3 Dec 2026 has passed/);
  assert.match((parseExamDate('2207-01-15', TODAY) as { error: string }).error, /more than three years away/);
  for (const text of ['2027-02-30', '31 Apr 2027', 'next friday', '', 'soon', '15 Jun 20270', 'Ju 4']) {
    assert.ok('error' in parseExamDate(text, TODAY), text);
  }
});

test('the summary reads the day back with how far it is', () => {
  assert.equal(examDateSummary('2027-01-15', TODAY), 'Fri 15 Jan 2027 · in 42 days');
  assert.equal(examDateSummary('2026-12-05', TODAY), 'Sat 5 Dec 2026 · tomorrow');
  assert.equal(examDateSummary('2026-12-04', TODAY), 'Fri 4 Dec 2026 · today');
  assert.equal(examDateSummary('2026-12-01', TODAY), 'Tue 1 Dec 2026 · 3 days ago');
});
