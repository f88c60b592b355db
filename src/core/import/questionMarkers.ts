/**
 * Lines that can open a question: a heading, a numbered item (`12.`, `12)`), a label (`Q12:`, `Question 12 -`,
 * `**Question 12**`) or a bold number (`**12.**`). Which kind a document really uses is decided per document
 * (see `dominantMarkerKind`), because numbered lists and headings also occur inside stems and explanations.
 */

export interface QuestionMarker {
  /** `h1`…`h6`, `number`, `label`, `bold-number`. */
  readonly kind: string;
  /** The question number when the marker carries one. */
  readonly number?: number;
  /** Text after the marker; empty or a bare label ("Question 3") when the stem starts on the next line. */
  readonly text: string;
  /** The marker is only a label ("Question 3", "Q3"), so its text is not part of the stem. */
  readonly labelOnly: boolean;
}

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LABEL = /^ {0,3}(?:\*\*|__)?\s*(?:Q|Question)\s*(?:No\.?\s*)?#?\s*(\d+)\s*(?:of\s+\d+\s*)?(?:[.:)\-–—]|\*\*|__|\s)*(.*)$/i;
const BOLD_NUMBER = /^ {0,3}(?:\*\*|__)(\d+)\s*[.):]?\s*(?:\*\*|__)\s*[.):]?\s*(.*)$/;
const NUMBERED = /^ {0,3}(\d{1,4})[.)]\s+(.*)$/;
const LABEL_ONLY = /^(?:\*\*|__)?\s*(?:Q|Question)?\s*(?:No\.?\s*)?#?\s*\d*\s*(?:of\s+\d+)?\s*[.:)\-–—]?\s*(?:\*\*|__)?$/i;

/** Parses `text` as a question marker, or returns undefined. */
export function parseQuestionMarker(text: string): QuestionMarker | undefined {
  const heading = HEADING.exec(text);
  if (heading) {
    const body = heading[2];
    const label = LABEL.exec(body);
    const number = label ? Number(label[1]) : leadingNumber(body);
    return { kind: `h${heading[1].length}`, number, text: stripLeadingNumber(label ? label[2] : body), labelOnly: isLabelOnly(body) };
  }
  const label = LABEL.exec(text);
  if (label && /^\s*(?:\*\*|__)?\s*(?:Q\s*\d|Question\b)/i.test(text)) {
    return { kind: 'label', number: Number(label[1]), text: stripEmphasis(label[2]), labelOnly: isLabelOnly(text) };
  }
  const bold = BOLD_NUMBER.exec(text);
  if (bold) return { kind: 'bold-number', number: Number(bold[1]), text: bold[2].trim(), labelOnly: bold[2].trim() === '' };
  const wrapped = /^ {0,3}(\*\*|__)(\d{1,4}[.)]\s+.*)\1\s*$/.exec(text);
  const inner = wrapped ? NUMBERED.exec(wrapped[2]) : null;
  if (inner) return { kind: 'bold-number', number: Number(inner[1]), text: inner[2].trim(), labelOnly: false };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { kind: 'number', number: Number(numbered[1]), text: numbered[2].trim(), labelOnly: false };
  return undefined;
}

/** A heading's own number: `12.`, `12)`, `12:`, `12 -`, `#12`. */
const HEADING_NUMBER = /^#?(\d{1,4})(?:[.):]|\s+[-–—·])\s+/;

function leadingNumber(text: string): number | undefined {
  const m = HEADING_NUMBER.exec(text);
  return m ? Number(m[1]) : undefined;
}

function stripLeadingNumber(text: string): string {
  return text.replace(HEADING_NUMBER, '').trim();
}

function stripEmphasis(text: string): string {
  return text.replace(/^(\*\*|__)\s*/, '').trim();
}

function isLabelOnly(text: string): boolean {
  return LABEL_ONLY.test(text.trim());
}

/**
 * The marker kind that opens questions in a document: the kind found in the most windows before an option
 * group (a window runs from the previous group to this one), ties going to the kind that occurs once per
 * window most often. Undefined when no window has a marker.
 */
export function dominantMarkerKind(windows: ReadonlyArray<readonly QuestionMarker[]>): string | undefined {
  const seen = new Map<string, { windows: number; once: number }>();
  for (const markers of windows) {
    const counts = new Map<string, number>();
    for (const m of markers) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
    for (const [kind, n] of counts) {
      const entry = seen.get(kind) ?? { windows: 0, once: 0 };
      entry.windows++;
      if (n === 1) entry.once++;
      seen.set(kind, entry);
    }
  }
  let best: string | undefined;
  let bestEntry = { windows: 0, once: 0 };
  for (const [kind, entry] of seen) {
    if (entry.windows > bestEntry.windows || (entry.windows === bestEntry.windows && entry.once > bestEntry.once)) {
      best = kind;
      bestEntry = entry;
    }
  }
  return best;
}
