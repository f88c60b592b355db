/**
 * The text of a new question file. It is a complete question in the bank format — front matter, stem, options,
 * explanation — whose prose is placeholder text marked `TODO`. The validator's `placeholder-text` rule reports
 * each placeholder as an error, so a template can't slip into a bank unfinished, and once every `TODO` is
 * replaced the file validates.
 */
import { NUMBER_NAMES } from './questionRules';

/** The marker of template text still to be written; the `placeholder-text` rule looks for it. */
export const PLACEHOLDER_MARKER = 'TODO';

export interface TemplateOptions {
  readonly id: string;
  readonly domain: string;
  readonly task: string;
  /** 1 for multiple choice, 2 or more for multiple response. */
  readonly correctCount: number;
  /** `YYYY-MM-DD`. */
  readonly today: string;
  readonly tags?: readonly string[];
  /** The task statement's title, shown in the stem placeholder as a reminder of what to test. */
  readonly taskTitle?: string;
}

/** How the stem placeholder starts, so an editor can select it for the author to type over. */
export const STEM_PLACEHOLDER = `${PLACEHOLDER_MARKER}: a short scenario`;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** The full text of a new question file, ending with a newline. */
export function questionTemplate(options: TemplateOptions): string {
  const correct = Math.max(1, Math.min(options.correctCount, 4));
  const distractors = correct === 1 ? 3 : Math.max(3, 5 - correct);
  const rights = Array.from({ length: correct }, (_, i) => correct === 1 ? `${PLACEHOLDER_MARKER}: the right answer` : `${PLACEHOLDER_MARKER}: the ${ORDINALS[i]} right answer`);
  const wrongs = Array.from({ length: distractors }, (_, i) => `${PLACEHOLDER_MARKER}: a ${ORDINALS[i]} plausible distractor`);
  const tags = options.tags && options.tags.length > 0 ? options.tags.join(', ') : PLACEHOLDER_MARKER.toLowerCase();
  const about = options.taskTitle ? ` that tests "${options.task} ${options.taskTitle}"` : '';
  const select = correct > 1 ? ` (Select ${NUMBER_NAMES[correct]}.)` : '';
  const lines = [
    '---',
    `id: ${options.id}`,
    `domain: "${options.domain}"`,
    `task: "${options.task}"`,
    `tags: [${tags}]`,
    'references:',
    `  - https://docs.aws.amazon.com/${PLACEHOLDER_MARKER}`,
    `updated: ${options.today}`,
    '---',
    '',
    `${STEM_PLACEHOLDER} with its constraints${about}, then the question.${select}`,
    '',
    // Right answers first keeps the template readable; the kiosk shuffles options anyway.
    ...rights.map((text) => `- [x] ${text}`),
    ...wrongs.map((text) => `- [ ] ${text}`),
    '',
    '## Explanation',
    '',
    `${rights.map((text) => `**${text}**`).join(' and ')} ${correct === 1 ? 'is' : 'are'} right: ${PLACEHOLDER_MARKER}: why, with the facts from the references.`,
    '',
    ...wrongs.map((text) => `- **${text}**: ${PLACEHOLDER_MARKER}: why it does not meet the scenario.`),
    '',
  ];
  return lines.join('\n');
}
