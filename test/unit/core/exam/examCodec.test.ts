import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeExamState, encodeExamState } from '../../../../src/core/exam/examCodec';
import { apply } from '../../../../src/core/exam/examReducer';
import { listExam, question, T0 } from './fixtures';

const state = apply(listExam([question({ id: 'a' }), question({ id: 'b', correct: [0, 1] })]), { type: 'select', option: 1 }, T0 + 5).state;

test('an exam survives encoding and decoding unchanged', () => {
  assert.deepEqual(decodeExamState(encodeExamState(state)), { kind: 'exam', state });
  const done = apply(state, { type: 'submit' }, T0 + 10).state;
  assert.deepEqual(decodeExamState(encodeExamState(done)), { kind: 'exam', state: done });
});

test('a newer format is recognised as such, not as damage', () => {
  assert.deepEqual(decodeExamState(JSON.stringify({ schema: 2, anything: true })), { kind: 'future', schema: 2 });
});

test('damaged content is reported with what is wrong, never thrown', () => {
  const broken = (mutate: (data: Record<string, any>) => void): string => {
    const data = JSON.parse(encodeExamState(state));
    mutate(data);
    return JSON.stringify(data);
  };
  const cases: [string, RegExp][] = [
    [encodeExamState(state).slice(0, 100), /JSON/],
    ['[]', /not an exam/],
    ['null', /not an exam/],
    [broken((d) => { d.schema = 0; }), /format/],
    [broken((d) => { delete d.schema; }), /format/],
    [broken((d) => { d.id = '../../etc/passwd'; }), /id/],
    [broken((d) => { d.items = []; }), /no questions/],
    [broken((d) => { d.items[0].selected = ['x']; }), /question 1: selected/],
    [broken((d) => { d.items[1].optionOrder = [0, 0, 1, 2, 3]; }), /question 2: option order/],
    [broken((d) => { d.current = 5; }), /current/],
    [broken((d) => { d.deadline = 'soon'; }), /time/],
    [broken((d) => { d.status = 'paused'; }), /status/],
    [broken((d) => { d.config = { kind: 'weird' }; }), /kind/],
    [broken((d) => { d.status = 'submitted'; }), /submitted/],
  ];
  for (const [text, pattern] of cases) {
    const decoded = decodeExamState(text);
    assert.ok('error' in decoded, `accepted: ${text.slice(0, 60)}`);
    assert.match(decoded.error, pattern);
  }
});
