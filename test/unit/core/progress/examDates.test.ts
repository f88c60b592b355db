import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeExamDates, emptyExamDates, encodeExamDates, EXAM_DATES_FILE, examDateOf, examDateRows, examDatesFromRows, isIsoDate,
  isoDate, isoDay, localDay, mergeExamDates, sameExamDates, withExamDate, type ExamDates,
} from '../../../../src/core/progress/examDates';
import { buildState } from '../../../../src/core/progress/state';
import { ProgressStore } from '../../../../src/core/progress/store';
import { buildSyncSummary, emptySync, mergeSync, publishNeeded, syncedExamDates } from '../../../../src/core/progress/sync';
import { decodeSync, encodeSync } from '../../../../src/core/progress/syncCodec';
import { exportProgress, parseImport } from '../../../../src/core/progress/transfer';
import { answer, bankQuestions, DAY, HOUR, T0 } from './fixtures';

function dates(...entries: [string, string | null, number][]): ExamDates {
  return new Map(entries.map(([bank, date, setAt]) => [bank, { date, setAt }]));
}

test('dates are real calendar days, and days are counted on the learner\'s calendar', () => {
  assert.ok(isIsoDate('2026-12-20'));
  assert.ok(isIsoDate('2028-02-29'));
  for (const bad of ['2026-02-30', '2026-13-01', '26-12-20', '2026-12-20T10:00', '', 20261220, null]) assert.ok(!isIsoDate(bad), String(bad));
  assert.equal(isoDate(isoDay('2026-12-20')!), '2026-12-20');
  // 23:30 UTC on the 3rd is already the 4th in Sydney (+11 h) and still the 3rd in New York (−5 h).
  const late = T0 + 23.5 * HOUR;
  assert.equal(isoDate(localDay(late)), '2025-03-03');
  assert.equal(isoDate(localDay(late, 11 * 60)), '2025-03-04');
  assert.equal(isoDate(localDay(late, -5 * 60)), '2025-03-03');
});

test('setting a date validates it; clearing is an entry that beats the older date', () => {
  const set = withExamDate(emptyExamDates(), 'clf-c02', '2026-12-20', 1000);
  assert.equal(set.error, undefined);
  assert.equal(examDateOf(set.dates, 'clf-c02'), '2026-12-20');
  const bad = withExamDate(set.dates, 'clf-c02', '20 December', 2000);
  assert.match(bad.error ?? '', /Not a date/);
  assert.equal(bad.dates, set.dates);
  const cleared = withExamDate(set.dates, 'clf-c02', null, 3000);
  assert.equal(examDateOf(cleared.dates, 'clf-c02'), undefined);
  assert.equal(examDateOf(mergeExamDates(set.dates, cleared.dates), 'clf-c02'), undefined);
  // A clock set back still makes the new entry win over the one it replaces.
  const setBack = withExamDate(set.dates, 'clf-c02', '2027-01-10', 10);
  assert.equal(examDateOf(mergeExamDates(set.dates, setBack.dates), 'clf-c02'), '2027-01-10');
});

test('merging dates is a join: commutative, associative, idempotent', () => {
  const a = dates(['clf-c02', '2026-12-20', 100], ['ans-c01', '2027-03-01', 50]);
  const b = dates(['clf-c02', '2026-12-24', 200]);
  const c = dates(['ans-c01', null, 60], ['clf-c02', '2026-12-01', 200]);
  const same = (x: ExamDates, y: ExamDates) => assert.ok(sameExamDates(x, y), `${JSON.stringify(examDateRows(x))} vs ${JSON.stringify(examDateRows(y))}`);
  same(mergeExamDates(a, b), mergeExamDates(b, a));
  same(mergeExamDates(mergeExamDates(a, b), c), mergeExamDates(a, mergeExamDates(b, c)));
  same(mergeExamDates(a, a), a);
  const all = mergeExamDates(mergeExamDates(a, b), c);
  assert.equal(examDateOf(all, 'clf-c02'), '2026-12-24'); // same setAt: the later date wins the tie
  assert.equal(examDateOf(all, 'ans-c01'), undefined);
});

