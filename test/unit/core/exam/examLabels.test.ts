import assert from 'node:assert/strict';
import { test } from 'node:test';
import { examKindLabel, examTabTitle, hoursMinutes } from '../../../../src/core/exam/examLabels';
import type { ExamState } from '../../../../src/core/exam/examState';

function state(partial: Partial<ExamState>): ExamState {
  return {
    bank: { id: 'clf-c02', exam: 'CLF-C02', title: 'AWS Certified Cloud Practitioner', passingScore: 700, domains: [] },
    config: { kind: 'full' },
    status: 'in-progress',
    deadline: 10_000_000,
    result: null,
    ...partial,
  } as ExamState;
}

test('tab titles tell exams apart by kind, time left and result', () => {
  assert.equal(examTabTitle(state({}), 10_000_000 - (83 * 60_000 + 20_000)), 'CLF-C02 mock · 1:24 left');
  assert.equal(examTabTitle(state({ config: { kind: 'practice', count: 10, minutes: null }, deadline: null }), 0), 'CLF-C02 practice');
  assert.equal(examTabTitle(state({ config: { kind: 'custom', count: 20, minutes: 30 } }), 10_000_000 - 60_000), 'CLF-C02 exam · 0:01 left');
  assert.equal(examTabTitle(state({ config: { kind: 'list', questionIds: ['a'], order: 'keep', minutes: null }, deadline: null }), 0), 'CLF-C02 retake');
  assert.equal(examTabTitle(state({ status: 'submitted', result: { correct: 50, total: 65, percent: 77, scaledScore: 812, passed: true } }), 0), 'CLF-C02 mock · 812 PASS');
});

test('practice lists are practice; hours and minutes round up', () => {
  assert.equal(examKindLabel(state({ config: { kind: 'list', questionIds: [], order: 'keep', minutes: null, practice: true } })), 'practice');
  assert.equal(hoursMinutes(1), '0:01');
  assert.equal(hoursMinutes(0), '0:00');
  assert.equal(hoursMinutes(90 * 60_000), '1:30');
});
