import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseKeyLine } from '../../../../src/core/import/answerKey';
import { matchAnswerText, parseAnswerLetters, parseAnswerLine } from '../../../../src/core/import/answerText';
import { findInlineOptions, parseOptionLine } from '../../../../src/core/import/optionLines';
import { parseQuestionMarker } from '../../../../src/core/import/questionMarkers';
import { readDocument } from '../../../../src/core/import/readDocument';
import { findSelectHint } from '../../../../src/core/import/selectHint';

test('answer lines in the shapes banks write them', () => {
  const cases: [string, number[] | undefined][] = [
    ['Correct answer: B, E', [1, 4]],
    ['Correct Answer: ACD', [0, 2, 3]],
    ['Correct Answer: Ac', [0, 2]],
    ['Answer: C) Amazon S3', [2]],
    ['**Answer:** B', [1]],
    ['> ✅ **Correct answer**: (D)', [3]],
    ['Ans - A and C', [0, 2]],
    ['Answers: Option B', [1]],
    ['**Correct Answer(s):** A, C', [0, 2]],
    ['The correct answer is B. Amazon S3', [1]],
    ['Answer: Amazon S3', undefined],
    ['Answer: Each service', undefined],
    ['Answer: G', undefined],
  ];
  for (const [line, expected] of cases) {
    const parsed = parseAnswerLine(line);
    assert.ok(parsed, line);
    assert.deepEqual(parseAnswerLetters(parsed.rest, 6), expected, line);
  }
  assert.deepEqual(matchAnswerText('Amazon S3', ['Amazon EBS', 'Amazon S3', 'Amazon S3 Glacier', 'Amazon EFS']), [1]);
  assert.equal(parseAnswerLine('Option D increased complexity and cost.'), undefined);
  assert.equal(parseAnswerLine('Solution architects help customers'), undefined);
});

test('option markers, inline options, question markers and key lines', () => {
  assert.deepEqual(
    ['- [x] S3', '- A. S3', 'A) S3', '**A)** S3', '(a) S3', '**B. S3**', '* [C] S3 ✅', 'A company runs', '1. B'].map((l) => {
      const o = parseOptionLine(l);
      return o ? `${o.style} ${o.letter ?? '-'} ${o.checked ? 'checked' : ''}${o.emphasised ? 'bold' : ''}`.trim() : 'none';
    }),
    ['task-list - checked', 'A. A', 'A) A', 'A) A', '(A) A', 'A. B bold', '[A] C checked', 'none', 'none'],
  );
  assert.deepEqual(findInlineOptions('Which? A) S3 B) EBS C) EFS')?.options.map((o) => o.text), ['S3', 'EBS', 'EFS']);
  // Two inline "options" in prose are not a question: a line makes an option group alone with three or more.
  assert.equal(findInlineOptions('Plan A) works and B) too')?.options.length, 2);
  assert.equal(readDocument('Plan A) works and B) too.\nAnswer: A\n', 'x').questions.length, 0);
  assert.deepEqual(parseQuestionMarker('### Question 12'), { kind: 'h3', number: 12, text: '', labelOnly: true });
  assert.deepEqual(parseQuestionMarker('**Q7:** Which service?'), { kind: 'label', number: 7, text: 'Which service?', labelOnly: false });
  assert.deepEqual(parseQuestionMarker('12) Which service?'), { kind: 'number', number: 12, text: 'Which service?', labelOnly: false });
  assert.deepEqual(parseQuestionMarker('### 7 - Which service?'), { kind: 'h3', number: 7, text: 'Which service?', labelOnly: false });
  assert.deepEqual(parseQuestionMarker('## #8 · Amazon S3'), { kind: 'h2', number: 8, text: 'Amazon S3', labelOnly: false });
  assert.deepEqual(parseKeyLine('1-B 2-C 3-A, D', 9)?.map((e) => `${e.number}${e.letters}`), ['1B', '2C', '3AD']);
  const row = '| Q4 | b, d | Networking | hard | because |';
  assert.deepEqual(parseKeyLine(row, 3, ['#', 'Answer', 'Domain', 'Difficulty', 'Why'])?.map((e) => [e.number, e.letters, e.note]), [[4, 'BD', 'because']]);
  assert.equal(parseKeyLine(row, 3)?.[0].note, '', 'without a header naming an explanation column, no column is taken for one');
  assert.equal(parseKeyLine('1. A company wants to move', 1), undefined);
});

test('select hints: parenthesised ones are removable, in-sentence ones are not, "which two" is none', () => {
  assert.deepEqual(findSelectHint('Which are true? (Choose TWO)'), { count: 2, text: '(Choose TWO)', removable: true });
  assert.deepEqual(findSelectHint('Which are true? (Select three.)'), { count: 3, text: '(Select three.)', removable: true });
  assert.deepEqual(findSelectHint('Select TWO examples of shared controls.'), { count: 2, text: 'Select TWO', removable: false });
  assert.equal(findSelectHint('What two parts of the VPC do you check?'), undefined);
});

test('the reader never throws on arbitrary markdown-ish text, and every line it reports exists', () => {
  const piece = fc.constantFrom(
    '1. Which service?', '- A. S3', '- B. EBS', 'C) EFS', '- [x] yes', '- [ ] no', 'Answer: B', 'Correct Answer: AC',
    '<details markdown=1><summary>Answer</summary>', '</details>', '## Q1', '| 1 | B |', '1. B', '---', '```', '<br/>', '',
    '> quote', '**A)** bold', 'Explanation: <https://example.com/x>', '(Choose TWO)', '<!-- c -->', '<!--', '-->',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 30 })), { maxLength: 60 }), (lines) => {
      const text = lines.join('\n');
      const read = readDocument(text, 'fuzz.md');
      const count = text.split('\n').length;
      for (const q of read.questions) {
        assert.ok(q.line >= 1 && q.line <= count);
        assert.ok(q.correct.length >= 1 && q.correct.every((i) => i >= 0 && i < q.options.length));
      }
      for (const s of read.skipped) assert.ok(s.line >= 1 && s.line <= count);
    }),
    { numRuns: 400, seed: 20261125 },
  );
});
