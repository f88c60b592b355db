/**
 * fast-check generators of question files for the parser's property tests: random markdown-ish text built from
 * pieces that steer into the parser's interesting paths, and mutations of valid files. Shared by the property
 * tests and the fast-path equivalence tests.
 */
import fc from 'fast-check';
import { questionText } from '../../helpers/questionText';

/** Pieces of markdown and YAML that steer random text into the parser's interesting paths. */
export const PIECES = ['---', '---js', '\n', '\n', '\n', '\r\n', '\r', '\ufeff', ' ', '  ', '\t', '- [x] ', '- [ ] ', '- ', '* ', '1. ', '> ',
  '## Explanation', '# ', '## ', '===', '```', '~~~', '    ', 'id: mini-1-1-x', 'domain: "1"', 'task: "1.1"', 'tags: [a]',
  'references: [https://docs.aws.amazon.com/]', 'updated: 2026-11-01', ': ', '&a', '*a', '!!js/function', '{', '}', '[', ']', '(', ')',
  '<div>', '</div>', '<script>', '|a|b|', '|-|-|', '*', '_', '`', '\\', 'Select TWO', 'option B', 'all of the above', 'Stem text.', '\u0000',
  '\ud83d\ude00', '\u202e', '\ud800'];
export const markdownish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 120 })
  .map((parts) => parts.join(''));
export const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), markdownish);

export const SAMPLES = [
  questionText(),
  questionText({ stem: 'Which two services store data? (Select TWO.)', options: '- [x] Amazon S3\n- [x] Amazon EBS\n- [ ] Amazon VPC\n- [ ] AWS IAM\n- [ ] Amazon Route 53' }),
  questionText({ explanation: '## Explanation\n\n**Amazon S3** stores objects.\n\n```json\n{ "a": 1 }\n```\n\n> quoted\n\n- a\n  - b' }),
];

export type Mutation = (lines: string[], random: { at: number; text: string }) => string[];
export const MUTATIONS: Record<string, Mutation> = {
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

export const mutatedFile = fc.record({
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

/**
 * Lines of the plain shape the fast body scanner accepts, and of near misses it must decline or get right:
 * wrapped items, loose lists, ordered lists, headings that may or may not be the explanation, emphasis and
 * brackets at line starts, rules and setext underlines, odd indents and spaces.
 */
const BODY_LINES = ['', '', '', 'Which service stores objects?', 'A company runs 40 accounts. (Select TWO.)', 'Stem text.', '2026 was busy.',
  '- [ ] Amazon EC2', '- [x] Amazon S3', '- [X] AWS IAM', '- [ ]  Two spaces', '- [ ] Amazon S3', '- [ ]', '- [x]', '- [x]Glued', '- [ ] # hash',
  '- plain item', '- **Bold** item', '- [link](https://x)', '-  two spaces', '-', '- ', '* star', '+ plus', '1. first', '2. second',
  '1) paren', '1. [x] Ordered task', '2. [ ] Ordered distractor', '   wrapped under an ordered item', '10. tenth', '1.5 times', '3)x', '  wrapped line', '   three spaces', '    code', '  - nested', '  # nested heading',
  '  ```', '## Explanation', '## explanation of it', '## Explanation ##', '##Explanation', '# Explanation', '### Explanation', '## Notes',
  '## References', '####### seven', '#', '## ', '**Amazon S3** is right.', '*emphasis* here', '***', '___', '_under_ score', '* * *',
  '---', '===', '--', '> quote', '```', '~~~', '<div>', '| a | b |', '|---|---|', ':--', '[ref]: https://x', '[ref]', '[link](x) text',
  '\\# escaped', '"Quoted" text', '(Select THREE.)', 'Text with trailing spaces  ', '- [ ] Trailing odd space\u00a0', 'x\u000c', '\u00a0odd space', 'caf\u00e9 \u2014 dash',
  'A line\u2028with a separator', 'x\u000bvertical', 'Text \\', '&amp; entity', '![img](x)', 'option B is right', 'none of the above'];
export const subsetBody = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...BODY_LINES) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z*_([][ -~]{0,30}$/) }), { maxLength: 40 }).map((lines) => lines.join('\n'));

/** Front-matter lines the fast reader accepts, and near misses it must decline or get right. */
const YAML_LINES = ['id: mini-1-1-sample', 'id: "mini-1-1-sample"', "id: 'mini-1-1-sample'", 'domain: "1"', 'domain: 1', 'task: "1.1"',
  'tags: [amazon-s3, amazon-ec2]', 'tags: [ "a" , b ]', "tags: ['a', \"b\"] # two", 'tags: []', 'tags: [ ]', 'tags:', 'tags: # none',
  'references:', '  - https://docs.aws.amazon.com/s3/', '  - "https://docs.aws.amazon.com/"', '- https://x.example/', '  - a # c',
  'updated: 2026-11-01', "updated: '2026-11-01'", 'updated: 2026-13-45', 'source: Imported from somewhere', 'license: CC BY-SA 4.0',
  'classification: guess', 'a: true', 'a: True', 'a: yes', 'a: null', 'a: Null', 'a: 0', 'a: 42', 'a: x # comment', 'a: x#not',
  'a: "x" # c', "a: 'it''s'", 'a: C#', 'a: caf\u00e9', 'a: x, y', 'a: (x)', 'a: /path', 'constructor: x', 'a-b_c: x', '_x: y',
  '# a comment', '  # indented comment', '', '  ', 'a:    '];
const YAML_NEAR_MISSES = ['domain: 01', 'domain: 1.1', 'task: 1.10', 'tags: [a,]', 'tags: [a,,b]', 'tags: [a b]', 'tags: [a #c]', 'tags: [a: b]',
  'tags: [a:b]', 'tags: [[a]]', 'tags: {a: b}', '   - https://y/', '  - [a]', '  -', '  - a: b', 'updated: 2026-11-01T00:00:00Z',
  'updated: 20261101', 'a: ~', 'a: -1', 'a: +1', 'a: .5', 'a: 1e3', 'a: 0x1F', 'a: 1_000', 'a: 123456789012345678', 'a: "x"#c',
  'a: "a\\"b"', "a: 'open", 'a: "open', 'a: b: c', 'a: b:', 'a:b', 'a : b', 'a: &anchor x', 'a: *alias', 'a: !!str 1', 'a: |', 'a: >',
  'a: @x', 'a: `x`', 'a: %x', 'a: ?x', 'a: -x', 'a: x\u00a0y', 'a: x\u0085y', '__proto__: x', 'id: duplicate', '  continued', '---',
  '...', '%YAML 1.2', '? key', 'a: [x] y', '"quoted": key'];
export const subsetFrontMatter = fc.array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...YAML_LINES) },
  { weight: 1, arbitrary: fc.constantFrom(...YAML_NEAR_MISSES) }), { maxLength: 12 }).map((lines) => lines.join('\n'));
