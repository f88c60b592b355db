/**
 * Property-based tests of the bank parser: any text, and any mutation of a valid file, is parsed without
 * throwing, and every issue points at a real position of the file. Valid files round-trip. Each property has a
 * generous test timeout instead of a timing assertion: a hang fails the test, a slow machine does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { BankIssue } from '../../../../src/core/bank/model';
import { parseQuestion } from '../../../../src/core/bank/parseQuestion';
import { parseBankInfo } from '../../../../src/core/bank/parseBankInfo';
import { readFrontMatter } from '../../../../src/core/bank/frontMatter';
import { IssueSink } from '../../../../src/core/bank/issueSink';
import { countLines, normaliseText } from '../../../../src/core/bank/sourceText';
import { miniContext } from '../../helpers/miniBank';
import { questionText } from '../../helpers/questionText';

const FILE = '/bank/questions/mini-1-1-sample.md';
const BOUND = { timeout: 120_000 };
const RUNS = { numRuns: 300 };

/** Asserts the invariant every issue keeps: it points at a line and column that exist in `raw`. */
function assertIssuesPointAtRealLines(raw: string, issues: readonly BankIssue[]): void {
  const lines = countLines(normaliseText(raw));
  for (const issue of issues) {
    const where = `${issue.code} at ${issue.line}:${issue.column} of ${lines} lines`;
    assert.ok(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines, where);
    assert.ok(Number.isInteger(issue.column) && issue.column >= 1, where);
    if (issue.endLine !== undefined) assert.ok(issue.endLine >= issue.line && issue.endLine <= lines, `end line of ${where}`);
    if (issue.endColumn !== undefined && (issue.endLine ?? issue.line) === issue.line) assert.ok(issue.endColumn >= issue.column, `end column of ${where}`);
  }
}

/** Pieces of markdown and YAML that steer random text into the parser's interesting paths. */
const PIECES = ['---', '---js', '\n', '\n', '\n', '\r\n', '\r', '\ufeff', ' ', '  ', '\t', '- [x] ', '- [ ] ', '- ', '* ', '1. ', '> ',
  '## Explanation', '# ', '## ', '===', '```', '~~~', '    ', 'id: mini-1-1-x', 'domain: "1"', 'task: "1.1"', 'tags: [a]',
  'references: [https://docs.aws.amazon.com/]', 'updated: 2026-11-01', ': ', '&a', '*a', '!!js/function', '{', '}', '[', ']', '(', ')',
  '<div>', '</div>', '<script>', '|a|b|', '|-|-|', '*', '_', '`', '\\', 'Select TWO', 'option B', 'all of the above', 'Stem text.', '\u0000',
  '\ud83d\ude00', '\u202e', '\ud800'];
const markdownish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 120 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), markdownish);

const SAMPLES = [
  questionText(),
  questionText({ stem: 'Which two services store data? (Select TWO.)', options: '- [x] Amazon S3\n- [x] Amazon EBS\n- [ ] Amazon VPC\n- [ ] AWS IAM\n- [ ] Amazon Route 53' }),
  questionText({ explanation: '## Explanation\n\n**Amazon S3** stores objects.\n\n```json\n{ "a": 1 }\n```\n\n> quoted\n\n- a\n  - b' }),
];

type Mutation = (lines: string[], random: { at: number; text: string }) => string[];
const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (lines, r) => lines.filter((_, i) => i !== r.at % lines.length),
  duplicateLine: (lines, r) => lines.flatMap((line, i) => (i === r.at % lines.length ? [line, line] : [line])),
  swapLines: (lines, r) => {
    const out = [...lines];
    const i = r.at % out.length;
    const j = (r.at * 7 + 3) % out.length;
    [out[i], out[j]] = [out[j], out[i]];
    return out;
  },
  insertText: (lines, r) => {
    const i = r.at % lines.length;
    const line = lines[i];
    const at = r.at % (line.length + 1);
    return lines.map((l, k) => (k === i ? l.slice(0, at) + r.text + l.slice(at) : l));
  },
  truncate: (lines, r) => {
    const text = lines.join('\n');
    return text.slice(0, r.at % (text.length + 1)).split('\n');
  },
  replaceLine: (lines, r) => lines.map((l, k) => (k === r.at % lines.length ? r.text : l)),
};

