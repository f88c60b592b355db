/**
 * Reads a question's tail, the lines between its options and the next question: the answer (an answer line,
 * possibly inside `<details>`, or a bare letter after an "Answer" label), the explanation text, and its links.
 */
import { matchAnswerText, normalise, parseAnswerLetters, parseAnswerLine, plainText } from './answerText';
import { isBlank, type SourceLine } from './sourceLines';

/** One statement of the answer found in a question. */
export interface AnswerCandidate {
  /** 0-based option indices, sorted. */
  readonly correct: readonly number[];
  readonly kind: 'answer-line' | 'details' | 'task-list' | 'marked-option' | 'bold-option' | 'answer-key';
  readonly line: number;
  /** The answer as written, for the report. */
  readonly written: string;
}

export interface Tail {
  readonly answers: readonly AnswerCandidate[];
  /** Answer lines whose answer could not be matched to the options, with their line. */
  readonly unreadable: readonly { readonly line: number; readonly text: string }[];
  /** Explanation markdown, dedented, answer lines and labels removed. */
  readonly explanation: string;
}

const LABEL_HEADING = /^#{1,6}\s+(?:\*\*)?(?:correct\s+)?(answers?|solutions?|explanations?|references?|notes?|why)\b/i;
const ANSWER_LABEL =
  /^(?:show\s+|reveal\s+|view\s+|see\s+|click\s+.*)?(?:the\s+)?(?:correct\s+)?(?:answers?|solutions?)(?:\s+and\s+explanations?)?\s*[:.]?$/i;
/** "Explanation:" as a label, also inside a blockquote or after an icon (`> 💡 **Explanation**`); group 1 keeps the quote. */
const EXPLANATION_LABEL =
  /^(\s*(?:>\s*)*)(?:[-*]\s+)?(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:\*\*|__)?(?:explanations?|rationale)(?:\*\*|__)?\s*(?:[:\-–—]|$)\s*(?:\*\*|__)?\s*/iu;

/**
 * Reads `lines[from, to)`. `skip` holds indices to ignore (answer keys); `options` are the option texts, used to
 * match answers given as text.
 */
