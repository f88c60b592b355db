/**
 * One question as the candidate sees it: stem, how many to choose, options as radio buttons or checkboxes with
 * strike-through, and once revealed the verdict, explanation and references. Shared by the exam, practice
 * mode, the contributors' preview and the sidebar. In practice, choosing (arrow keys, clicks) never commits:
 * Space or Enter on an option, or "Check answer", does.
 */
import type { TargetedKeyboardEvent, TargetedMouseEvent } from 'preact';
import type { KioskQuestion, RenderedOption } from '../../protocol/kiosk';
import { announce } from '../shared/Announcer';
import { SanitizedHtml } from '../shared/SanitizedHtml';
import { numberWord } from '../shared/text';
import { optionKeyShortcuts } from '../kiosk/shortcuts';
import { Feedback } from './Feedback';

export interface QuestionActions {
  toggle(option: RenderedOption): void;
  strike(option: RenderedOption): void;
  /** Commits a practice answer (shows the verdict). Absent where nothing can be revealed. */
  reveal?(): void;
  /** Chooses `option` and commits at once (Space or Enter on a practice option). */
  chooseAndReveal?(option: RenderedOption): void;
}

interface Props {
  readonly q: KioskQuestion;
  readonly actions: QuestionActions;
  /** The visible heading above the stem ("Question 12"). */
  readonly heading: string;
  readonly singleKeyShortcuts: boolean;
}

export function QuestionView({ q, actions, heading, singleKeyShortcuts }: Props) {
  const selectedCount = q.options.filter((o) => o.selected).length;
  const full = q.multipleResponse && selectedCount >= q.selectCount;
  const canCommit = q.practice && !q.revealed && !q.submitted && !q.locked && actions.reveal !== undefined;
  const complete = selectedCount >= q.selectCount;
  const instruction = q.multipleResponse
    ? `Select ${numberWord(q.selectCount)}. ${selectedCount} of ${q.selectCount} selected.${full && !q.locked ? ' Deselect one to change your choice.' : ''}`
    : 'Select one.';
  return (
    <section class="question" aria-labelledby="question-heading">
      <h2 id="question-heading" class="question-heading" tabIndex={-1}>{heading}</h2>
      {q.availability === 'missing' && <p class="missing-note" role="note">This question is no longer in the bank; it cannot be answered and is not scored.</p>}
      {q.availability === 'changed' && <p class="missing-note" role="note">This question was updated in the bank since the exam started.</p>}
      <SanitizedHtml class="stem" id="stem" html={q.stemHtml} />
      <p class="instruction" id="instruction">{instruction}</p>
      <fieldset class="option-set" aria-labelledby="question-heading" aria-describedby="stem instruction">
        <ul class="options" role="presentation">
          {q.options.map((option, position) => (
            <OptionRow key={option.option} q={q} option={option} position={position} full={full} canCommit={canCommit}
              complete={complete} actions={actions} singleKeyShortcuts={singleKeyShortcuts} />
          ))}
        </ul>
      </fieldset>
      {canCommit && (
        <button type="button" class="primary" id="check-answer" aria-disabled={complete ? undefined : 'true'}
          onClick={() => (complete ? actions.reveal?.() : announce(`Choose ${numberWord(q.selectCount)} before checking.`))}>
          Check answer
        </button>
      )}
      {q.explanationHtml !== undefined && <Feedback q={q} />}
    </section>
  );
}

interface OptionProps {
  readonly q: KioskQuestion;
  readonly option: RenderedOption;
  readonly position: number;
  readonly full: boolean;
  readonly complete: boolean;
  readonly canCommit: boolean;
  readonly actions: QuestionActions;
  readonly singleKeyShortcuts: boolean;
}

function OptionRow({ q, option, position, full, complete, canCommit, actions, singleKeyShortcuts }: OptionProps) {
  const id = `option-${position}`;
  // Unavailable options stay focusable (aria-disabled, not disabled) so that they can still be read.
  const blocked = q.locked || (full && !option.selected);
  const onClick = (event: TargetedMouseEvent<HTMLInputElement>): void => {
    if (!blocked) return;
    event.preventDefault();
    if (!q.locked) announce(`You have chosen ${numberWord(q.selectCount)}. Deselect one before choosing another.`);
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>): void => {
    if (!canCommit || blocked || event.altKey || event.ctrlKey || event.metaKey) return;
    const commitKey = event.key === 'Enter' || (event.key === ' ' && !q.multipleResponse);
    if (!commitKey) return;
    event.preventDefault();
    if (!q.multipleResponse) actions.chooseAndReveal?.(option);
    else if (complete) actions.reveal?.();
    else announce(`Choose ${numberWord(q.selectCount)} before checking.`);
  };
  const classes = ['option'];
  if (option.selected) classes.push('selected');
  if (option.struck) classes.push('struck');
  if (option.correct === true) classes.push('correct');
  if (option.correct === false && option.selected) classes.push('incorrect');
  const outcome = option.correct === undefined ? '' : option.correct ? (option.selected ? 'your answer, correct' : 'correct answer') : option.selected ? 'your answer, incorrect' : '';
  return (
    <li class={classes.join(' ')} data-position={position}>
      <input type={q.multipleResponse ? 'checkbox' : 'radio'} name="answer" id={id} class="choice"
        checked={option.selected}
        aria-disabled={blocked ? 'true' : undefined}
        aria-describedby={option.struck || outcome ? `${id}-state` : undefined}
        aria-keyshortcuts={optionKeyShortcuts(position, singleKeyShortcuts)}
        data-option={option.option}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onChange={() => actions.toggle(option)} />
      <label for={id}>
        <span class="letter">{option.letter}.</span>{' '}
        <SanitizedHtml inline class="text" html={option.html} />
      </label>
      <span class="option-tools">
        {(option.struck || outcome) && <span class="outcome" id={`${id}-state`}>{[option.struck ? 'struck out' : '', outcome].filter(Boolean).join(', ')}</span>}
        <button type="button" class="strike" aria-pressed={option.struck ? 'true' : 'false'}
          aria-disabled={q.locked ? 'true' : undefined}
          aria-label={`Strike out option ${option.letter}`}
          aria-keyshortcuts={singleKeyShortcuts && position < 6 ? `Shift+${'ABCDEF'[position]}` : undefined}
          title={`Strike out option ${option.letter} to eliminate it${singleKeyShortcuts && position < 6 ? ` (Shift+${'ABCDEF'[position]})` : ''}`}
          onClick={() => { if (!q.locked) actions.strike(option); }}>
          Strike out
        </button>
      </span>
    </li>
  );
}
