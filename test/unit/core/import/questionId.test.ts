import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ID_PATTERN } from '../../../../src/core/bank/parseQuestion';
import { importQuestions } from '../../../../src/core/import/importQuestions';
import { idPrefix, questionId } from '../../../../src/core/import/questionId';
import { blueprint, kananiniravDocuments, otherFormatDocuments } from '../../helpers/importFixtures';

const stem = 'Which AWS service stores objects such as images and backups?';
const options = ['Amazon EBS', 'Amazon S3', 'Amazon EFS', 'Instance store'];

test('ids are readable, valid for the bank parser, and start with the bank prefix', () => {
  assert.equal(idPrefix('clf-c02'), 'clf');
  assert.equal(idPrefix('ans-c01'), 'ans');
  const id = questionId('clf', stem, options);
  assert.match(id, /^clf-service-stores-objects-such-images-[0-9a-f]{8}$/);
  assert.match(id, ID_PATTERN);
});

test('the id depends on the content only: not on option order, case or punctuation; it changes with the content', () => {
  const id = questionId('clf', stem, options);
  assert.equal(questionId('clf', stem, [...options].reverse()), id);
  assert.equal(questionId('clf', `${stem.toUpperCase()}  `, options.map((o) => `${o}.`)), id);
  assert.notEqual(questionId('clf', stem, [...options.slice(0, 3), 'Amazon FSx']), id);
  assert.notEqual(questionId('clf', 'Which AWS service stores blocks?', options), id);
});

test('importing the same bank again gives the same ids and the same files, whatever the date', () => {
  const documents = [...kananiniravDocuments(), ...otherFormatDocuments()];
  const first = importQuestions(documents, { bank: blueprint('clf-c02'), date: '2026-11-25' });
  const again = importQuestions(documents, { bank: blueprint('clf-c02'), date: '2027-01-10' });
  assert.deepEqual(again.files.map((f) => f.id), first.files.map((f) => f.id));
  assert.equal(new Set(first.files.map((f) => f.id)).size, first.files.length);
  const withoutDate = (text: string) => text.replace(/^updated: .*$/m, '');
  assert.deepEqual(again.files.map((f) => withoutDate(f.text)), first.files.map((f) => withoutDate(f.text)));
});
