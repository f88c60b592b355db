/**
 * Splits a question's markdown body into stem, options and explanation from its top-level blocks: the first
 * list with a task item is the options, `## Explanation` starts the explanation. Positions are kept so every
 * issue points at the line a contributor has to fix. Nothing is rendered here; HTML is made only when a question
 * is shown. The blocks come from the fast scanner when it is certain of the body, from marked's lexer otherwise.
 */
import { markedBlocks, type BodyBlock } from './bodyBlocks';
import type { IssueSink } from './issueSink';
import { checkMarkdownLimits } from './markdownLimits';
import { scanBodyBlocks } from './scanBodyBlocks';
import { LineMap } from './sourceText';

export interface BodyOption {
  readonly markdown: string;
  readonly correct: boolean;
  readonly line: number;
  readonly column: number;
}

export interface QuestionBody {
  /** False when the markdown was refused (an issue says why): the other fields are then empty. */
  readonly readable: boolean;
  readonly stem: string;
  readonly stemLine: number;
  readonly options: BodyOption[];
  /** Line of the option list, or of the end of the stem when there is none. */
  readonly optionsLine: number;
  /** Markdown of the explanation, or undefined when there is no `## Explanation` heading. */
  readonly explanation: string | undefined;
  readonly explanationLine: number;
  /** True when the blocks came from the fast scanner instead of marked's lexer. */
  readonly fastPath: boolean;
}

const EXPLANATION_HEADING = /^explanation\b/i;

/**
 * Parses `body`, which starts on file line `bodyLine`. Never throws: unparseable markdown becomes an issue.
 * `fastPath: false` always uses marked's lexer (the reference path the scanner is tested against).
 */
export function parseQuestionBody(body: string, bodyLine: number, sink: IssueSink, fastPath = true): QuestionBody {
  // The scanner only accepts bodies within the markdown limits, so the limits need checking only without it.
  const scanned = fastPath ? scanBodyBlocks(body) : undefined;
  let blocks: BodyBlock[];
  if (scanned) blocks = scanned;
  else {
    if (!checkMarkdownLimits(body, bodyLine, sink)) return unusable(bodyLine);
    try {
      blocks = markedBlocks(body);
    } catch (error) {
      // The limits keep marked's recursion shallow; this is the last line of defence, never the plan.
      sink.error('markdown-unparseable', `The markdown could not be read: ${error instanceof Error ? error.message : String(error)}`, { line: bodyLine });
      return unusable(bodyLine);
    }
  }
  return splitBody(body, bodyLine, blocks, sink, scanned !== undefined);
}

function unusable(bodyLine: number): QuestionBody {
  return { readable: false, stem: '', stemLine: bodyLine, options: [], optionsLine: bodyLine, explanation: undefined, explanationLine: bodyLine, fastPath: false };
}

function splitBody(body: string, bodyLine: number, blocks: readonly BodyBlock[], sink: IssueSink, fastPath: boolean): QuestionBody {
  const lines = new LineMap(body, bodyLine);
  const headingIndex = blocks.findIndex((block) => block.kind === 'heading' && block.depth <= 2 && EXPLANATION_HEADING.test(block.text.trim()));
  const beforeExplanation = headingIndex === -1 ? blocks : blocks.slice(0, headingIndex);
  const listIndex = beforeExplanation.findIndex((block) => block.kind === 'list' && block.items.some((item) => item.task));

  const stemEnd = listIndex === -1 ? (headingIndex === -1 ? body.length : blocks[headingIndex].start) : blocks[listIndex].start;
  const stemRaw = body.slice(0, stemEnd);
  const stem = stemRaw.trim();
  const stemLine = lines.position(stemRaw.length - stemRaw.trimStart().length).line;

  const options: BodyOption[] = [];
  let optionsLine = lines.position(stemEnd).line;
  if (listIndex !== -1) {
    const list = blocks[listIndex];
    optionsLine = lines.position(list.start).line;
    for (const item of list.items) {
      const pos = lines.position(item.start);
      if (!item.task) {
        sink.error('option-not-task', `This list item is not an option: write "- [ ] ${item.text.replace(/^\[\s*[xX]?\s*\]\s*/, '').slice(0, 40)}" for a distractor or "- [x] …" for a right answer.`,
          { line: pos.line, column: pos.column, endColumn: pos.column + item.firstLineLength });
        continue;
      }
      options.push({ markdown: item.text.trim(), correct: item.checked, line: pos.line, column: pos.column });
    }
    const between = blocks[listIndex + 1];
    if (between && listIndex + 1 !== headingIndex) {
      sink.warning('content-after-options', 'Text between the options and "## Explanation" is not shown to candidates; move it into the stem or the explanation.', lines.position(between.start));
    }
  } else {
    const plainList = beforeExplanation.find((block) => block.kind === 'list');
    const at = plainList ? lines.position(plainList.start) : { line: optionsLine, column: 1 };
    const hint = plainList ? ' This list has no checkboxes: write each option as "- [ ] text", and the right one as "- [x] text".' : '';
    sink.error('options-missing', `The question has no options.${hint}`, at);
  }

  let explanation: string | undefined;
  let explanationLine = lines.position(body.length).line;
  if (headingIndex !== -1) {
    const heading = blocks[headingIndex];
    explanationLine = lines.position(heading.start).line;
    const next = blocks.findIndex((block, index) => index > headingIndex && block.kind === 'heading' && block.depth <= 2);
    const end = next === -1 ? body.length : blocks[next].start;
    explanation = body.slice(heading.end, end).trim();
    if (next !== -1) {
      sink.warning('content-after-explanation', 'A second level-2 heading after "## Explanation" ends the explanation; what follows is not shown. Use "###" inside the explanation.', lines.position(blocks[next].start));
    }
  }
  return { readable: true, stem, stemLine, options, optionsLine, explanation, explanationLine, fastPath };
}
