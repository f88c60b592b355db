/**
 * Rules on a parsed question's content that don't depend on the bank's other questions. They run on every file
 * of every load: the wording checks first look once through the whole body for their key words.
 */
import type { BodyOption, QuestionBody } from './questionBody';
import type { IssueSink } from './issueSink';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
export const SELECT_PATTERN = /\b(?:select|choose)\s+(one|two|three|four|five|six|[1-6])\b/i;
const LETTER_REFERENCE = /\b(?:[Oo]ptions?|[Aa]nswers?|[Cc]hoices?)\s+\(?[A-F]\)?(?=[\s.,;:)]|$)/;
const ABOVE_PATTERN = /\b(?:all|none|both)\s+of\s+the\s+above\b/i;
/** Every wording check needs one of these words; most bodies have none, and one search is cheaper than six. */
const WORDING_KEY_WORDS = /above|option|answer|choice/i;
/** White space that option comparison folds: anything but a single space. */
const UNUSUAL_SPACING = /[^\S ]| {2}/;

/** The number of options the stem asks for ("Select TWO."), or undefined when it doesn't say. */
export function statedSelectCount(stem: string): number | undefined {
  const match = SELECT_PATTERN.exec(stem);
  if (!match) return undefined;
  const word = match[1].toLowerCase();
  return NUMBER_WORDS[word] ?? Number(word);
}

export const NUMBER_NAMES = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX'];

/**
 * Checks options, their count against "Select N", and wording that breaks once options are shuffled. `imported`
 * questions (with a `source`) may mark every option right when their source does ("Choose all that apply").
 */
export function checkOptions(body: QuestionBody, sink: IssueSink, imported = false): number {
  const { options, stem } = body;
  if (options.length === 0) return 1;
  const at = { line: body.optionsLine };
  if (options.length < 2) sink.error('options-too-few', `A question needs at least two options; this one has ${options.length}.`, at);
  else if (options.length < 4) sink.warning('options-too-few', `Exam questions have at least four options; this one has ${options.length}.`, at);

  const seen = new Map<string, BodyOption>();
  let correct = 0;
  for (const option of options) {
    if (option.correct) correct++;
    if (option.markdown === '') {
      sink.error('option-empty', 'This option has no text.', { line: option.line, column: option.column });
      continue;
    }
    const lower = option.markdown.toLowerCase();
    const key = UNUSUAL_SPACING.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
    const twin = seen.get(key);
    if (twin) sink.error('option-duplicate', `This option repeats the option on line ${twin.line}.`, { line: option.line, column: option.column });
    else seen.set(key, option);
  }

  if (correct === 0) sink.error('correct-none', 'No option is marked right: mark the right answer with "- [x]".', at);
  else if (correct === options.length && imported) sink.warning('correct-too-many', 'Every option is marked right, as the source says: exam questions have a distractor.', at);
  else if (correct === options.length) sink.error('correct-too-many', 'Every option is marked right: distractors are written "- [ ]".', at);

  const stated = statedSelectCount(stem);
  const stemAt = { line: body.stemLine };
  if (correct >= 2 && stated === undefined) {
    sink.error('select-count-missing', `${correct} options are marked right, so the stem must say how many to choose: end it with "(Select ${NUMBER_NAMES[correct] ?? correct}.)".`, stemAt);
  } else if (correct >= 2 && stated !== undefined && stated !== correct) {
    sink.error('select-count-mismatch', `The stem asks to select ${stated} but ${correct} options are marked right.`, stemAt);
  } else if (correct === 1 && stated !== undefined && stated > 1) {
    sink.error('select-count-single', `The stem asks to select ${stated} but only one option is marked right.`, stemAt);
  }
  if (correct >= 2 && options.length < 5) {
    sink.warning('multi-response-too-few-options', `Multiple-response questions have five or more options; this one has ${options.length}.`, at);
  }
  return Math.max(1, correct);
}

/**
 * Warns about text that only makes sense in one option order. `source`, when given, is the markdown the stem,
 * options and explanation were taken from: without any of the key words in it, there is nothing to check.
 */
export function checkShuffleSafety(body: QuestionBody, sink: IssueSink, source?: string): void {
  if (source !== undefined && !WORDING_KEY_WORDS.test(source)) return;
  checkShuffleWording(body.stem, body.stemLine, sink);
  for (const option of body.options) checkShuffleWording(option.markdown, option.line, sink);
  if (body.explanation !== undefined) checkShuffleWording(body.explanation, body.explanationLine, sink);
}

function checkShuffleWording(text: string, line: number, sink: IssueSink): void {
  if (LETTER_REFERENCE.test(text)) {
    sink.warning('option-letter-reference', 'Options are shuffled and re-lettered in the kiosk: name the option by its content, not its letter.', { line });
  }
  if (ABOVE_PATTERN.test(text)) {
    sink.warning('all-none-of-the-above', '"… of the above" stops making sense once options are shuffled: name the options instead.', { line });
  }
}
