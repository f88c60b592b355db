import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadBank } from '../../../../src/core/bank/loadBank';
import { ageText, daysBetween, staleQuestions } from '../../../../src/core/bank/staleness';
import { MINI_BANK_ROOT } from '../../helpers/miniBank';

const now = new Date('2026-11-25T12:00:00Z');

function bankWithDates(dates: Record<string, string>): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'ek-stale-')), 'mini-bank');
  cpSync(MINI_BANK_ROOT, root, { recursive: true });
  for (const [relative, date] of Object.entries(dates)) {
    const file = path.join(root, 'questions', relative);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^updated: .*$/m, `updated: ${date}`));
  }
  return root;
}

test('stale questions come from the validator\'s warnings, oldest first, with the updated line and age', async () => {
  const root = bankWithDates({ 'd1/mini-1-1-elasticity.md': '2024-01-10', 'd2/mini-2-1-advanced.md': '2022-06-01', 'd1/mini-1-2-two-answers.md': '2026-01-01' });
  const bank = await loadBank(root, { now, staleAfterMonths: 18 });
  const stale = staleQuestions(bank, now);
  assert.deepEqual(stale.map((s) => s.question.id), ['mini-2-1-advanced', 'mini-1-1-elasticity']);
  const text = readFileSync(stale[0].question.file, 'utf8').split('\n');
  assert.equal(text[stale[0].line - 1], 'updated: 2022-06-01');
  assert.equal(stale[0].ageDays, daysBetween('2022-06-01', now));
  assert.equal(ageText(stale[0].ageDays), '4 years 5 months');

  const off = await loadBank(root, { now, staleAfterMonths: 0 });
  assert.deepEqual(staleQuestions(off, now), [], 'staleAfterMonths 0 turns the warning, and the list, off');
});

test('ages read naturally', () => {
  assert.equal(ageText(0), '0 days');
  assert.equal(ageText(1), '1 day');
  assert.equal(ageText(40), '1 month');
  assert.equal(ageText(365), '1 year');
  assert.equal(ageText(800), '2 years 2 months');
  assert.equal(daysBetween('2026-11-20', now), 5);
  assert.equal(daysBetween('not a date', now), 0);
});
