import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findBankRoots, loadBank, loadBankIndex } from '../../../../src/core/bank/loadBank';
import { MINI_BANK_ROOT } from '../../helpers/miniBank';
import { questionText } from '../../helpers/questionText';

function copyOfMiniBank(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-bank-'));
  const root = path.join(dir, 'mini-bank');
  cpSync(MINI_BANK_ROOT, root, { recursive: true });
  return root;
}

const now = new Date('2026-11-25T00:00:00Z');

test('the mini bank loads with its blueprint and every question', async () => {
  const bank = await loadBank(MINI_BANK_ROOT, { now });
  assert.deepEqual(bank.issues, []);
  assert.equal(bank.info?.exam, 'MINI-C01');
  assert.equal(bank.info?.id, 'mini-bank');
  assert.deepEqual(bank.info?.domains.map((d) => d.weight), [60, 40]);
  assert.deepEqual(bank.questions.map((q) => q.id).sort(), ['mini-1-1-elasticity', 'mini-1-2-two-answers', 'mini-2-1-advanced']);
});

test('a malformed file is reported with its path and line and the rest still loads', async () => {
  const root = copyOfMiniBank();
  const broken = path.join(root, 'questions', 'd1', 'mini-1-1-broken.md');
  writeFileSync(broken, questionText({ frontMatter: 'id: mini-1-1-broken\ndomain: "1"\ntask: "1.1"\ntags: [x]\nreferences: [https://docs.aws.amazon.com/]\nupdated: 2026-11-01', options: '- [ ] a1\n- [ ] b1\n- [ ] c1\n- [ ] d1' }));
  writeFileSync(path.join(root, 'questions', 'd1', 'binary.md'), Buffer.from([0, 1, 2, 3, 0, 255]));
  const bank = await loadBank(root, { now });
  assert.equal(bank.questions.length, 3);
  const issue = bank.issues.find((i) => i.code === 'correct-none');
  assert.ok(issue);
  assert.equal(issue.file, broken);
  assert.equal(issue.line, readFileSync(broken, 'utf8').split('\n').indexOf('- [ ] a1') + 1);
  assert.ok(bank.issues.some((i) => i.code === 'not-text' && i.file.endsWith('binary.md')));
});

test('a duplicate id is an error on the second file and the first question is kept', async () => {
  const root = copyOfMiniBank();
  const original = path.join(root, 'questions', 'd1', 'mini-1-1-elasticity.md');
  const copy = path.join(root, 'questions', 'd2', 'mini-1-1-elasticity.md');
  writeFileSync(copy, readFileSync(original));
  const bank = await loadBank(root, { now });
  const dupes = bank.issues.filter((i) => i.code === 'id-duplicate');
  assert.equal(dupes.length, 1);
  assert.equal(dupes[0].file, copy);
  assert.equal(bank.questions.filter((q) => q.id === 'mini-1-1-elasticity').length, 1);
});

test('a broken bank.md is reported and questions still load without blueprint checks', async () => {
  const root = copyOfMiniBank();
  writeFileSync(path.join(root, 'bank.md'), '---\nexam: X\n---\n');
  const bank = await loadBank(root, { now });
  assert.equal(bank.info, undefined);
  assert.ok(bank.issues.some((i) => i.file.endsWith('bank.md') && i.code === 'bank-field-missing'));
  assert.equal(bank.questions.length, 3);
});

test('weights that do not add up to 100 are reported', async () => {
  const root = copyOfMiniBank();
  const file = path.join(root, 'bank.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('weight: 40', 'weight: 30'));
  const bank = await loadBank(root, { now });
  assert.ok(bank.issues.some((i) => i.code === 'bank-weights-sum' && /90/.test(i.message)));
});

test('an index updates one file at a time', async () => {
  const root = copyOfMiniBank();
  const index = await loadBankIndex(root, { now });
  const file = path.join(root, 'questions', 'd2', 'mini-2-1-advanced.md');
  const result = index.setQuestionText(file, readFileSync(file, 'utf8').replace('- [x] Advanced', '- [ ] Advanced'));
  assert.equal(result.question, undefined);
  assert.equal(index.bank().questions.length, 2);
  index.removeQuestion(file);
  assert.equal(index.bank().issues.length, 0);
});

test('bank roots are found below a folder and above a question file', async () => {
  const root = copyOfMiniBank();
  assert.deepEqual(await findBankRoots([path.dirname(root)]), [root]);
  assert.deepEqual(await findBankRoots([path.join(root, 'questions', 'd1', 'mini-1-1-elasticity.md')]), [root]);
});
