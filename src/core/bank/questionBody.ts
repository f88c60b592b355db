/**
 * Splits a question's markdown body into stem, options and explanation by walking `marked`'s lexer tokens: the
 * first task list is the options, `## Explanation` starts the explanation. Positions are kept so every issue
 * points at the line a contributor has to fix. Nothing is rendered here; HTML is made only when a question is
 * shown.
 */
import { marked, type Token, type Tokens } from 'marked';
import type { IssueSink } from './issueSink';
import { LineMap } from './sourceText';

export interface BodyOption {
  readonly markdown: string;
  readonly correct: boolean;
  readonly line: number;
  readonly column: number;
}

export interface QuestionBody {
  readonly stem: string;
  readonly stemLine: number;
  readonly options: BodyOption[];
  /** Line of the option list, or of the end of the stem when there is none. */
  readonly optionsLine: number;
  /** Markdown of the explanation, or undefined when there is no `## Explanation` heading. */
  readonly explanation: string | undefined;
  readonly explanationLine: number;
}

interface Located {
  readonly token: Token;
  readonly start: number;
  readonly end: number;
}

const EXPLANATION_HEADING = /^explanation\b/i;

/** Parses `body`, which starts on file line `bodyLine`. Never throws: unparseable markdown becomes an issue. */
export function parseQuestionBody(body: string, bodyLine: number, sink: IssueSink): QuestionBody {
  const lines = new LineMap(body);
  const lineOf = (offset: number): { line: number; column: number } => {
    const p = lines.position(offset);
    return { line: p.line + bodyLine - 1, column: p.column };
  };
  let located: Located[];
  try {
    located = locate(body, marked.lexer(body, { gfm: true }));
  } catch (error) {
    sink.error('markdown-unparseable', `The markdown could not be read: ${error instanceof Error ? error.message : String(error)}`, { line: bodyLine });
    return { stem: '', stemLine: bodyLine, options: [], optionsLine: bodyLine, explanation: undefined, explanationLine: bodyLine };
  }

  const headingIndex = located.findIndex(({ token }) => token.type === 'heading' && (token as Tokens.Heading).depth <= 2
    && EXPLANATION_HEADING.test((token as Tokens.Heading).text.trim()));
  const beforeExplanation = headingIndex === -1 ? located : located.slice(0, headingIndex);
  const listIndex = beforeExplanation.findIndex(({ token }) => token.type === 'list' && (token as Tokens.List).items.some((item) => item.task));

  const stemEnd = listIndex === -1 ? (headingIndex === -1 ? body.length : located[headingIndex].start) : located[listIndex].start;
  const stemRaw = body.slice(0, stemEnd);
  const stem = stemRaw.trim();
  const stemLine = lineOf(stemRaw.length - stemRaw.trimStart().length).line;

  const options: BodyOption[] = [];
  let optionsLine = lineOf(stemEnd).line;
  if (listIndex !== -1) {
    const list = located[listIndex];
    optionsLine = lineOf(list.start).line;
    let cursor = list.start;
    for (const item of (list.token as Tokens.List).items) {
      const at = body.indexOf(item.raw, cursor);
      const start = at === -1 ? cursor : at;
      cursor = start + item.raw.length;
      const pos = lineOf(start);
      if (!item.task) {
        sink.error('option-not-task', `This list item is not an option: write "- [ ] ${item.text.replace(/^\[\s*[xX]?\s*\]\s*/, '').slice(0, 40)}" for a distractor or "- [x] …" for a right answer.`,
          { line: pos.line, column: pos.column, endColumn: pos.column + item.raw.split('\n')[0].length });
        continue;
      }
      options.push({ markdown: item.text.trim(), correct: item.checked === true, line: pos.line, column: pos.column });
    }
    const between = located.slice(listIndex + 1, headingIndex === -1 ? located.length : headingIndex)
      .find(({ token }) => token.type !== 'space');
    if (between) {
      sink.warning('content-after-options', 'Text between the options and "## Explanation" is not shown to candidates; move it into the stem or the explanation.', lineOf(between.start));
    }
  } else {
    const plainList = beforeExplanation.find(({ token }) => token.type === 'list');
    const at = plainList ? lineOf(plainList.start) : { line: optionsLine, column: 1 };
    const hint = plainList ? ' This list has no checkboxes: write each option as "- [ ] text", and the right one as "- [x] text".' : '';
    sink.error('options-missing', `The question has no options.${hint}`, at);
  }

  let explanation: string | undefined;
  let explanationLine = lineOf(body.length).line;
  if (headingIndex !== -1) {
    const heading = located[headingIndex];
    explanationLine = lineOf(heading.start).line;
    const next = located.findIndex((entry, index) => index > headingIndex && entry.token.type === 'heading'
      && (entry.token as Tokens.Heading).depth <= 2);
    const end = next === -1 ? body.length : located[next].start;
    explanation = body.slice(heading.end, end).trim();
    if (next !== -1) {
      sink.warning('content-after-explanation', 'A second level-2 heading after "## Explanation" ends the explanation; what follows is not shown. Use "###" inside the explanation.', lineOf(located[next].start));
    }
  }
  return { stem, stemLine, options, optionsLine, explanation, explanationLine };
}

/** Finds where each top-level token sits in `body`: lexer tokens carry their raw text, not offsets. */
function locate(body: string, tokens: Token[]): Located[] {
  const out: Located[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const at = token.raw ? body.indexOf(token.raw, cursor) : -1;
    const start = at === -1 ? cursor : at;
    const end = start + (token.raw?.length ?? 0);
    out.push({ token, start, end });
    cursor = Math.max(cursor, end);
  }
  return out;
}
