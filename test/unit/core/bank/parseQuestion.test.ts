import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuestion } from '../../../../src/core/bank/parseQuestion';
import type { BankIssue } from '../../../../src/core/bank/model';
import { lineOf, questionText, VALID_FRONT_MATTER } from '../../helpers/questionText';
import { miniContext } from '../../helpers/miniBank';

const FILE = '/bank/questions/mini-1-1-sample.md';

function parse(text: string) {
  return parseQuestion(text, FILE, miniContext());
}

function only(issues: BankIssue[], code: string): BankIssue {
  const found = issues.filter((issue) => issue.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(issues, null, 1)}`);
  return found[0];
}

test('a valid question parses with no issues into the model', () => {
  const text = questionText();
  const { question, issues } = parse(text);
  assert.deepEqual(issues, []);
  assert.ok(question);
  assert.equal(question.id, 'mini-1-1-sample');
  assert.equal(question.domain, '1');
  assert.equal(question.task, '1.1');
  assert.deepEqual(question.tags, ['amazon-s3']);
  assert.equal(question.updated, '2026-11-01');
  assert.equal(question.stem, 'Which storage service keeps objects?');
  assert.equal(question.options.length, 4);
  assert.deepEqual(question.options.map((o) => o.correct), [true, false, false, false]);
  assert.equal(question.options[1].markdown, 'Amazon EC2');
  assert.equal(question.options[1].position.line, lineOf(text, 'Amazon EC2'));
  assert.equal(question.stemPosition.line, lineOf(text, 'Which storage'));
  assert.equal(question.selectCount, 1);
  assert.match(question.explanation, /stores objects/);
  assert.match(question.contentHash, /^[0-9a-f]{12}$/);
  assert.equal(question.classification, 'authored');
});

test('CRLF line ends and a byte-order mark give the same question and the same lines', () => {
  const lf = questionText();
  const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n');
  const a = parse(lf).question;
  const b = parse(crlf).question;
  assert.ok(a && b);
  assert.deepEqual(b.options.map((o) => o.position.line), a.options.map((o) => o.position.line));
  assert.equal(b.stem, a.stem);
});

test('a list item without a checkbox is reported at its own line', () => {
  const text = questionText({ options: '- [x] Amazon S3\n- Amazon EC2\n- [ ] Amazon VPC\n- [ ] AWS IAM' });
  const { question, issues } = parse(text);
  assert.equal(question, undefined);
  const issue = only(issues, 'option-not-task');
  assert.equal(issue.line, lineOf(text, '- Amazon EC2'));
  assert.equal(issue.severity, 'error');
});

test('a plain list instead of a task list is explained', () => {
  const text = questionText({ options: '- Amazon S3\n- Amazon EC2\n- Amazon VPC\n- AWS IAM' });
  const issue = only(parse(text).issues, 'options-missing');
  assert.equal(issue.line, lineOf(text, '- Amazon S3'));
  assert.match(issue.message, /no checkboxes/);
});

test('no right answer, every answer right, empty and duplicate options are errors', () => {
  const none = questionText({ options: '- [ ] a1\n- [ ] b1\n- [ ] c1\n- [ ] d1' });
  assert.equal(only(parse(none).issues, 'correct-none').line, lineOf(none, '- [ ] a1'));
  const all = questionText({ options: '- [x] a1\n- [x] b1\n- [x] c1\n- [x] d1' });
  assert.equal(only(parse(all).issues, 'correct-too-many').severity, 'error');
  const imported = questionText({ frontMatter: `${VALID_FRONT_MATTER}\nsource: "bank/q.md:3"`, stem: 'Which are storage services? (Select FOUR.)', options: '- [x] a1\n- [x] b1\n- [x] c1\n- [x] d1' });
  assert.equal(only(parse(imported).issues.filter((i) => i.code !== 'multi-response-too-few-options'), 'correct-too-many').severity, 'warning', 'an imported source may mark every option right');
  const empty = questionText({ options: '- [x] a1\n- [ ] \n- [ ] c1\n- [ ] d1' });
  assert.ok(parse(empty).issues.some((i) => i.code === 'option-empty' || i.code === 'option-not-task'));
  const twice = questionText({ options: '- [x] a1\n- [ ] b1\n- [ ] B1\n- [ ] d1' });
  assert.equal(only(parse(twice).issues, 'option-duplicate').line, lineOf(twice, 'B1'));
});

test('too few options: below two is an error, below four a warning', () => {
  const one = parse(questionText({ options: '- [x] a1' }));
  assert.equal(only(one.issues, 'options-too-few').severity, 'error');
  const three = parse(questionText({ options: '- [x] a1\n- [ ] b1\n- [ ] c1' }));
  assert.equal(only(three.issues, 'options-too-few').severity, 'warning');
  assert.ok(three.question, 'a warning does not stop a question from loading');
});

test('multiple response must say how many, and the number must match', () => {
  const options = '- [x] a1\n- [x] b1\n- [ ] c1\n- [ ] d1\n- [ ] e1';
  const missing = questionText({ options, stem: 'Which two?' });
  const issue = only(parse(missing).issues, 'select-count-missing');
  assert.equal(issue.line, lineOf(missing, 'Which two?'));
  assert.match(issue.message, /Select TWO/);
  only(parse(questionText({ options, stem: 'Which? (Select THREE.)' })).issues, 'select-count-mismatch');
  only(parse(questionText({ stem: 'Which? (Select TWO.)' })).issues, 'select-count-single');
  const ok = parse(questionText({ options, stem: 'Which ones? (Select TWO.)' }));
  assert.deepEqual(ok.issues, []);
  assert.equal(ok.question?.selectCount, 2);
  const fourOptions = parse(questionText({ options: '- [x] a1\n- [x] b1\n- [ ] c1\n- [ ] d1', stem: 'Pick (Choose 2)' }));
  only(fourOptions.issues, 'multi-response-too-few-options');
});

test('missing or empty explanation, and text after it, are reported', () => {
  const none = questionText({ explanation: '' });
  only(parse(none).issues, 'explanation-missing');
  only(parse(questionText({ explanation: '## Explanation\n' })).issues, 'explanation-empty');
  const after = questionText({ explanation: '## Explanation\n\nBecause.\n\n## Notes\n\nhidden' });
  assert.equal(only(parse(after).issues, 'content-after-explanation').line, lineOf(after, '## Notes'));
});

test('front-matter rules: id, domain, task, references, dates, tags', () => {
  const fm = (replace: string, by: string) => questionText({ frontMatter: VALID_FRONT_MATTER.replace(replace, by) });
  only(parse(fm('id: mini-1-1-sample\n', '')).issues, 'id-missing');
  only(parse(fm('id: mini-1-1-sample', 'id: Not Valid!')).issues, 'id-invalid');
  only(parse(fm('id: mini-1-1-sample', 'id: mini-other-name')).issues, 'id-file-name');
  only(parse(fm('domain: "1"', 'domain: "9"')).issues, 'domain-unknown');
  only(parse(fm('task: "1.1"', 'task: "1.9"')).issues, 'task-unknown');
  only(parse(fm('task: "1.1"', 'task: "2.1"')).issues, 'task-domain-mismatch');
  const noRefs = fm('references:\n  - https://docs.aws.amazon.com/s3/', 'references: []');
  assert.equal(only(parse(noRefs).issues, 'references-missing').severity, 'error');
  const badRef = fm('https://docs.aws.amazon.com/s3/', 'javascript:alert(1)');
  const refIssue = only(parse(badRef).issues, 'reference-invalid');
  assert.equal(refIssue.line, lineOf(badRef, 'references:'));
  only(parse(fm('updated: 2026-11-01', 'updated: 2026-02-30')).issues, 'updated-invalid');
  only(parse(fm('updated: 2026-11-01', 'updated: 2031-01-01')).issues, 'updated-invalid');
  only(parse(questionText({ frontMatter: VALID_FRONT_MATTER.replace(/\nupdated: .*/, '') })).issues, 'updated-missing');
  const stale = parse(fm('updated: 2026-11-01', 'updated: 2023-01-01'));
  assert.equal(only(stale.issues, 'question-stale').severity, 'warning');
  only(parse(fm('tags: [amazon-s3]', 'tags: []')).issues, 'tags-missing');
});

test('unquoted numeric domain and task are read as text', () => {
  const text = questionText({ frontMatter: VALID_FRONT_MATTER.replace('domain: "1"', 'domain: 1').replace('task: "1.1"', 'task: 1.1') });
  const { question, issues } = parse(text);
  assert.deepEqual(issues, []);
  assert.equal(question?.task, '1.1');
});

test('broken YAML points at the line of the mistake', () => {
  const text = questionText({ frontMatter: VALID_FRONT_MATTER.replace('tags: [amazon-s3]', 'tags: [amazon-s3') });
  const issue = only(parse(text).issues, 'yaml-invalid');
  assert.ok(issue.line >= 2 && issue.line <= lineOf(text, 'updated:') + 1, `line ${issue.line}`);
  const unclosed = parse('---\nid: x\n\nstem\n');
  only(unclosed.issues, 'yaml-invalid');
  only(parse('Just a stem\n\n- [x] a\n- [ ] b\n').issues, 'front-matter-missing');
});

test('letter references and "all of the above" are warned about', () => {
  const text = questionText({ explanation: '## Explanation\n\nOption B is wrong because it is compute.' });
  only(parse(text).issues, 'option-letter-reference');
  only(parse(questionText({ options: '- [x] a1\n- [ ] b1\n- [ ] c1\n- [ ] None of the above' })).issues, 'all-none-of-the-above');
});

test('binary, oversized and empty files are refused with a clear issue, never a throw', () => {
  only(parse('\u0000\u0001\u0002binary').issues, 'not-text');
  only(parse('x'.repeat(300 * 1024)).issues, 'file-too-large');
  const empty = parse('');
  assert.equal(empty.question, undefined);
  assert.ok(empty.issues.length > 0);
});

test('imported questions without references load with a warning', () => {
  const text = questionText({
    frontMatter: VALID_FRONT_MATTER.replace('references:\n  - https://docs.aws.amazon.com/s3/', 'references: []') + '\nsource: community/file.md:12\nclassification: guess',
  });
  const { question, issues } = parse(text);
  assert.equal(only(issues, 'references-missing').severity, 'warning');
  assert.equal(question?.classification, 'guess');
  assert.equal(question?.source, 'community/file.md:12');
});
