/**
 * Splits a question's markdown body into stem, options and explanation by walking `marked`'s lexer tokens: the
 * first task list is the options, `## Explanation` starts the explanation. Positions are kept so every issue
 * points at the line a contributor has to fix. Nothing is rendered here; HTML is made only when a question is
 * shown.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import type { IssueSink } from './issueSink';
import { checkMarkdownLimits } from './markdownLimits';
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
  const unusable = { readable: false, stem: '', stemLine: bodyLine, options: [], optionsLine: bodyLine, explanation: undefined, explanationLine: bodyLine };
  if (!checkMarkdownLimits(body, bodyLine, sink)) return unusable;
  let located: Located[];
  try {
    located = locate(body, blockTokens(body));
  } catch (error) {
    // The limits keep marked's recursion shallow; this is the last line of defence, never the plan.
    sink.error('markdown-unparseable', `The markdown could not be read: ${error instanceof Error ? error.message : String(error)}`, { line: bodyLine });
    return unusable;
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
  return { readable: true, stem, stemLine, options, optionsLine, explanation, explanationLine };
}

/**
 * The block structure only: headings, lists with their task items, paragraphs. marked's inline pass (emphasis,
 * links, code spans) is most of its work and none of it is needed to split a question, so it is skipped here and
 * done when a question is shown. A fresh options object each time, because the lexer stores its tokenizer in it.
 */
function blockTokens(body: string): Token[] {
  return new Lexer({ gfm: true }).blockTokens(body, []);
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