export function readTail(lines: readonly SourceLine[], from: number, to: number, skip: ReadonlySet<number>, options: readonly string[]): Tail {
  const answers: AnswerCandidate[] = [];
  const unreadable: { line: number; text: string }[] = [];
  const kept: string[] = [];
  let inDetails = false;
  let expectAnswer = false;
  /** Options named one per bullet under an "Answers:" label, gathered into one answer. */
  let listed: { correct: number[]; line: number; kind: AnswerCandidate['kind']; written: string[] } | undefined;
  const flushList = (): void => {
    if (listed) answers.push({ correct: [...listed.correct].sort((a, b) => a - b), kind: listed.kind, line: listed.line, written: listed.written.join('; ') });
    listed = undefined;
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (skip.has(i)) continue;
    if (listed && !isBlank(line) && listedOption(line) < 0) {
      flushList();
      expectAnswer = false;
    }
    if (line.detailsOpen) inDetails = true;
    const text = line.text;
    if (!line.literal && /^ {0,3}#{1,6}\s/.test(text) && !LABEL_HEADING.test(text.trim()) && !parseAnswerLine(text)) break;
    if (!line.literal && /^ {0,3}([-*_])(\s*\1){2,}\s*$/.test(text) && answers.length > 0) break;
    if (line.summary !== undefined && line.summary !== '') {
      const asAnswer = parseAnswerLine(line.summary);
      if (asAnswer && asAnswer.rest !== '') take(asAnswer.rest, line.line, 'details', line.summary);
      else if (ANSWER_LABEL.test(line.summary)) expectAnswer = true;
    }
    if (line.literal) {
      kept.push(text);
    } else if (isBlank(line)) {
      if (!line.afterBreak) kept.push('');
    } else if (LABEL_HEADING.test(text.trim())) {
      if (/answers?|solutions?/i.test(LABEL_HEADING.exec(text.trim())![1])) expectAnswer = true;
    } else if (!readAnswer(line, inDetails)) {
      kept.push(text);
    }
    if (line.detailsClose) inDetails = false;
  }
  flushList();
  return { answers, unreadable, explanation: cleanExplanation(kept) };

  /** The option a bullet line names by its whole text (`- AWS WAF`), or -1. */
  function listedOption(line: SourceLine): number {
    if (line.literal || !/^\s*[-*+]\s/.test(line.text)) return -1;
    const plain = normalise(plainText(line.text));
    return options.findIndex((o) => normalise(o) === plain);
  }

  function take(rest: string, lineNo: number, kind: AnswerCandidate['kind'], written: string): boolean {
    const correct = parseAnswerLetters(rest, options.length) ?? matchAnswerText(rest, options);
    if (!correct) return false;
    answers.push({ correct: [...correct].sort((a, b) => a - b), kind, line: lineNo, written: written.trim() });
    return true;
  }

  /** Keeps what follows the letters of an answer ("B because …") unless it only repeats the option. */
  function keepReasoning(rest: string): void {
    const after = rest
      .replace(/^(?:options?\s+)?\(?[A-Ha-h](?:[\s,&/]+(?:and\s+)?[A-Ha-h]|[A-Ha-h])*\)?(?![A-Za-z])[\s.):\-–—]*/, '')
      .trim();
    if (after.split(/\s+/).length < 3 || options.some((o) => normalise(o) === normalise(after))) return;
    kept.push(after.charAt(0).toUpperCase() + after.slice(1));
  }

  /** Takes an answer from `line` when it states one; false leaves the line to the explanation. */
  function readAnswer(line: SourceLine, inside: boolean): boolean {
    const { text, line: lineNo } = line;
    const kind = inside ? 'details' : 'answer-line';
    const answerLine = parseAnswerLine(text);
    if (answerLine) {
      if (answerLine.rest === '') {
        expectAnswer = true;
        return true;
      }
      expectAnswer = false;
      if (take(answerLine.rest, lineNo, kind, text)) {
        keepReasoning(answerLine.rest);
        return true;
      }
      if (answerLine.strength === 'strong') {
        unreadable.push({ line: lineNo, text: text.trim() });
        return true;
      }
      return false;
    }
    if (expectAnswer) {
      expectAnswer = false;
      const plain = plainText(text);
      const bare = /^\(?[A-Ha-h](?:[\s,&/]+[A-Ha-h]|[A-Ha-h])*\)?(?:\s*[.):\-–—]\s+.*)?\.?$/.test(plain);
      if (bare && take(plain, lineNo, kind, text)) {
        keepReasoning(plain);
        return true;
      }
      // After an "Answers:" label, bullets that are each exactly one option's text name those options.
      const index = listedOption(line);
      if (index >= 0) {
        listed ??= { correct: [], line: lineNo, kind, written: [] };
        if (!listed.correct.includes(index)) listed.correct.push(index);
        listed.written.push(plain);
        expectAnswer = true;
        return true;
      }
      // After an "Answer" label, a line that is exactly one option's text names that option.
      if (options.some((o) => normalise(o) === normalise(plain)) && take(plain, lineNo, kind, text)) return true;
    }
    return false;
  }
}

/** Removes explanation labels and in-page navigation, dedents, and trims blank runs. */
function cleanExplanation(kept: readonly string[]): string {
  const lines = kept
    .map((text) => {
      const label = EXPLANATION_LABEL.exec(text);
      return label ? label[1] + text.slice(label[0].length) : text;
    })
    .map((text) => (/^\s*(?:\*\*)?\[[^\]]*\]\(#[^)]*\)(?:\*\*)?\s*$/.test(text) ? '' : text))
    .map((text) => text.trimEnd());
  const indents = lines.filter((l) => l.trim() !== '').map(indentOf);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  const out: string[] = [];
  // A quote's empty lines, and horizontal rules (a page's separator before an answer key), count as blank at
  // the edges.
  const blank = (line: string | undefined): boolean => line === undefined || /^>?$/.test(line.trim()) || /^([-*_])(\s*\1){2,}$/.test(line.trim());
  for (const line of lines.map((l) => l.slice(Math.min(common, indentOf(l))))) {
    if (blank(line) && (out.length === 0 || blank(out[out.length - 1]))) continue;
    out.push(line);
  }
  while (out.length > 0 && blank(out[out.length - 1])) out.pop();
  return out.join('\n');
}

function indentOf(text: string): number {
  return /^ */.exec(text)![0].length;
}
