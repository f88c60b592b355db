import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadBank } from '../../../../src/core/bank/loadBank';
import { decodeExamState, encodeExamState } from '../../../../src/core/exam/examCodec';
import { listEntry } from '../../../../src/core/exam/examIndex';
import { examTabTitle } from '../../../../src/core/exam/examLabels';
import type { ExamState } from '../../../../src/core/exam/examState';
import { selectQuestions } from '../../../../src/core/exam/sampling';
import { seededRandom } from '../../../../src/core/random';
import { kindName } from '../../../../src/core/progress/historyRows';
import { listExam, question } from './fixtures';

const BANKS = path.resolve(__dirname, '../../../../question-banks');

function diagnostic(): ExamState {
  return { ...listExam([question({ id: 'a' })]), config: { kind: 'custom', count: 1, minutes: null, purpose: 'diagnostic' }, deadline: null };
}

test('a diagnostic is named so in its tab and in History, and keeps its purpose on disk', () => {
  const state = diagnostic();
  assert.match(examTabTitle(state, 0), / diagnostic$/);
  assert.equal(kindName(listEntry(state)), 'Diagnostic');
  assert.equal(kindName(listEntry({ ...state, config: { kind: 'custom', count: 1, minutes: null } })), 'Custom exam');
  assert.deepEqual(decodeExamState(encodeExamState(state)), { kind: 'exam', state });
  const odd = JSON.parse(encodeExamState(state));
  odd.config.purpose = 'something else';
  assert.deepEqual(decodeExamState(JSON.stringify(odd)), { error: 'custom config is invalid' });
});

test('twenty questions over the whole blueprint reach every domain by its weight and most task statements, in both bundled banks', async () => {
  for (const [id, minTasks] of [['clf-c02', 17], ['ans-c01', 15]] as const) {
    const bank = await loadBank(path.join(BANKS, id), { now: new Date('2027-01-01T00:00:00Z') });
    const info = bank.info!;
    for (const seed of [1, 2, 3, 4, 5]) {
      const picked = selectQuestions(info, bank.questions, { kind: 'custom', count: 20, minutes: null, domains: info.domains.map((d) => d.id), purpose: 'diagnostic' }, seededRandom(seed));
      assert.equal(picked.questions.length, 20);
      for (const domain of info.domains) {
        const count = picked.questions.filter((q) => q.domain === domain.id).length;
        assert.ok(Math.abs(count - (20 * domain.weight) / 100) <= 1, `${id} domain ${domain.id}: ${count} of 20 for ${domain.weight}%`);
      }
      const tasks = new Set(picked.questions.map((q) => q.task)).size;
      assert.ok(tasks >= minTasks, `${id} seed ${seed}: ${tasks} task statements`);
    }
  }
});