test('rows round-trip, damaged rows are dropped and counted, and no rows is no dates', () => {
  const a = dates(['clf-c02', '2026-12-20', 100], ['ans-c01', null, 50]);
  const back = examDatesFromRows(JSON.parse(JSON.stringify(examDateRows(a))));
  assert.equal(back.invalid, 0);
  assert.ok(sameExamDates(back.dates, a));
  const damaged = examDatesFromRows({ 'clf-c02': ['2026-02-30', 1], x: 'nope', y: ['2026-01-01'], ok: ['2026-01-01', 5] });
  assert.equal(damaged.invalid, 3);
  assert.deepEqual([...damaged.dates.keys()], ['ok']);
  assert.deepEqual(examDatesFromRows(undefined), { dates: new Map(), invalid: 0 });
  const file = decodeExamDates(encodeExamDates(a));
  assert.ok(!('error' in file) && file.kind === 'ok' && sameExamDates(file.dates, a));
  assert.deepEqual(decodeExamDates('{"format":"exam-kiosk-exam-dates","version":9,"dates":{}}'), { kind: 'future', version: 9 });
  assert.ok('error' in decodeExamDates('{ not json'));
});

test('dates travel in the synced summary; a summary from before exam dates still decodes', () => {
  const state = buildState([answer(bankQuestions(1)[0], true, T0)]);
  const mine = dates(['clf-c02', '2026-12-20', T0]);
  const published = buildSyncSummary(state, 'laptop', T0 + DAY, emptySync(), mine);
  const decoded = decodeSync(encodeSync(published));
  assert.deepEqual(decoded.issues, []);
  assert.ok(sameExamDates(syncedExamDates(decoded.value), mine));
  // The other machine publishes without knowing the date: the date travels on.
  const other = buildSyncSummary(buildState([]), 'desktop', T0 + 2 * DAY, decoded.value);
  assert.equal(examDateOf(syncedExamDates(other), 'clf-c02'), '2026-12-20');
  assert.ok(sameExamDates(syncedExamDates(mergeSync(other, published, T0 + 2 * DAY)), mine));
  // An old summary has no `dates` at all.
  const old = { format: 'exam-kiosk-progress-sync', version: 1, machines: {}, cards: {} };
  const fromOld = decodeSync(encodeSync(old as never));
  assert.deepEqual(fromOld.issues, []);
  assert.equal(syncedExamDates(fromOld.value).size, 0);
  // A damaged date is dropped with an issue; the rest still merges.
  const damaged = decodeSync({ ...old, dates: { 'clf-c02': ['soon', 5], 'ans-c01': ['2027-01-01', 5] } });
  assert.equal(damaged.issues.length, 1);
  assert.equal(examDateOf(syncedExamDates(damaged.value), 'ans-c01'), '2027-01-01');
});

test('a new date is worth publishing even when no answer is new', () => {
  const state = buildState([answer(bankQuestions(1)[0], true, T0)]);
  const summary = buildSyncSummary(state, 'laptop', T0);
  assert.equal(publishNeeded(summary, 'laptop', state), false);
  const set = dates(['clf-c02', '2026-12-20', T0 + HOUR]);
  assert.equal(publishNeeded(summary, 'laptop', state, set), true);
  const after = buildSyncSummary(state, 'laptop', T0 + HOUR, summary, set);
  assert.equal(publishNeeded(after, 'laptop', state, set), false);
  // An older local date than the synced one is nothing new.
  assert.equal(publishNeeded(after, 'laptop', state, dates(['clf-c02', '2026-11-01', T0])), false);
  assert.equal(publishNeeded(emptySync(), 'laptop', state), true);
});

