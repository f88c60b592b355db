import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseQuestion } from '../../../../src/core/bank/parseQuestion';
import { miniContext } from '../../helpers/miniBank';

interface Snippet { prefix: string; body: string[] }
const SNIPPETS = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../media/snippets/questionBank.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** Expands a snippet as VS Code does when every tab stop keeps its default text. */
function expand(snippet: Snippet, fileBase: string): string {
  const values = new Map<string, string>();
  return snippet.body.join('\n')
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, text: string) => {
      values.set(n, text);
      return text;
    })
    .replace(/\$\{(\d+)\}/g, (_, n: string) => values.get(n) ?? '')
    .replace(/\$0/g, '')
    .replace('$TM_FILENAME_BASE', fileBase)
    .replace('$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE', '2026-11-20');
}

function snippet(prefix: string): Snippet {
  const found = Object.values(SNIPPETS).find((s) => s.prefix === prefix);
  assert.ok(found, prefix);
  return found;
}

test('the whole-question snippet is a question whose only problems are its placeholders', () => {
  const file = '/bank/questions/d1/mini-1-1-from-snippet.md';
  const text = expand(snippet('ek-question'), 'mini-1-1-from-snippet');
  const raw = parseQuestion(text, file, miniContext());
  assert.deepEqual([...new Set(raw.issues.map((i) => i.code))], ['placeholder-text']);
  const filled = text.replace('tags: [todo]', 'tags: [amazon-s3]').replace('https://docs.aws.amazon.com/TODO', 'https://docs.aws.amazon.com/s3/').replace(/TODO: /g, '');
  assert.deepEqual(parseQuestion(filled, file, miniContext()).issues, []);
});

test('option and explanation snippets write what the parser reads', () => {
  assert.equal(expand(snippet('ek-option'), ''), '- [ ] ');
  assert.equal(expand(snippet('ek-correct'), ''), '- [x] ');
  const explanation = expand(snippet('ek-explanation'), '');
  assert.match(explanation, /^## Explanation\n\n\*\*TODO: the right answer\*\* is right/);
  assert.equal(explanation.match(/^- \*\*/gm)?.length, 3, 'one line per distractor');
});
