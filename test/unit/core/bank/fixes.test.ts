import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadBankIndex } from '../../../../src/core/bank/loadBank';
import { lintBankFileText } from '../../../../src/core/bank/lintText';
import { parseQuestion } from '../../../../src/core/bank/parseQuestion';
import { quickFixesFor, type FixContext, type QuickFix } from '../../../../src/core/bank/fixes';
import { applyEdits } from '../../../../src/core/bank/textEdits';
import type { BankIssue } from '../../../../src/core/bank/model';
import { questionText, VALID_FRONT_MATTER } from '../../helpers/questionText';
import { MINI_BANK_ROOT, miniContext } from '../../helpers/miniBank';

const FILE = '/bank/questions/d1/mini-1-1-sample.md';
const CONTEXT: FixContext = { file: FILE, bankId: 'mini-bank', takenIds: ['mini-1-1-elasticity', 'mini-1-2-two-answers'], today: '2026-11-20' };

function issuesOf(text: string, file = FILE): BankIssue[] {
  return parseQuestion(text, file, miniContext()).issues;
}

/** The one issue with `code` in `text`, so the test starts from a file that really has it. */
function issue(text: string, code: string, file = FILE): BankIssue {
  const found = issuesOf(text, file).filter((i) => i.code === code);
  assert.equal(found.length, 1, `expected one ${code} in:\n${text}\ngot ${JSON.stringify(issuesOf(text, file), null, 1)}`);
  return found[0];
}

/** Applies `fix` and checks the result no longer has the issue it fixes; returns the new text. */
function applyAndCheck(text: string, fix: QuickFix, file = FILE): string {
  const fixed = applyEdits(text, fix.edits);
  const codes = issuesOf(fixed, fix.renameTo ?? file).map((i) => i.code);
  assert.ok(!codes.includes(fix.code), `"${fix.title}" left ${fix.code}:\n${fixed}`);
  return fixed;
}

function fixesFor(text: string, code: string, context: FixContext = CONTEXT): QuickFix[] {
  const found = issue(text, code, context.file);
  return quickFixesFor({ code, line: found.line }, text, context);
}

const MR_OPTIONS = '- [x] Deploy across Availability Zones\n- [ ] Use one bigger instance\n- [x] Automate recovery\n- [ ] Turn off monitoring\n- [ ] Keep backups on the same volume';

test('select-count-missing: "(Select TWO.)" is added at the end of the stem and the file validates', () => {
  const text = questionText({ stem: 'Which practices improve\nreliability?', options: MR_OPTIONS });
  const [fix] = fixesFor(text, 'select-count-missing');
  assert.equal(fix.title, 'Add "(Select TWO.)" to the stem');
  const fixed = applyAndCheck(text, fix);
  assert.match(fixed, /reliability\? \(Select TWO\.\)\n\n- \[x\] Deploy/);
  assert.deepEqual(issuesOf(fixed), []);
});

