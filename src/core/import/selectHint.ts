/**
 * "How many to choose" hints in a stem: "(Choose TWO)", "(Select three.)", "Select TWO examples of…",
 * "Choose 2 answers", and "(Choose all that apply)", which leaves the number open. ("Which two parts…" is not a hint: it often asks for one option naming two things.)
 * Our format writes the canonical "(Select TWO.)" at the end of the
 * stem, so the hint is found, checked against the answers, and replaced.
 */

export interface SelectHint {
  /** How many to choose; undefined for "(Choose all that apply)", which any number of right options fits. */
  readonly count: number | undefined;
  /** The hint as written, including its parentheses when it has them. */
  readonly text: string;
  /** The hint is a parenthesised aside that can be removed without breaking the sentence. */
  readonly removable: boolean;
}

const NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6,
};
const COUNT = '(one|two|three|four|five|six|[1-6])';
const PARENTHESISED = new RegExp(String.raw`[(\[]\s*(?:choose|select|pick|mark)\s+(?:any\s+)?${COUNT}\b[^)\]]*[)\]]\.?`, 'i');
const ALL_THAT_APPLY = /[([]?\s*\b(?:choose|select|pick|mark)\s+all\s+(?:that|which)\s+apply\b\.?\s*[)\]]?\.?/i;
const VERB = new RegExp(String.raw`\b(?:choose|select|pick|mark)\s+(?:any\s+|the\s+)?${COUNT}\b`, 'i');

/** The select hint in `stem`, or undefined when it has none. */
export function findSelectHint(stem: string): SelectHint | undefined {
  const paren = PARENTHESISED.exec(stem);
  if (paren) return { count: NUMBERS[paren[1].toLowerCase()], text: paren[0], removable: true };
  const all = ALL_THAT_APPLY.exec(stem);
  if (all) return { count: undefined, text: all[0].trim(), removable: true };
  const verb = VERB.exec(stem);
  if (verb) return { count: NUMBERS[verb[1].toLowerCase()], text: verb[0], removable: false };
  return undefined;
}

const WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT'];

const COUNTED_QUESTION = new RegExp(String.raw`\b(?:which|what)\s+${COUNT}\b`, 'i');

/**
 * The count in a question that asks for a number of things ("Which two services…?"), or undefined. It is no hint:
 * one option may name both things, so it only confirms an answer of that many options.
 */
export function countedQuestion(stem: string): number | undefined {
  const m = COUNTED_QUESTION.exec(stem);
  return m ? NUMBERS[m[1].toLowerCase()] : undefined;
}

/** The number as our hints write it: `TWO`. */
export function countWord(count: number): string {
  return WORDS[count] ?? String(count);
}

/** The canonical hint of our format: `(Select TWO.)`. */
export function canonicalHint(count: number): string {
  return `(Select ${countWord(count)}.)`;
}
