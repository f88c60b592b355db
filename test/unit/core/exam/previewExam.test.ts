import { test } from 'node:test';
import assert from 'node:assert/strict';
import { previewExam } from '../../../../src/core/exam/previewExam';
import { apply } from '../../../../src/core/exam/examReducer';
import { questionView } from '../../../../src/core/exam/examViews';
import { lookupIn } from '../../../../src/core/exam/reconcile';
import { loadBank } from '../../../../src/core/bank/loadBank';
import { MINI_BANK_ROOT } from '../../helpers/miniBank';

test('a preview keeps the file order, hides the answer until checked, then shows it with the explanation', async () => {
  const bank = await loadBank(MINI_BANK_ROOT, { now: new Date('2026-11-25T00:00:00Z') });
  const question = bank.questions.find((q) => q.id === 'mini-1-2-two-answers');
  assert.ok(question && bank.info);
  const lookup = lookupIn([question]);
  let state = previewExam(question, bank.info, 1000);
  let view = questionView(state, lookup, 1000);
  assert.deepEqual(view.options.map((o) => o.markdown), question.options.map((o) => o.markdown));
  assert.deepEqual(view.options.map((o) => o.letter), ['A', 'B', 'C', 'D', 'E']);
  assert.equal(view.explanation, undefined);
  assert.equal(view.options[0].correct, undefined);
  state = apply(state, { type: 'select', option: 0 }, 1100).state;
  state = apply(state, { type: 'select', option: 1 }, 1200).state;
  assert.equal(questionView(state, lookup, 1200).explanation, undefined, 'manual reveal waits for "Check answer"');
  state = apply(state, { type: 'reveal' }, 1300).state;
  view = questionView(state, lookup, 1300);
  assert.match(view.explanation ?? '', /Multi-AZ/);
  assert.deepEqual(view.options.map((o) => o.correct), [true, false, true, false, false]);
  assert.equal(view.locked, true);
});