const mutatedFile = fc.record({
  sample: fc.constantFrom(...SAMPLES),
  steps: fc.array(fc.record({ kind: fc.constantFrom(...Object.keys(MUTATIONS)), at: fc.nat(), text: anyText }), { minLength: 1, maxLength: 4 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
}).map(({ sample, steps, crlf, bom }) => {
  let lines = sample.split('\n');
  for (const step of steps) lines = MUTATIONS[step.kind](lines.length === 0 ? [''] : lines, step);
  const text = lines.join(crlf ? '\r\n' : '\n');
  return bom ? `\ufeff${text}` : text;
});

test('parseQuestion never throws on any text, and every issue points at a real line', BOUND, () => {
  fc.assert(fc.property(anyText, (text) => {
    const parsed = parseQuestion(text, FILE, miniContext());
    assertIssuesPointAtRealLines(text, parsed.issues);
    if (parsed.question) assert.ok(!parsed.issues.some((i) => i.severity === 'error'));
  }), { numRuns: 1000 });
});

test('parseQuestion on any mutation of a valid file never throws, and every issue points at a real line', BOUND, () => {
  fc.assert(fc.property(mutatedFile, (text) => {
    const parsed = parseQuestion(text, FILE, miniContext());
    assertIssuesPointAtRealLines(text, parsed.issues);
    for (const option of parsed.question?.options ?? []) {
      assert.ok(option.position.line >= 1 && option.position.line <= countLines(normaliseText(text)));
    }
  }), { numRuns: 1000 });
});

test('parseBankInfo and readFrontMatter never throw, and their issues point at real lines', BOUND, () => {
  const bank = `---\nexam: MINI-C01\ntitle: Mini\nminutes: 20\nquestions: 4\nscored: 3\npassingScore: 700\ndomains:\n  - id: "1"\n    title: Basics\n    weight: 100\n    tasks:\n      - id: "1.1"\n        title: Know\n---\n\nAbout.\n`;
  const mutatedBank = fc.record({ steps: fc.array(fc.record({ kind: fc.constantFrom(...Object.keys(MUTATIONS)), at: fc.nat(), text: anyText }), { minLength: 1, maxLength: 4 }) })
    .map(({ steps }) => steps.reduce((lines, step) => MUTATIONS[step.kind](lines.length === 0 ? [''] : lines, step), bank.split('\n')).join('\n'));
  fc.assert(fc.property(fc.oneof(anyText, mutatedBank), (text) => {
    assertIssuesPointAtRealLines(text, parseBankInfo(text, '/b/bank.md', 'b').issues);
    const sink = new IssueSink('/b/q.md');
    const normalised = normaliseText(text);
    const fm = readFrontMatter(normalised, sink);
    assertIssuesPointAtRealLines(text, sink.issues);
    const lines = countLines(normalised);
    assert.ok(fm.bodyLine >= 1 && fm.bodyLine <= lines, `body line ${fm.bodyLine} of ${lines}`);
    assert.ok(normalised.endsWith(fm.body), 'the body is the end of the text');
    for (const key of ['id', 'tags', 'exam', 'domains']) {
      const line = fm.keyLine(key);
      assert.ok(line >= 1 && line <= lines);
    }
  }), RUNS);
});

/** Option text that survives as written: no markdown that would change its meaning or its trimmed text. */
const optionText = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.'-]{0,40}[A-Za-z0-9.]$/);

test('a valid question round-trips: the parsed options and answers are the ones written', BOUND, () => {
  const written = fc.uniqueArray(optionText, { minLength: 4, maxLength: 8, selector: (t) => t.toLowerCase().replace(/\s+/g, ' ') })
    .chain((options) => fc.record({
      options: fc.constant(options),
      correct: fc.subarray(options.map((_, i) => i), { minLength: 1, maxLength: Math.min(3, options.length - 1) }),
      crlf: fc.boolean(),
    }))
    .filter(({ options, correct }) => correct.length === 1 || options.length >= 5);
  const names = ['', 'ONE', 'TWO', 'THREE'];
  fc.assert(fc.property(written, ({ options, correct, crlf }) => {
    const stem = `Which of these is right?${correct.length > 1 ? ` (Select ${names[correct.length]}.)` : ''}`;
    const list = options.map((o, i) => `- [${correct.includes(i) ? 'x' : ' '}] ${o}`).join('\n');
    const lf = questionText({ stem, options: list });
    const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
    const parsed = parseQuestion(text, FILE, miniContext());
    const question = parsed.question;
    assert.ok(question, JSON.stringify(parsed.issues.filter((i) => i.severity === 'error')));
    assert.deepEqual(question.options.map((o) => o.markdown), options.map((o) => o.trim()));
    assert.deepEqual(question.options.map((o) => o.correct), options.map((_, i) => correct.includes(i)));
    assert.equal(question.selectCount, correct.length);
    assert.equal(question.stem, stem);
    const lines = lf.split('\n');
    assert.deepEqual(question.options.map((o) => o.position.line), options.map((_, i) => lines.indexOf(list.split('\n')[i]) + 1));
  }), RUNS);
});
