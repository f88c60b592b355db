import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate, localDay } from '../../../../src/core/progress/examDates';
import type { ExamOutcome } from '../../../../src/core/progress/outcomes';
import { passPrediction } from '../../../../src/core/progress/passPrediction';
import { dayText, planSentence, planText, workText } from '../../../../src/core/progress/planText';
import { retrievability } from '../../../../src/core/progress/scheduler';
import { buildState } from '../../../../src/core/progress/state';
import {
  EXAM_DAY_RECALL, FINAL_RETENTION, LAST_MOCK_DAYS_BEFORE, retentionFor, studyPlan, type StudyPlanInput,
} from '../../../../src/core/progress/studyPlan';
import { answer, bankQuestions, DAY, HOUR, INFO, T0 } from './fixtures';

/** 10 questions per task: 80 in all. */
const questions = bankQuestions(10);
/** 2025-03-03 is a Monday; "now" is 10:00 that day. */
const NOW = T0 + 10 * HOUR;
const TODAY = isoDate(localDay(NOW));
const inDays = (n: number): string => isoDate(localDay(NOW) + n);

/**
 * A learner who met the first 4 questions of every task except 4.1 over the last two weeks, answering 3 in 4
 * right, and answered each of those again a week later.
 */
function learner() {
  const records = questions
    .filter((q) => q.task !== '4.1' && Number(q.id.split('-')[1]) < 4)
    .flatMap((q, i) => [answer(q, i % 4 !== 0, NOW - 14 * DAY + (i % 5) * HOUR), answer(q, i % 3 !== 0, NOW - 7 * DAY + (i % 5) * HOUR)]);
  return buildState(records).banks.get(INFO.id);
}

function plan(examDate: string | undefined, extra: Partial<StudyPlanInput> = {}) {
  return studyPlan({ info: INFO, questions, bank: learner(), examDate, now: NOW, ...extra });
}

test('an exam tomorrow: no mock, everything new that fits today, reviews so that recall is fresh tomorrow', () => {
  const p = plan(inDays(1));
  assert.equal(p.phase, 'ahead');
  assert.equal(p.daysLeft, 1);
  assert.equal(p.retention, FINAL_RETENTION);
  assert.deepEqual(p.mocks, []);
  assert.equal(p.mockToday, false);
  assert.equal(p.unseen, 80 - 7 * 4);
  // 52 unseen, one day: more than the 50 a day the plan asks for at most.
  assert.equal(p.newToday, 50);
  assert.equal(p.bankFits, false);
  assert.ok(p.finalReviews > 0, 'the last reviews before the exam are all today');
  assert.equal(p.reviews, p.reviewQuestions.length);
  assert.equal(planText(p), `1 day to CLF-C02 · ${p.reviews} reviews, 50 new today`);
  assert.match(planSentence(p), /more than 50 a day would be needed/);
  assert.ok(Math.abs(p.projection.horizonDays - 23 / 24) < 1e-9, 'projected to 09:00 tomorrow');
});

test('an exam months away: an even pace that meets the whole bank before the date, task statements never practised first', () => {
  const p = plan(inDays(90));
  assert.equal(p.daysLeft, 90);
  assert.equal(p.retention, 0.9);
  // 52 unseen over 87 days (the last 3 are for reviews): one a day.
  assert.equal(p.newPerDay, 1);
  assert.equal(p.newToday, 1);
  assert.ok(p.bankFits);
  assert.deepEqual(p.unpractisedTasks, ['4.1']);
  assert.deepEqual(p.newByTask, [{ task: '4.1', count: 1 }]);
  assert.equal(p.newQuestions.length, 1);
  assert.match(p.newQuestions[0], /^q4\.1-/);
  assert.ok(p.bankSeenBy! < p.examDate!, `${p.bankSeenBy} before ${p.examDate}`);
  assert.equal(p.finalReviews, 0, 'no sweep months ahead');
  // Mocks: the last three days before, weekly for four weeks before that, then fortnightly, none before today.
  const last = p.mocks[p.mocks.length - 1];
  assert.equal(last, inDays(90 - LAST_MOCK_DAYS_BEFORE));
  assert.equal(p.mocks[p.mocks.length - 2], inDays(90 - LAST_MOCK_DAYS_BEFORE - 7));
  assert.ok(p.mocks.every((d) => d >= TODAY && d < p.examDate!));
  const gaps = p.mocks.slice(1).map((d, i) => localDayOf(d) - localDayOf(p.mocks[i]));
  assert.ok(gaps.every((g) => g === 7 || g === 14), gaps.join(','));
  assert.ok(p.projection.proportion > passPrediction(INFO, learner(), NOW).proportion, 'the projection counts on learning to come');
  assert.equal(planText(p), `90 days to CLF-C02 · ${workText(p)}`);
  assert.match(planSentence(p), /^90 days to CLF-C02 \(Sun 1 Jun\)\. Today: \d+ reviews?, 1 new question\. Task statements not practised yet: 4\.1\./);
  assert.match(planSentence(p), /Full mock exams: [A-Z][a-z]{2} \d+ [A-Z][a-z]{2}, [^,]+, [^,]+, and \d+ more to the last on Thu 29 May\./);
});

