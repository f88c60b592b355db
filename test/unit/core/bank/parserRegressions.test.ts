/** Regression tests for parser bugs found by the property-based and hostile-bank tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuestion } from '../../../../src/core/bank/parseQuestion';
import { parseBankInfo } from '../../../../src/core/bank/parseBankInfo';
import { MAX_QUESTION_LINES } from '../../../../src/core/bank/markdownLimits';
import { miniContext } from '../../helpers/miniBank';
import { questionText, VALID_FRONT_MATTER } from '../../helpers/questionText';

const FILE = '/bank/questions/mini-1-1-sample.md';

test('an unclosed front matter reports nothing past the last line of the file', () => {
  for (const text of ['---', '---\n', `---\n${VALID_FRONT_MATTER}\n\nStem\n\n- [x] a\n- [ ] b\n`]) {
    const lines = text.split('\n').length;
    const { question, issues } = parseQuestion(text, FILE, miniContext());
    assert.equal(question, undefined);
    assert.ok(issues.some((i) => i.code === 'yaml-invalid' && i.line === 1));
    for (const issue of issues) assert.ok(issue.line <= lines, `${issue.code} at line ${issue.line} of ${lines}`);
  }
});

test('a closing fence on the last line without a line feed: the missing stem is reported on that line', () => {
  const text = `---\n${VALID_FRONT_MATTER}\n---`;
  const lines = text.split('\n').length;
  const { issues } = parseQuestion(text, FILE, miniContext());
  const stem = issues.find((i) => i.code === 'stem-missing');
  assert.equal(stem?.line, lines);
  for (const issue of issues) assert.ok(issue.line <= lines);
  const bank = parseBankInfo('---\nexam: X', '/b/bank.md', 'b');
  for (const issue of bank.issues) assert.equal(issue.line, 1);
});

test('a list of non-text entries is one issue, however long the list', () => {
  const entries = Array.from({ length: 5000 }, () => '{ a: 1 }').join(', ');
  const text = questionText({ frontMatter: VALID_FRONT_MATTER.replace('tags: [amazon-s3]', `tags: [${entries}]`) });
  const { issues } = parseQuestion(text, FILE, miniContext());
  const tagIssues = issues.filter((i) => i.code === 'tags-missing' && i.severity === 'error');
  assert.equal(tagIssues.length, 1);
  assert.match(tagIssues[0].message, /5000 of 5000/);
});

test('a question file with more lines than the limit is refused before marked sees it', () => {
  const lazy = Array.from({ length: MAX_QUESTION_LINES }, () => 'lazy').join('\n');
  const { question, issues } = parseQuestion(questionText({ options: `- [x] a\n- [ ] b\n${lazy}` }), FILE, miniContext());
  assert.equal(question, undefined);
  assert.deepEqual(issues.map((i) => i.code), ['file-too-large']);
  assert.match(issues[0].message, /lines; question files are limited to 2000/);
});

test('emphasis-heavy paragraphs that make marked quadratic are refused; ordinary bold and code are not', () => {
  const heavy = parseQuestion(questionText({ stem: `Which? ${'a_'.repeat(30_000)}` }), FILE, miniContext());
  assert.equal(heavy.question, undefined);
  assert.deepEqual(heavy.issues.map((i) => i.code), ['markdown-too-complex']);
  const rich = `Which **service** stores \`objects\` with [links](https://docs.aws.amazon.com/) and _emphasis_? `.repeat(40);
  const ok = parseQuestion(questionText({ stem: rich }), FILE, miniContext());
  assert.ok(ok.question, JSON.stringify(ok.issues));
});

test('a list item that only looks deep (a code block indented in an explanation) still loads', () => {
  const explanation = `## Explanation\n\n**Amazon S3** stores objects.\n\n\`\`\`yaml\n${Array.from({ length: 8 }, (_, i) => `${'  '.repeat(i)}- key${i}: value`).join('\n')}\n\`\`\``;
  const parsed = parseQuestion(questionText({ explanation }), FILE, miniContext());
  assert.ok(parsed.question, JSON.stringify(parsed.issues));
});
