import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadBankIndex } from '../../../../src/core/bank/loadBank';
import { lintBankFileText } from '../../../../src/core/bank/lintText';
import { MINI_BANK_ROOT } from '../../helpers/miniBank';
import { lineOf, questionText, VALID_FRONT_MATTER } from '../../helpers/questionText';

const now = new Date('2026-11-25T00:00:00Z');
const NEW_FILE = path.join(MINI_BANK_ROOT, 'questions', 'd1', 'mini-1-1-sample.md');

test('unsaved question text is linted with the bank\'s blueprint', async () => {
  const index = await loadBankIndex(MINI_BANK_ROOT, { now });
  assert.deepEqual(lintBankFileText(index, NEW_FILE, questionText()), []);
  const text = questionText({ frontMatter: VALID_FRONT_MATTER.replace('task: "1.1"', 'task: "2.1"') });
  const issues = lintBankFileText(index, NEW_FILE, text);
  assert.deepEqual(issues.map((i) => [i.code, i.line]), [['task-domain-mismatch', lineOf(text, 'task:')]]);
});

test('an id used by another file of the bank is an error at the id line; the file itself is not its own twin', async () => {
  const index = await loadBankIndex(MINI_BANK_ROOT, { now });
  const text = questionText({ frontMatter: VALID_FRONT_MATTER.replace('id: mini-1-1-sample', 'id: mini-1-1-elasticity') });
  const issues = lintBankFileText(index, NEW_FILE, text);
  const duplicate = issues.find((i) => i.code === 'id-duplicate');
  assert.ok(duplicate);
  assert.equal(duplicate.line, lineOf(text, 'id:'));
  assert.match(duplicate.message, /mini-1-1-elasticity\.md/);

  const own = path.join(MINI_BANK_ROOT, 'questions', 'd1', 'mini-1-1-elasticity.md');
  assert.deepEqual(lintBankFileText(index, own, readFileSync(own, 'utf8')), []);
});

test('bank.md text is linted as a blueprint', async () => {
  const index = await loadBankIndex(MINI_BANK_ROOT, { now });
  const bankText = readFileSync(index.bankFile, 'utf8');
  assert.deepEqual(lintBankFileText(index, index.bankFile, bankText), []);
  const broken = bankText.replace('minutes: 20', 'minutes: soon');
  const issues = lintBankFileText(index, index.bankFile, broken);
  assert.deepEqual(issues.map((i) => [i.code, i.line]), [['bank-field-invalid', lineOf(broken, 'minutes:')]]);
});
