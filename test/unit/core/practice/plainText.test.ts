import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainLine, plainText, wrapText } from '../../../../src/core/practice/plainText';

test('emphasis, code and links keep their words; tags go; entities are decoded', () => {
  assert.equal(
    plainLine('A company **needs** to use `S3` &amp; [the docs](https://docs.aws.amazon.com) <b>now</b>.'),
    'A company needs to use S3 & the docs now.',
  );
  assert.equal(plainLine('Costs &lt; $5 &#8212; &#x2014; &unknown;'), 'Costs < $5 — — &unknown;');
});

test('paragraphs, lists, tables and code blocks become lines', () => {
  const md = 'First paragraph.\n\nSecond one.\n\n- alpha\n- **beta**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\naws s3 ls\n```\n\n> Quoted.';
  assert.equal(plainText(md), 'First paragraph.\nSecond one.\n• alpha\n• beta\na | b\n1 | 2\naws s3 ls\nQuoted.');
  assert.equal(plainLine(md).includes('\n'), false);
});

test('wrapText breaks at spaces within the width and keeps long words whole', () => {
  assert.deepEqual(wrapText('one two three four five', 9), ['one two', 'three', 'four five']);
  assert.deepEqual(wrapText('a\nsupercalifragilistic b', 5), ['a', 'supercalifragilistic', 'b']);
  assert.deepEqual(wrapText('', 10), []);
  for (const line of wrapText('The quick brown fox jumps over the lazy dog '.repeat(5), 20)) assert.ok(line.length <= 20, line);
});
