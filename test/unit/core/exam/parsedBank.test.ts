// The engine on questions as the real parser produces them, not only on hand-built ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBank } from '../../../../src/core/bank/loadBank';
import { createExam } from '../../../../src/core/exam/createExam';
import { apply } from '../../../../src/core/exam/examReducer';
import { questionView } from '../../../../src/core/exam/examViews';
import { lookupIn } from '../../../../src/core/exam/reconcile';
import { resultReview } from '../../../../src/core/exam/resultReview';
import { scoreExam } from '../../../../src/core/exam/scoring';
import { MINI_BANK_ROOT } from '../../helpers/miniBank';

test('an exam over a parsed bank, answered from what the kiosk shows, scores full marks', async () => {
  const bank = await loadBank(MINI_BANK_ROOT);
  assert.ok(bank.info);
  const { state, issues } = createExam({ info: bank.info, questions: bank.questions, config: { kind: 'full' }, seed: 3, now: 0 });
  assert.ok(state);
  assert.equal(state.items.length, bank.questions.length);
  assert.ok(issues.some((i) => i.code === 'fewer-questions') || bank.questions.length >= bank.info.questionCount);
  const lookup = lookupIn(bank.questions);
  let s = state;
  for (let i = 0; i < s.items.length; i++) {
    const view = questionView(s, lookup, 1000, i);
    const question = bank.questions.find((q) => q.id === view.questionId);
    assert.ok(question && view.stem === question.stem);
    // Choose by option text, as a candidate reading the screen would.
    for (const option of view.options) {
      if (question.options.find((o) => o.markdown === option.markdown)?.correct) s = apply(s, { type: 'select', option: option.option, index: i }, 1000).state;
    }
  }
  s = apply(s, { type: 'submit' }, 2000).state;
  assert.equal(scoreExam(s).correct, bank.questions.length);
  assert.ok(resultReview(s, lookup).items.every((item) => item.outcome === 'correct' && item.explanation.length > 0));
});
