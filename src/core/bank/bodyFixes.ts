/** Quick fixes in a question's body: "(Select N.)" in the stem, option checkboxes, the explanation skeleton. */
import type { FixTarget, QuickFix } from './fixes';
import { plainListItemLines, type QuestionLayout } from './questionLayout';
import { NUMBER_NAMES, SELECT_PATTERN, statedSelectCount } from './questionRules';
import { PLACEHOLDER_MARKER } from './questionTemplate';
import { insertAt, replaceLine, type TextEdit } from './textEdits';

export function bodyFixes(issue: FixTarget, layout: QuestionLayout): QuickFix[] {
  switch (issue.code) {
    case 'select-count-missing': return selectCountMissing(layout);
    case 'select-count-mismatch': return selectCountMismatch(layout);
    case 'explanation-missing': return explanationMissing(layout);
    case 'option-not-task': return optionNotTask(issue.line, layout);
    case 'options-missing': return optionsMissing(layout);
    default: return [];
  }
}

function correctCount(layout: QuestionLayout): number {
  return layout.body.options.filter((option) => option.correct).length;
}

/** The stem's lines, first to last, as 1-based file lines. */
function stemLines(layout: QuestionLayout): { first: number; last: number } | undefined {
  const { stem, stemLine } = layout.body;
  if (stem === '') return undefined;
  return { first: stemLine, last: stemLine + stem.split('\n').length - 1 };
}

function selectCountMissing(layout: QuestionLayout): QuickFix[] {
  const count = correctCount(layout);
  const stem = stemLines(layout);
  if (count < 2 || !stem) return [];
  const phrase = `(Select ${NUMBER_NAMES[count] ?? count}.)`;
  const lastLine = layout.lines[stem.last - 1] ?? '';
  // After a code block, table, list or quote the phrase would land inside it: give it a paragraph of its own.
  const plainParagraph = !/^\s*(?:```|~~~|\||>|[-*+]\s|\d+[.)]\s|#)|^ {4}/.test(lastLine);
  const edit = plainParagraph
    ? insertAt(stem.last, lastLine.trimEnd().length + 1, `${lastLine.trim() === '' ? '' : ' '}${phrase}`)
    : insertAt(stem.last, lastLine.length + 1, `\n\n${phrase}`);
  return [{ title: `Add "${phrase}" to the stem`, code: 'select-count-missing', edits: [edit], preferred: true }];
}

function selectCountMismatch(layout: QuestionLayout): QuickFix[] {
  const count = correctCount(layout);
  const stem = stemLines(layout);
  if (count < 2 || !stem || statedSelectCount(layout.body.stem) === undefined) return [];
  for (let line = stem.first; line <= stem.last; line++) {
    const text = layout.lines[line - 1] ?? '';
    const match = SELECT_PATTERN.exec(text);
    if (!match) continue;
    const number = match[1];
    const word = /^\d$/.test(number) ? String(count) : matchCase(NUMBER_NAMES[count] ?? String(count), number);
    const at = match.index + match[0].length - number.length;
    const fixed = `${text.slice(0, at)}${word}${text.slice(at + number.length)}`;
    return [{ title: `Change the stem to "${match[0].slice(0, match[0].length - number.length)}${word}"`, code: 'select-count-mismatch', edits: [replaceLine(layout.lines, line, fixed)], preferred: true }];
  }
  return [];
}

/** `word` (upper case) written in the case of `like`: TWO, two or Two. */
function matchCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word[0].toUpperCase() + word.slice(1).toLowerCase();
}

function explanationMissing(layout: QuestionLayout): QuickFix[] {
  const options = layout.body.options;
  const rights = options.filter((o) => o.correct).map((o) => `**${o.markdown}**`);
  const wrongs = options.filter((o) => !o.correct && o.markdown !== '');
  const verdict = rights.length === 0
    ? `${PLACEHOLDER_MARKER}: why the right answer is right.`
    : `${rights.join(' and ')} ${rights.length === 1 ? 'is' : 'are'} right: ${PLACEHOLDER_MARKER}: why.`;
  const section = [
    '## Explanation',
    '',
    verdict,
    ...(wrongs.length > 0 ? ['', ...wrongs.map((o) => `- **${o.markdown}**: ${PLACEHOLDER_MARKER}: why it is wrong here.`)] : []),
  ];
  const lines = layout.lines;
  const lastIndex = lines.length - 1;
  // Leave exactly one blank line before the heading, and end the file with a newline.
  let trailingBlank = 0;
  while (lastIndex - trailingBlank >= 0 && lines[lastIndex - trailingBlank].trim() === '') trailingBlank++;
  const lastText = lines[lastIndex - trailingBlank] ?? '';
  const edit: TextEdit = {
    start: { line: lastIndex - trailingBlank + 1, column: lastText.length + 1 },
    end: { line: lines.length, column: (lines[lastIndex] ?? '').length + 1 },
    newText: `\n\n${section.join('\n')}\n`,
  };
  return [{ title: 'Add the "## Explanation" section, naming each option', code: 'explanation-missing', edits: [edit], preferred: true }];
}

const LIST_ITEM = /^(\s*(?:[-*+]|\d{1,9}[.)])[ \t]+)(\[[ xX]{0,3}\][ \t]*)?(.*)$/;

/** The line of a list item written as an option: `- text` → `- [ ] text`; a malformed `[]` becomes `[ ]`. */
function asOption(line: string): string | undefined {
  const match = LIST_ITEM.exec(line);
  if (!match) return undefined;
  const [, marker, box, rest] = match;
  const checked = box !== undefined && /[xX]/.test(box);
  return `${marker}[${checked ? 'x' : ' '}] ${rest}`;
}

function optionNotTask(line: number, layout: QuestionLayout): QuickFix[] {
  const fixed = asOption(layout.lines[line - 1] ?? '');
  if (fixed === undefined) return [];
  const fixes: QuickFix[] = [{ title: 'Turn this list item into an option ("- [ ] …")', code: 'option-not-task', edits: [replaceLine(layout.lines, line, fixed)], preferred: true }];
  return fixes;
}

function optionsMissing(layout: QuestionLayout): QuickFix[] {
  const edits: TextEdit[] = [];
  for (const line of plainListItemLines(layout)) {
    const fixed = asOption(layout.lines[line - 1] ?? '');
    if (fixed !== undefined) edits.push(replaceLine(layout.lines, line, fixed));
  }
  if (edits.length === 0) return [];
  return [{ title: 'Turn the list into options ("- [ ] …"; then mark the right ones "- [x]")', code: 'options-missing', edits, preferred: true }];
}
