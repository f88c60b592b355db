import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lexedPlainText, plainLine, plainText, wrapText } from '../../../../src/core/practice/plainText';

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

test('a plain line skips the lexer and reads exactly as the lexer reads it', () => {
  // Characters that matter to markdown, whitespace marked and String.trim treat differently, and plain text.
  const alphabet = fc.constantFrom(...'aZé字 \t\u00a0\u2028\u2029\u3000\u200b\u0085\ufeff\u000b\f0123456789.,;:!?\'"()/%$@#+-=|{}^'.split(''), '10.', '1)', 'https://docs.aws.amazon.com/x_y', 'www.a.com', 'a@b.com');
  const line = fc.tuple(fc.constantFrom('', ' ', '  ', '\t', '    '), fc.constantFrom('A', 'é', 'z', '1', '#', '-', '+', '='), fc.array(alphabet, { maxLength: 30 }))
    .map(([indent, first, rest]) => indent + first + rest.join(''));
  fc.assert(fc.property(line, (text) => assert.equal(plainText(text), lexedPlainText(text), JSON.stringify(text))), { numRuns: 3000 });
  for (const text of ['Amazon S3', '  Use an  Application\tLoad Balancer ', 'Route 53 - 100% of traffic (weighted)', 'Use AWS Shield Advanced.']) {
    assert.equal(plainText(text), lexedPlainText(text));
  }
});

test('a paragraph hard-wrapped in the source reads as one line; paragraphs stay apart', () => {
  assert.equal(plainText('A company runs a web\napplication on **Amazon EC2**\nand wants to scale.\n\nWhich service?'), 'A company runs a web application on Amazon EC2 and wants to scale.\nWhich service?');
});
