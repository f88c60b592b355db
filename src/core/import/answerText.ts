/**
 * Reading what a bank says the answer is: answer lines ("Correct answer: B, E", "Correct Answer: ACD",
 * "Answer: C) text", "**Answer:** B", "Ans - (B)") and the letters or option text after the label.
 */

/** A line that announces an answer, and how sure we are that it does. */
export interface AnswerLine {
  /** Text after the label, possibly empty when the answer follows on the next line. */
  readonly rest: string;
  /**
   * `strong` labels ("Answer", "Correct answer") always mean an answer; `weak` ones ("Solution", "Correct")
   * only when what follows names options, otherwise the line is explanation.
   */
  readonly strength: 'strong' | 'weak';
}

const STRONG = /^(?:the\s+)?(?:(?:correct|right)\s+(?:answers?|options?|choices?|responses?)(?:\s*\(s\))?|answers?(?:\s*\(s\))?|ans)(?![A-Za-z])/i;
const WEAK = /^(?:solution|correct|key)(?![A-Za-z])/i;
const SEPARATOR = /^\s*(?:(?:is|are)\b\s*[:\-–—=]?|[:\-–—=])\s*/i;

/** Removes the decoration around a line that does not change its meaning: bullets, quotes, emphasis, emoji. */
export function plainText(text: string): string {
  return text
    .replace(/^\s*(?:>\s*)+/, '')
    .replace(/^\s*[-*+]\s+/, '')
    .replace(/[*_]{1,3}/g, '')
    .replace(/[\p{Extended_Pictographic}✓✔☑]\uFE0F?/gu, '')
    .trim();
}

/** Parses an answer line (a heading too: `#### ✅ Correct Answer: A`), or returns undefined when the line is not one. */
export function parseAnswerLine(text: string): AnswerLine | undefined {
  const plain = plainText(text.replace(/^ {0,3}#{1,6}\s+/, ''));
  const strong = STRONG.exec(plain);
  const weak = strong ? undefined : WEAK.exec(plain);
  const label = strong ?? weak;
  if (!label) return undefined;
  const after = plain.slice(label[0].length);
  if (after.trim() === '') return strong ? { rest: '', strength: 'strong' } : undefined;
  const separator = SEPARATOR.exec(after);
  if (!separator) return undefined;
  return { rest: after.slice(separator[0].length).trim(), strength: strong ? 'strong' : 'weak' };
}

/**
 * The options named by letter at the start of `rest`: "B", "B, E", "A and C", "ACD", "Ac", "(B)", "Option B",
 * "C) Amazon S3", "B. Amazon S3". Letters must name existing options (`optionCount`); returns 0-based indices
 * in the order written, or undefined when `rest` does not start with letters.
 */
export function parseAnswerLetters(rest: string, optionCount: number): number[] | undefined {
  const text = rest.replace(/^(?:options?|choices?)\s+/i, '').trim();
  const list = /^\(?([A-Ha-h])\)?(?:\s*(?:,|&|\/|\band\b|\s)\s*\(?([A-Ha-h])\)?(?![A-Za-z]))*(?=$|[\s.,;:)\-–—])/.exec(text);
  let letters: string[] | undefined;
  if (list) letters = list[0].match(/(?<![A-Za-z])[A-Ha-h](?![A-Za-z])/g) ?? undefined;
  if (!letters || letters.length === 0) {
    const run = /^([A-H][A-Ha-h]{1,7})(?=$|[\s.,;:)\-–—])/.exec(text);
    if (run && !/^[A-H][a-z]{2,}$/.test(run[1])) letters = [...run[1]];
  }
  if (!letters) return undefined;
  const indices = letters.map((l) => l.toUpperCase().charCodeAt(0) - 65);
  if (new Set(indices).size !== indices.length) return undefined;
  if (indices.some((i) => i < 0 || i >= optionCount)) return undefined;
  return indices;
}

/** Normalised text for comparing stems and options: case, quotes, punctuation and spacing do not count. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}%$]+/gu, ' ')
    .trim();
}

/**
 * The options whose text an answer gives instead of letters ("Answer: Amazon S3", "Answers: Amazon S3 and AWS
 * Lambda"): an exact normalised match; else options named one after the other with nothing but separators
 * ("," ";" "and") between them, longest first, so an option whose text holds a comma is still one option; else
 * the one option whose text contains, or is contained in, the answer. Undefined when none of these fits.
 */
export function matchAnswerText(rest: string, options: readonly string[]): number[] | undefined {
  const answer = normalise(rest.replace(/^(?:options?|choices?)\s+/i, ''));
  if (answer === '') return undefined;
  const exact = options.findIndex((o) => normalise(o) === answer);
  if (exact >= 0) return [exact];
  const several = namedOptions(answer, options);
  if (several) return several;
  const partial = options.flatMap((o, i) => {
    const option = normalise(o);
    return option !== '' && (answer.startsWith(option) || option.startsWith(answer)) ? [i] : [];
  });
  return partial.length === 1 ? partial : undefined;
}

const SEPARATOR_WORDS = new Set(['and', 'or', 'plus', 'also', 'both', 'as', 'well']);

/** Two or more options named in `answer` (normalised), with only separator words left over; undefined otherwise. */
function namedOptions(answer: string, options: readonly string[]): number[] | undefined {
  const order = options
    .map((o, i) => ({ i, text: normalise(o) }))
    .filter((o) => o.text !== '')
    .sort((a, b) => b.text.length - a.text.length);
  let left = ` ${answer} `;
  const found: { i: number; at: number }[] = [];
  for (const o of order) {
    const at = left.indexOf(` ${o.text} `);
    if (at < 0) continue;
    found.push({ i: o.i, at });
    left = `${left.slice(0, at)} ${'\u0000'.repeat(o.text.length)} ${left.slice(at + o.text.length + 2)}`;
  }
  if (found.length < 2) return undefined;
  // eslint-disable-next-line no-control-regex -- the NUL runs are the masks written just above
  const rest = left.replace(/\u0000+/g, ' ').split(' ').filter((w) => w !== '');
  if (!rest.every((w) => SEPARATOR_WORDS.has(w))) return undefined;
  return found.sort((a, b) => a.at - b.at).map((f) => f.i);
}
