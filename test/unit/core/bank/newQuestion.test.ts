import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadBank } from '../../../../src/core/bank/loadBank';
import { parseQuestion } from '../../../../src/core/bank/parseQuestion';
import { planNewQuestion, domainFolder } from '../../../../src/core/bank/newQuestion';
import { bankPrefix, domainFolderName, questionIdFor, slugify, uniqueId } from '../../../../src/core/bank/questionIds';
import { questionTemplate } from '../../../../src/core/bank/questionTemplate';
import { MINI_BANK_ROOT, miniContext } from '../../helpers/miniBank';

const NOW = new Date('2026-11-25T00:00:00Z');

/** What an author does to a template: real tags and reference, and every "TODO: " prompt replaced by text. */
function fillPlaceholders(text: string): string {
  return text
    .replace('tags: [todo]', 'tags: [amazon-s3]')
    .replace('https://docs.aws.amazon.com/TODO', 'https://docs.aws.amazon.com/s3/')
    .replace(/TODO: /g, '');
}

test('slugify keeps meaningful lower-case words, drops accents and filler, and stays short', () => {
  assert.equal(slugify('Which S3 storage class is the cheapest for archives?'), 's3-storage-class-cheapest-archives');
  assert.equal(slugify('  Élan   vital!  '), 'elan-vital');
  assert.equal(slugify('the of a'), 'the-of-a');
  assert.equal(slugify('!!!'), '');
  assert.ok(slugify('word '.repeat(40), 40).length <= 48);
});

test('bank prefix comes from existing ids, else from the bank id', () => {
  assert.equal(bankPrefix('clf-c02', ['clf-1-1-a', 'clf-2-1-b', 'old-1-1-c']), 'clf');
  assert.equal(bankPrefix('ans-c01', []), 'ans');
  assert.equal(questionIdFor('clf', '2.1', 'guest-os-patching'), 'clf-2-1-guest-os-patching');
  assert.equal(uniqueId('clf-1-1-a', ['clf-1-1-a', 'clf-1-1-a-2']), 'clf-1-1-a-3');
  assert.equal(uniqueId('clf-1-1-b', ['clf-1-1-a']), 'clf-1-1-b');
  assert.equal(domainFolderName('2', 'Security and Compliance'), 'd2-security-compliance');
});

test('the template is valid markdown format: only placeholder errors, and none once the placeholders are filled', () => {
  for (const correctCount of [1, 2, 3]) {
    const text = questionTemplate({ id: 'mini-1-2-new', domain: '1', task: '1.2', correctCount, today: '2026-11-25', taskTitle: 'Apply the basics' });
    const file = '/bank/questions/d1/mini-1-2-new.md';
    const { question, issues } = parseQuestion(text, file, miniContext());
    assert.equal(question, undefined, 'a template is never served to a candidate');
    assert.ok(issues.length > 0);
    assert.deepEqual([...new Set(issues.map((i) => i.code))], ['placeholder-text'], JSON.stringify(issues, null, 1));
    const filled = parseQuestion(fillPlaceholders(text), file, miniContext());
    assert.deepEqual(filled.issues, []);
    assert.equal(filled.question?.selectCount, correctCount);
    assert.equal(filled.question?.options.length, correctCount + 3, 'three distractors, as in the exam');
  }
});

test('the placeholder rule points at each line still holding TODO', () => {
  const text = questionTemplate({ id: 'mini-1-1-new', domain: '1', task: '1.1', correctCount: 1, today: '2026-11-25' });
  const lines = text.split('\n');
  const { issues } = parseQuestion(text, '/b/questions/mini-1-1-new.md', miniContext());
  const expected = lines.flatMap((line, i) => (/\bTODO\b/.test(line) ? [i + 1] : []));
  expected.push(lines.indexOf('tags: [todo]') + 1);
  assert.deepEqual(issues.map((i) => i.line).sort((a, b) => a - b), expected.sort((a, b) => a - b));
  const stem = issues.find((i) => i.line === lines.findIndex((l) => l.startsWith('TODO: a short scenario')) + 1);
  assert.equal(stem?.column, 1);
});

test('planNewQuestion puts the file in the domain\'s folder with a unique id and a valid template', async () => {
  const bank = await loadBank(MINI_BANK_ROOT, { now: NOW });
  const plan = planNewQuestion({ bank, domainId: '1', taskId: '1.1', correctCount: 2, slug: 'Elasticity for peaks', today: '2026-11-25', existingFolders: ['d1', 'd2'] });
  assert.ok(plan.value, plan.error);
  assert.equal(plan.value.id, 'mini-1-1-elasticity-peaks');
  assert.equal(plan.value.file, path.join(MINI_BANK_ROOT, 'questions', 'd1', 'mini-1-1-elasticity-peaks.md'));
  assert.match(plan.value.text, /\(Select TWO\.\)/);
  const filled = parseQuestion(fillPlaceholders(plan.value.text), plan.value.file, miniContext());
  assert.deepEqual(filled.issues, []);

  const again = planNewQuestion({ bank, domainId: '1', taskId: '1.1', correctCount: 1, slug: 'elasticity', today: '2026-11-25', existingFolders: [], takenIds: [] });
  assert.equal(again.value?.id, 'mini-1-1-elasticity-2', 'the id of an existing question is not reused');
  assert.match(planNewQuestion({ bank, domainId: '9', taskId: '9.1', correctCount: 1, slug: 'x', today: '2026-11-25', existingFolders: [] }).error ?? '', /Domain "9"/);
  assert.match(planNewQuestion({ bank, domainId: '1', taskId: '2.1', correctCount: 1, slug: 'x', today: '2026-11-25', existingFolders: [] }).error ?? '', /Task "2.1"/);
  assert.match(planNewQuestion({ bank, domainId: '1', taskId: '1.1', correctCount: 1, slug: '???', today: '2026-11-25', existingFolders: [] }).error ?? '', /few words/);
});

test('a domain without questions gets an existing d<N> folder, else a new one named after it', async () => {
  const bank = await loadBank(MINI_BANK_ROOT, { now: NOW });
  const empty = { ...bank, questions: bank.questions.filter((q) => q.domain !== '2') };
  assert.equal(domainFolder(empty, '2', 'Advanced', ['d1', 'd2-advanced-topics']), 'd2-advanced-topics');
  assert.equal(domainFolder(empty, '2', 'Advanced Things', ['d1', 'd20-other']), 'd2-advanced-things');
  assert.equal(domainFolder(bank, '2', 'Advanced', []), 'd2');
});
