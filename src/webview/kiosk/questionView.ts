/**
 * One question as the candidate sees it: stem, the instruction for multiple response, options as radio buttons
 * or checkboxes with strike-through, and, once revealed, the verdict, explanation and references. Shared by the
 * exam, practice mode and the contributors' preview.
 */
import type { KioskQuestion, RenderedOption } from '../../protocol';
import { h } from '../shared/dom';
import { sanitizedFragment } from '../shared/sanitize';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

export interface QuestionHandlers {
  toggle(option: RenderedOption): void;
  strike(option: RenderedOption): void;
  reveal?(): void;
}

export function renderQuestion(q: KioskQuestion, handlers: QuestionHandlers): HTMLElement {
  const selectedCount = q.options.filter((o) => o.selected).length;
  const full = q.multipleResponse && selectedCount >= q.selectCount;
  const stem = h('div', { class: 'stem', id: 'stem' });
  stem.append(sanitizedFragment(q.stemHtml));
  const legend = h('legend', { class: 'visually-hidden' }, `Question ${q.number} of ${q.total}`);
  const instruction = q.multipleResponse
    ? h('p', { class: 'instruction', id: 'instruction' }, `Select ${NUMBER_WORDS[q.selectCount] ?? q.selectCount}. ${selectedCount} of ${q.selectCount} selected.${full && !q.locked ? ' Deselect one to change your choice.' : ''}`)
    : h('p', { class: 'instruction', id: 'instruction' }, 'Select one.');
  const list = h('ul', { class: 'options', role: 'presentation' });
  q.options.forEach((option, position) => list.append(renderOption(q, option, position, full, handlers)));
  const fieldset = h('fieldset', { class: 'option-set', 'aria-describedby': 'stem instruction', style: undefined }, legend, list);
  fieldset.style.border = 'none';
  fieldset.style.padding = '0';
  fieldset.style.margin = '0';

  const section = h('section', { class: 'question', 'aria-labelledby': 'question-heading' },
    h('h2', { id: 'question-heading', class: 'visually-hidden', tabindex: -1 }, `Question ${q.number} of ${q.total}`),
    q.availability === 'missing' ? h('p', { class: 'missing-note', role: 'note' }, 'This question is no longer in the bank; it cannot be answered and is not scored.') : null,
    q.availability === 'changed' ? h('p', { class: 'missing-note', role: 'note' }, 'This question was updated in the bank since the exam started.') : null,
    stem, instruction, fieldset);

  // Only a complete answer can be checked: revealing half of a "Select TWO" would record it as wrong.
  if (q.practice && !q.revealed && !q.submitted && handlers.reveal && selectedCount >= q.selectCount) {
    section.append(h('button', { class: 'primary', id: 'check-answer', onclick: () => handlers.reveal?.() }, 'Check answer'));
  }
  if (q.explanationHtml !== undefined) section.append(renderFeedback(q));
  return section;
}

function renderOption(q: KioskQuestion, option: RenderedOption, position: number, full: boolean, handlers: QuestionHandlers): HTMLElement {
  const id = `option-${position}`;
  const input = h('input', {
    type: q.multipleResponse ? 'checkbox' : 'radio',
    name: 'answer',
    id,
    checked: option.selected,
    disabled: q.locked || (full && !option.selected),
    'data-focus-key': `option-${option.option}`,
    'aria-describedby': option.struck ? `${id}-struck` : undefined,
    onchange: () => handlers.toggle(option),
  });
  const text = h('span', { class: 'text' });
  text.append(sanitizedFragment(option.html));
  const label = h('label', { for: id }, h('span', { class: 'letter', 'aria-hidden': 'true' }, `${option.letter}.`), text);
  const classes = ['option'];
  if (option.selected) classes.push('selected');
  if (option.struck) classes.push('struck');
  if (option.correct === true) classes.push('correct');
  if (option.correct === false && option.selected) classes.push('incorrect');
  const strike = h('button', {
    class: 'strike',
    type: 'button',
    disabled: q.locked,
    'aria-pressed': option.struck ? 'true' : 'false',
    'aria-label': `${option.struck ? 'Restore' : 'Strike out'} option ${option.letter}`,
    title: `${option.struck ? 'Restore' : 'Strike out'} option ${option.letter} (Shift+${option.letter})`,
    'data-focus-key': `strike-${option.option}`,
    onclick: () => handlers.strike(option),
  }, option.struck ? 'Restore' : 'Strike');
  const status = option.correct === undefined ? null
    : h('span', { class: 'visually-hidden' }, option.correct ? ' (correct answer)' : option.selected ? ' (your answer, incorrect)' : '');
  return h('li', { class: classes.join(' '), 'data-position': position },
    h('span', { class: 'option-row' }, input), label,
    h('span', {}, strike, option.struck ? h('span', { id: `${id}-struck`, class: 'visually-hidden' }, 'struck out') : null, status));
}

function renderFeedback(q: KioskQuestion): HTMLElement {
  const right = q.options.every((o) => (o.correct ?? false) === o.selected);
  const correctLetters = q.options.filter((o) => o.correct).map((o) => o.letter).join(', ');
  const box = h('div', { class: 'feedback', role: 'region', 'aria-label': 'Answer and explanation' });
  if (q.practice && !q.submitted) {
    box.append(h('p', { class: `verdict ${right ? 'good' : 'bad'}`, role: 'status' }, right ? 'Correct.' : `Incorrect. The correct answer: ${correctLetters}.`));
  } else {
    box.append(h('p', { class: 'verdict' }, `Correct answer: ${correctLetters}`));
  }
  const explanation = h('div', { class: 'explanation' });
  explanation.append(sanitizedFragment(q.explanationHtml ?? ''));
  box.append(h('h3', {}, 'Explanation'), explanation);
  if (q.references && q.references.length) box.append(renderReferences(q.references));
  return box;
}

export function renderReferences(references: readonly string[]): HTMLElement {
  return h('div', { class: 'references' }, h('h4', {}, 'References'),
    h('ul', {}, ...references.map((url) => h('li', {}, h('a', { href: url, 'data-external': 'true' }, url)))));
}
