import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chosenOptions, optionRows } from '../../../../src/core/practice/quizRows';

const choices = [
  { letter: 'A', option: 2, text: 'Amazon S3 Glacier Deep Archive with a lifecycle rule that moves objects after 30 days' },
  { letter: 'B', option: 0, text: 'Amazon EBS' },
];

test('every option is shown whole, wrapped into rows that each stand for it', () => {
  const rows = optionRows(choices, 40);
  assert.deepEqual(rows.map((r) => [r.option, r.first]), [[2, true], [2, false], [2, false], [0, true]]);
  assert.equal(rows.filter((r) => r.option === 2).map((r) => r.text).join(' '), `A. ${choices[0].text}`, 'nothing is cut');
  assert.ok(rows.every((r) => r.text.length <= 40));
});

test('ticking one row of an option chooses it; unticking one of its rows lets it go', () => {
  const rows = optionRows(choices, 40);
  const [a1, a2, a3, b] = rows;
  let chosen = chosenOptions(new Set(), [a2], rows);
  assert.deepEqual([...chosen], [2]);
  chosen = chosenOptions(chosen, [a1, a2, a3, b], rows);
  assert.deepEqual([...chosen].sort(), [0, 2]);
  chosen = chosenOptions(chosen, [a1, a3, b], rows);
  assert.deepEqual([...chosen], [0], 'A lost a row: it is no longer chosen');
});