test('select-count-missing after a code block puts the phrase in its own paragraph', () => {
  const text = questionText({ stem: 'Which statements about this policy are true?\n\n```json\n{ "Effect": "Allow" }\n```', options: MR_OPTIONS });
  const fixed = applyAndCheck(text, fixesFor(text, 'select-count-missing')[0]);
  assert.match(fixed, /```\n\n\(Select TWO\.\)\n\n- \[x\]/);
});

test('select-count-mismatch: the number is corrected in the author\'s style', () => {
  for (const [written, expected] of [['(Select THREE.)', '(Select TWO.)'], ['(choose 3)', '(choose 2)'], ['(Select three.)', '(Select two.)']]) {
    const text = questionText({ stem: `Which practices improve reliability? ${written}`, options: MR_OPTIONS });
    const fixed = applyAndCheck(text, fixesFor(text, 'select-count-mismatch')[0]);
    assert.ok(fixed.includes(`reliability? ${expected}`), fixed);
  }
});

test('id-missing: the file name becomes the id when it is free, else a generated unique id is offered', () => {
  const noId = VALID_FRONT_MATTER.replace(/^id: .*\n/, '');
  const text = questionText({ frontMatter: noId });
  const fixes = fixesFor(text, 'id-missing');
  assert.equal(fixes[0].title, 'Set the id to "mini-1-1-sample" (the file name)');
  assert.equal(fixes[0].preferred, true);
  assert.deepEqual(issuesOf(applyAndCheck(text, fixes[0])), []);
  const generated = applyAndCheck(text, fixes[1]);
  assert.match(generated, /^---\nid: mini-1-1-storage-service-keeps-objects\ndomain:/);

  const taken = { ...CONTEXT, file: '/bank/questions/d1/mini-1-1-elasticity.md' };
  const emptyId = questionText({ frontMatter: VALID_FRONT_MATTER.replace(/^id: .*$/m, 'id:') });
  const onlyGenerated = fixesFor(emptyId, 'id-missing', taken);
  assert.equal(onlyGenerated.length, 1);
  assert.equal(onlyGenerated[0].preferred, true);
  assert.match(applyAndCheck(emptyId, onlyGenerated[0], taken.file), /^---\nid: mini-1-1-storage-service-keeps-objects\n/);
});

test('id-file-name: rename the file to the id, or set the id to the file name', () => {
  const file = '/bank/questions/d1/mini-1-1-old-name.md';
  const context = { ...CONTEXT, file };
  const text = questionText();
  const [rename, setId] = fixesFor(text, 'id-file-name', context);
  assert.equal(rename.renameTo, '/bank/questions/d1/mini-1-1-sample.md');
  assert.deepEqual(rename.edits, []);
  applyAndCheck(text, rename, file);
  const fixed = applyAndCheck(text, setId, file);
  assert.match(fixed, /^---\nid: mini-1-1-old-name\n/);
});

test('explanation-missing: a skeleton names the right answer and each distractor, and only placeholders remain', () => {
  const text = questionText({ explanation: '' });
  const [fix] = fixesFor(text, 'explanation-missing');
  const fixed = applyAndCheck(text, fix);
  assert.match(fixed, /- \[ \] AWS IAM\n\n## Explanation\n\n\*\*Amazon S3\*\* is right: TODO: why\.\n\n- \*\*Amazon EC2\*\*: TODO/);
  assert.ok(fixed.endsWith('here.\n'));
  assert.deepEqual([...new Set(issuesOf(fixed).map((i) => i.code))], ['placeholder-text']);
});

test('option-not-task: a plain or malformed list item becomes an option', () => {
  const text = questionText({ options: '- [X ] Amazon S3\n- Amazon EC2\n- [] Amazon VPC\n- [ ] AWS IAM' });
  const issues = issuesOf(text).filter((i) => i.code === 'option-not-task');
  assert.equal(issues.length, 3);
  let fixed = text;
  for (const found of issues) {
    const [fix] = quickFixesFor({ code: found.code, line: found.line }, fixed, CONTEXT);
    fixed = applyEdits(fixed, fix.edits);
  }
  assert.match(fixed, /- \[x\] Amazon S3\n- \[ \] Amazon EC2\n- \[ \] Amazon VPC\n- \[ \] AWS IAM/);
  assert.deepEqual(issuesOf(fixed), []);
});

test('options-missing: every item of a list without checkboxes becomes an option, multi-line items too', () => {
  const text = questionText({ options: '* Amazon S3, which stores\n  objects\n* Amazon EC2\n* Amazon VPC\n* AWS IAM' });
  const [fix] = fixesFor(text, 'options-missing');
  const fixed = applyAndCheck(text, fix);
  assert.match(fixed, /\* \[ \] Amazon S3, which stores\n {2}objects\n\* \[ \] Amazon EC2\n\* \[ \] Amazon VPC\n\* \[ \] AWS IAM/);
  assert.deepEqual(issuesOf(fixed).map((i) => i.code), ['correct-none']);
});

test('updated: missing, invalid, future and stale dates are set to today', () => {
  const cases: [string, string][] = [
    [VALID_FRONT_MATTER.replace(/\nupdated: .*/, ''), 'updated-missing'],
    [VALID_FRONT_MATTER.replace(/updated: .*/, 'updated: 2026-02-30'), 'updated-invalid'],
    [VALID_FRONT_MATTER.replace(/updated: .*/, 'updated: 2031-01-01'), 'updated-invalid'],
    [VALID_FRONT_MATTER.replace(/updated: .*/, 'updated: 2020-01-01'), 'question-stale'],
  ];
  for (const [frontMatter, code] of cases) {
    const text = questionText({ frontMatter });
    const [fix] = fixesFor(text, code);
    const fixed = applyAndCheck(text, fix);
    assert.match(fixed, /\nupdated: 2026-11-20\n---\n/);
    assert.deepEqual(issuesOf(fixed), [], code);
  }
  assert.match(fixesFor(questionText({ frontMatter: cases[3][0] }), 'question-stale')[0].title, /^Mark as checked today/);
});

test('CRLF files get the same line-based edits', () => {
  const text = questionText({ stem: 'Which practices improve reliability?', options: MR_OPTIONS });
  const crlf = text.replace(/\n/g, '\r\n');
  const [lf] = fixesFor(text, 'select-count-missing');
  const [fromCrlf] = quickFixesFor({ code: 'select-count-missing', line: issue(text, 'select-count-missing').line }, crlf, CONTEXT);
  assert.deepEqual(fromCrlf.edits, lf.edits);
});

test('codes without a fix and unreadable text give no fixes instead of throwing', () => {
  assert.deepEqual(quickFixesFor({ code: 'option-duplicate', line: 3 }, questionText(), CONTEXT), []);
  assert.deepEqual(quickFixesFor({ code: 'updated-missing', line: 1 }, 'no front matter at all', CONTEXT), []);
  assert.deepEqual(quickFixesFor({ code: 'option-not-task', line: 99 }, '\u0000\u0001', CONTEXT), []);
});

test('id-duplicate in a copied question: the copy gets its file name or a new id as its id', async () => {
  const index = await loadBankIndex(MINI_BANK_ROOT, { now: new Date('2026-11-25T00:00:00Z') });
  const original = path.join(MINI_BANK_ROOT, 'questions', 'd1', 'mini-1-1-elasticity.md');
  const copy = path.join(MINI_BANK_ROOT, 'questions', 'd1', 'mini-1-1-elasticity-copy.md');
  const text = readFileSync(original, 'utf8');
  const duplicate = lintBankFileText(index, copy, text).find((i) => i.code === 'id-duplicate');
  assert.ok(duplicate);
  const context = { ...CONTEXT, file: copy, takenIds: index.bank().questions.map((q) => q.id) };
  const fixes = quickFixesFor({ code: 'id-duplicate', line: duplicate.line }, text, context);
  assert.deepEqual(fixes.map((f) => f.title), ['Set the id to "mini-1-1-elasticity-copy" (the file name)', 'Change to a new id "mini-1-1-benefit-lets-retailer-pay"']);
  for (const fix of fixes) {
    const codes = lintBankFileText(index, copy, applyEdits(text, fix.edits)).map((i) => i.code);
    assert.ok(!codes.includes('id-duplicate'), fix.title);
  }
  assert.deepEqual(lintBankFileText(index, copy, applyEdits(text, fixes[0].edits)), []);
});