test('with more new questions a day the work is spread over every task in proportion to what it has unseen', () => {
  const p = plan(inDays(6));
  // 52 unseen over 5 days.
  assert.equal(p.newPerDay, 11);
  assert.equal(p.newByTask.reduce((sum, t) => sum + t.count, 0), 11);
  assert.ok((p.newByTask.find((t) => t.task === '4.1')?.count ?? 0) >= 1);
  assert.equal(new Set(p.newQuestions).size, 11);
  for (const { task, count } of p.newByTask) assert.equal(p.newQuestions.filter((id) => id.startsWith(`q${task}-`)).length, count);
  assert.deepEqual(plan(inDays(6), { now: NOW + 5 * HOUR }).newQuestions, p.newQuestions, 'the same all day');
  assert.ok(p.retention > 0.9 && p.retention <= FINAL_RETENTION);
});

test('the week before the exam brings forward the reviews whose recall would fade by the day', () => {
  // Questions learned well (right three times, the last six days ago): their next review falls after an exam
  // four days away, when their recall would be under 97%.
  const solid = questions.filter((q) => q.task === '3.1').slice(0, 8);
  const records = solid.flatMap((q) => [answer(q, true, NOW - 12 * DAY), answer(q, true, NOW - 9 * DAY), answer(q, true, NOW - 6 * DAY)]);
  const bank = buildState(records).banks.get(INFO.id);
  const examStart = (localDay(NOW) + 4) * DAY;
  for (const q of solid) {
    const card = bank!.questions.get(q.id)!.card;
    assert.ok(card.due > examStart && retrievability(card, examStart) < EXAM_DAY_RECALL, `fixture: ${q.id}`);
  }
  const p = studyPlan({ info: INFO, questions, bank, examDate: inDays(4), now: NOW });
  assert.equal(p.finalReviews, Math.ceil(solid.length / 4));
  assert.equal(p.reviews, p.finalReviews);
  assert.ok(p.reviewQuestions.every((id) => solid.some((q) => q.id === id)));
  // The day before the exam, whatever is left of them is due.
  const dayBefore = studyPlan({ info: INFO, questions, bank, examDate: inDays(4), now: NOW + 3 * DAY });
  assert.equal(dayBefore.finalReviews, solid.length);
  // A month ahead, or with no date, they wait for their usual schedule.
  assert.equal(studyPlan({ info: INFO, questions, bank, examDate: inDays(30), now: NOW }).finalReviews, 0);
  assert.equal(studyPlan({ info: INFO, questions, bank, examDate: undefined, now: NOW }).reviews, 0);
});

test('the day of the exam: nothing new, no mock, the text wishes luck', () => {
  const p = plan(TODAY);
  assert.equal(p.phase, 'exam-day');
  assert.equal(p.daysLeft, 0);
  assert.equal(p.newToday, 0);
  assert.deepEqual(p.newQuestions, []);
  assert.deepEqual(p.mocks, []);
  assert.equal(planText(p), 'CLF-C02 exam today · good luck');
  assert.match(planSentence(p), /^CLF-C02 exam today\. Nothing new today/);
  assert.equal(p.projection.horizonDays, 0);
});