test('dates go into the export and come back on import; an export from before exam dates imports without them', () => {
  const q = bankQuestions(1)[0];
  const mine = dates(['clf-c02', '2026-12-20', T0]);
  const text = exportProgress([answer(q, true, T0, { id: 'r-1' })], [], T0, mine);
  const report = parseImport(text, new Set(), new Set());
  assert.equal(report.refused, undefined);
  assert.ok(sameExamDates(report.examDates, mine));
  const old = exportProgress([answer(q, true, T0, { id: 'r-2' })], [], T0);
  assert.ok(!old.includes('examDates'));
  const fromOld = parseImport(old, new Set(), new Set());
  assert.equal(fromOld.records.length, 1);
  assert.equal(fromOld.examDates.size, 0);
  assert.deepEqual(fromOld.skipped, []);
});

test('the store keeps dates beside the log, across a restart, an import and a reset', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-dates-'));
  const clock = { now: T0 };
  const open = async () => {
    const opened = await ProgressStore.open(dir, { now: () => clock.now, durable: false });
    assert.equal(opened.kind, 'ok');
    if (opened.kind !== 'ok') throw new Error('refused');
    return opened.store;
  };
  const store = await open();
  const set = await store.setExamDate('clf-c02', '2025-04-01');
  assert.deepEqual(set.issues, []);
  const refused = await store.setExamDate('clf-c02', '2025-04-31');
  assert.equal(refused.issues[0].code, 'invalid-exam-date');
  assert.equal(examDateOf(store.examDates, 'clf-c02'), '2025-04-01');
  clock.now += HOUR;
  const other = dates(['ans-c01', '2025-06-01', clock.now]);
  await store.mergeExamDates(other);
  const reopened = await open();
  assert.equal(examDateOf(reopened.examDates, 'clf-c02'), '2025-04-01');
  assert.equal(examDateOf(reopened.examDates, 'ans-c01'), '2025-06-01');
  // An import carrying a later date wins; one carrying an older date does not.
  const later = exportProgress([], [], clock.now, dates(['clf-c02', '2025-04-15', clock.now + HOUR], ['ans-c01', '2025-01-01', 1]));
  const imported = await reopened.importJson(later, new Set());
  assert.deepEqual(imported.issues, []);
  assert.equal(examDateOf(reopened.examDates, 'clf-c02'), '2025-04-15');
  assert.equal(examDateOf(reopened.examDates, 'ans-c01'), '2025-06-01');
  const exported = await reopened.exportJson([]);
  assert.ok(sameExamDates(parseImport(exported.value, new Set(), new Set()).examDates, reopened.examDates));
  await reopened.reset();
  assert.equal(examDateOf((await open()).examDates, 'clf-c02'), '2025-04-15');
});

test('a damaged dates file is recovered from its backup; one from a newer version is left alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-dates-'));
  const open = async () => {
    const opened = await ProgressStore.open(dir, { now: () => T0, durable: false });
    if (opened.kind !== 'ok') throw new Error('refused');
    return opened;
  };
  const { store } = await open();
  await store.setExamDate('clf-c02', '2025-04-01');
  await store.setExamDate('clf-c02', '2025-04-02'); // the first version is now the backup
  writeFileSync(join(dir, EXAM_DATES_FILE), '{"format":"exam-kiosk-exam-da');
  const recovered = await open();
  assert.equal(examDateOf(recovered.store.examDates, 'clf-c02'), '2025-04-01');
  assert.ok(recovered.issues.some((i) => i.code === 'exam-dates-recovered'));
  const future = '{"format":"exam-kiosk-exam-dates","version":7,"dates":{}}\n';
  writeFileSync(join(dir, EXAM_DATES_FILE), future);
  const newer = await open();
  assert.ok(newer.issues.some((i) => i.code === 'future-version'));
  const attempt = await newer.store.setExamDate('clf-c02', '2025-05-01');
  assert.equal(attempt.issues[0].code, 'future-version');
  assert.equal(readFileSync(join(dir, EXAM_DATES_FILE), 'utf8'), future);
});
