/**
 * A bank file's lines as the reader sees them: HTML reduced (see `toSourceLines`), and code blocks that hold
 * nothing but options (with the stem above them and the answer below, perhaps) or an answer key read as
 * markdown, since some banks fence them only to line them up.
 */
import { parseKeyLine } from './answerKey';
import { parseAnswerLine } from './answerText';
import { findOptionGroups } from './optionGroups';
import { isBlank, toSourceLines, unfenceBlocks, type SourceLine } from './sourceLines';

export function documentLines(text: string): SourceLine[] {
  return unfenceBlocks(toSourceLines(text), (inner) => holdsOptions(inner) || holdsAnswerKey(inner));
}

/**
 * The block ends with a run of lettered options (A, B, …), perhaps followed by the answer line; lines above it
 * may be the stem. Task lists in a code block are markdown shown as an example, not options.
 */
function holdsOptions(inner: readonly SourceLine[]): boolean {
  const groups = findOptionGroups(inner);
  if (groups.length !== 1 || groups[0].style === 'task-list') return false;
  return inner.slice(groups[0].end).every((l) => isBlank(l) || (parseAnswerLine(l.text)?.rest ?? '') !== '');
}

/** Every line of the block is an answer-key line, two entries or more. */
function holdsAnswerKey(inner: readonly SourceLine[]): boolean {
  const filled = inner.filter((l) => !isBlank(l));
  const entries = filled.map((l) => parseKeyLine(l.text, l.line));
  return filled.length > 0 && entries.every((e) => e !== undefined) && entries.flat().length >= 2;
}