test('a date in the past: the usual plan, and a nudge to set the next date', () => {
  const p = plan(inDays(-3));
  assert.equal(p.phase, 'past');
  assert.equal(p.daysLeft, -3);
  assert.equal(p.retention, 0.9);
  assert.equal(p.newToday, 20);
  assert.deepEqual(p.mocks, []);
  assert.equal(planText(p), `CLF-C02 exam date passed · ${p.reviews} reviews, 20 new today`);
  assert.match(planSentence(p), /^The CLF-C02 exam date \(Fri 28 Feb\) has passed\. Set your next date/);
  assert.match(planSentence(p), /Readiness today: /);
  assert.equal(p.reviews, plan(undefined).reviews);
});

test('no date: FSRS\'s usual reviews, a steady pace of new questions, and a hint to set a date', () => {
  const p = plan(undefined);
  assert.equal(p.phase, 'no-date');
  assert.equal(p.examDate, undefined);
  assert.equal(p.daysLeft, undefined);
  assert.equal(p.newPerDay, 20);
  assert.equal(p.newToday, 20);
  assert.deepEqual(p.mocks, []);
  assert.equal(planText(p), `CLF-C02 · ${p.reviews} reviews, 20 new today · no exam date`);
  assert.match(planSentence(p), /^No exam date set for CLF-C02\. Set one to plan towards it\./);
  assert.equal(p.projection.horizonDays, 0);
});

test('new questions answered today count towards today\'s target, and a finished day says so', () => {
  const bank = learner()!;
  const fresh = questions.filter((q) => bank.questions.get(q.id) === undefined).slice(0, 20);
  const records = questions
    .filter((q) => q.task !== '4.1' && Number(q.id.split('-')[1]) < 4)
    .flatMap((q, i) => [answer(q, i % 4 !== 0, NOW - 14 * DAY + (i % 5) * HOUR), answer(q, i % 3 !== 0, NOW - 7 * DAY + (i % 5) * HOUR)]);
  const today = buildState([...records, ...fresh.map((q) => answer(q, true, NOW - HOUR))]).banks.get(INFO.id);
  const p = studyPlan({ info: INFO, questions, bank: today, examDate: undefined, now: NOW });
  assert.equal(p.newDoneToday, 20);
  assert.equal(p.newToday, 0);
  assert.equal(workText({ reviews: 0, newToday: 0 }), 'done for today');
  assert.equal(workText({ reviews: 1, newToday: 0 }), '1 review today');
});

test('a mock taken two days ago moves the next suggestion to the third day; a mock day says so', () => {
  const mock: ExamOutcome = { examId: 'm1', bankId: INFO.id, finishedAt: NOW - 2 * DAY, scaled: 650, passed: false, percent: 66, perDomain: { '1': { correct: 43, total: 65 } } };
  const p = plan(inDays(10), { mocks: [mock] });
  assert.equal(p.mocks[0], inDays(1));
  assert.equal(p.mockToday, false);
  const q = plan(inDays(10));
  assert.equal(q.mocks[0], TODAY);
  assert.equal(q.mocks[1], inDays(7));
  assert.equal(q.mockToday, true);
  assert.match(planText(q), / · full mock today$/);
  assert.ok(q.projection.mocks === 0 && p.projection.mocks === 1);
});

test('days follow the learner\'s calendar, and retention rises over the last four weeks', () => {
  // 23:30 UTC on the 3rd is the 4th in Sydney: one day less to go.
  const late = T0 + 23.5 * HOUR;
  const utc = studyPlan({ info: INFO, questions, bank: undefined, examDate: inDays(10), now: late });
  const sydney = studyPlan({ info: INFO, questions, bank: undefined, examDate: inDays(10), now: late, options: { utcOffsetMinutes: 11 * 60 } });
  assert.equal(utc.daysLeft, 10);
  assert.equal(sydney.daysLeft, 9);
  assert.equal(retentionFor(60), 0.9);
  assert.equal(retentionFor(28), 0.9);
  assert.ok(retentionFor(20) > 0.9 && retentionFor(20) < retentionFor(10));
  assert.equal(retentionFor(7), FINAL_RETENTION);
  assert.equal(dayText('2026-12-16'), 'Wed 16 Dec 2026');
  assert.equal(dayText('2026-12-16', '2026'), 'Wed 16 Dec');
  // Nothing answered yet: every task is unpractised, and new questions start with them.
  assert.equal(utc.unpractisedTasks.length, 8);
  assert.equal(utc.reviews, 0);
  assert.match(planText(utc), /^10 days to CLF-C02 · 12 new today · full mock today$/);
});

function localDayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}
