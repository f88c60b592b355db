import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeLedger, emptyLedger, encodeLedger, isRecorded, LEDGER_FILE, ledgerOutcomes, readLedger, withImported, withoutExam, withRecorded, writeLedger,
} from '../../../../src/core/progress/examLedger';
import type { ExamOutcome } from '../../../../src/core/progress/outcomes';
import { T0 } from './fixtures';

function outcome(examId: string, finishedAt: number, scaled = 720): ExamOutcome {
  return { examId, bankId: 'clf-c02', finishedAt, scaled, passed: scaled >= 700, percent: 70, perDomain: { '1': { correct: 7, total: 10 } } };
}

test('recorded exams, their outcomes and imported outcomes survive encoding', () => {
  let ledger = withRecorded(emptyLedger(), 'exam-b', T0, 65, outcome('exam-b', T0 - 10));
  ledger = withRecorded(ledger, 'exam-practice', T0 + 1, 10);
  ledger = withImported(ledger, [outcome('exam-a', T0 - 1000, 650), outcome('exam-b', 0, 100)]);
  const decoded = decodeLedger(encodeLedger(ledger));
  assert.ok('kind' in decoded && decoded.kind === 'ok');
  assert.deepEqual(decoded.ledger, ledger);
  assert.equal(decoded.skipped, 0);
  assert.ok(isRecorded(ledger, 'exam-b'));
  assert.ok(isRecorded(ledger, 'exam-practice'));
  assert.ok(!isRecorded(ledger, 'exam-a'), 'an imported outcome is not a recording');
  assert.deepEqual(ledgerOutcomes(ledger).map((o) => [o.examId, o.scaled]), [['exam-a', 650], ['exam-b', 720]], 'oldest first; the import did not replace exam-b');
});

test('deleting an exam drops its outcome but keeps the mark that its answers are recorded', () => {
  let ledger = withRecorded(emptyLedger(), 'exam-b', T0, 65, outcome('exam-b', T0));
  ledger = withImported(ledger, [outcome('exam-a', T0)]);
  ledger = withoutExam(withoutExam(ledger, 'exam-b'), 'exam-a');
  assert.deepEqual(ledgerOutcomes(ledger), []);
  assert.ok(isRecorded(ledger, 'exam-b'));
  assert.equal(ledger.entries.has('exam-a'), false);
  assert.equal(withoutExam(ledger, 'nothing'), ledger);
});

test('damaged entries are skipped and counted; a newer version is recognised; garbage is an error', () => {
  const text = JSON.stringify({ format: 'exam-kiosk-exam-ledger', version: 1, exams: [
    { examId: 'ok', recordedAt: 5 }, { examId: '' }, 'nope', { examId: 'bad-outcome', recordedAt: 1, outcome: { examId: 'x' } }, { examId: 'no-data' },
  ] });
  const decoded = decodeLedger(text);
  assert.ok('kind' in decoded && decoded.kind === 'ok');
  assert.deepEqual([...decoded.ledger.entries.keys()], ['ok']);
  assert.equal(decoded.skipped, 4);
  assert.deepEqual(decodeLedger(JSON.stringify({ format: 'exam-kiosk-exam-ledger', version: 9, exams: [] })), { kind: 'future', version: 9 });
  assert.ok('error' in decodeLedger('{'));
  assert.ok('error' in decodeLedger('{"format":"other","version":1,"exams":[]}'));
});

test('the file: missing is empty, damaged falls back to the backup, a newer version is refused and left alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-ledger-'));
  const file = join(dir, LEDGER_FILE);
  const missing = await readLedger(file);
  assert.equal(missing.kind, 'ok');
  const first = withRecorded(emptyLedger(), 'exam-1', T0, 3);
  await writeLedger(file, first);
  await writeLedger(file, withRecorded(first, 'exam-2', T0, 4));
  writeFileSync(file, '{"format":"exam-kiosk-exam-ledger","vers');
  const recovered = await readLedger(file);
  assert.equal(recovered.kind, 'ok');
  if (recovered.kind !== 'ok') return;
  assert.deepEqual([...recovered.ledger.entries.keys()], ['exam-1']);
  assert.match(recovered.notes[0], /backup was used/);
  assert.ok(readdirSync(dir).some((name) => name.includes('.corrupt-')), 'the damaged file is set aside, not overwritten');

  const future = '{"format":"exam-kiosk-exam-ledger","version":2,"exams":[]}';
  writeFileSync(file, future);
  const refused = await readLedger(file);
  assert.equal(refused.kind, 'refused');
});
