/**
 * The first step of reading a community bank: its markdown as a list of lines with the stray HTML that such
 * banks sprinkle in (`<br/>`, `<details markdown=1>`, `<summary>`, `<b>`) reduced to what matters for finding
 * questions. Line numbers stay those of the source file, so every skip in the report points at a real line.
 */

/** One logical line of a source file. */
export interface SourceLine {
  /** 1-based line in the source file. */
  readonly line: number;
  /** The text with inline HTML reduced to markdown, tabs expanded, no line end. */
  readonly text: string;
  /** Leading spaces of `text`. */
  readonly indent: number;
  /** Inside a fenced code block or an HTML comment: never structure, kept as text. */
  readonly literal: boolean;
  /** A `<details>` block opens or closes on this line. */
  readonly detailsOpen: boolean;
  readonly detailsClose: boolean;
  /** Text of a `<summary>` on this line (e.g. "Answer"), removed from `text`. */
  readonly summary?: string;
  /** The entry continues a source line after a `<br>`: the source wanted a line break here. */
  readonly afterBreak: boolean;
}

const FRONT_MATTER_MAX_LINES = 60;

/** Splits `text` into source lines, skipping a leading front-matter block. Never throws. */
export function toSourceLines(text: string): SourceLine[] {
  const raw = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const out: SourceLine[] = [];
  let start = 0;
  if (raw[0]?.trim() === '---') {
    const end = raw.findIndex((l, i) => i > 0 && i <= FRONT_MATTER_MAX_LINES && /^(---|\.\.\.)\s*$/.test(l));
    // Only YAML-looking lines make front matter; a file may also open with a horizontal rule before a question.
    const yaml = raw.slice(1, end).every((l) => l.trim() === '' || /^(?:[\w.-]+\s*:|\s+\S|-\s|#)/.test(l));
    if (end > 0 && yaml) start = end + 1;
  }
  let fence: string | undefined;
  let inComment = false;
  for (let i = start; i < raw.length; i++) {
    const line = i + 1;
    const source = raw[i].replace(/\t/g, '    ');
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(source);
    if (fence !== undefined || fenceMatch) {
      if (fence === undefined) fence = fenceMatch![1];
      else if (fenceMatch && fenceMatch[1].startsWith(fence[0]) && fenceMatch[1].length >= fence.length) fence = undefined;
      out.push(plain(line, source, true));
      continue;
    }
    let rest = source;
    if (inComment) {
      const close = rest.indexOf('-->');
      if (close < 0) {
        out.push(plain(line, rest, true));
        continue;
      }
      inComment = false;
      rest = rest.slice(close + 3);
    }
    rest = rest.replace(/<!--.*?-->/g, '');
    const open = rest.indexOf('<!--');
    if (open >= 0) {
      inComment = true;
      rest = rest.slice(0, open);
    }
    out.push(...cleanHtml(line, rest));
  }
  return out;
}

function plain(line: number, text: string, literal: boolean): SourceLine {
  return { line, text, indent: indentOf(text), literal, detailsOpen: false, detailsClose: false, afterBreak: false };
}

function indentOf(text: string): number {
  return /^ */.exec(text)![0].length;
}

/** Reduces inline HTML on one line; `<br>` splits it into entries that keep the same line number. */
function cleanHtml(line: number, text: string): SourceLine[] {
  let rest = text;
  const detailsOpen = /<details\b[^>]*>/i.test(rest);
  const detailsClose = /<\/details\s*>/i.test(rest);
  rest = rest.replace(/<\/?details\b[^>]*>/gi, '');
  let summary: string | undefined;
  rest = rest.replace(/<summary\b[^>]*>(.*?)<\/summary\s*>/gi, (_m, inner: string) => {
    summary = stripTags(inner).trim();
    return '';
  });
  rest = rest
    .replace(/<\/?(?:b|strong)>/gi, '**')
    .replace(/<\/?(?:i|em)>/gi, '_')
    .replace(/<\/?code>/gi, '`')
    .replace(/<\/?(?:p|span|div|font|u|center|summary)\b[^>]*>/gi, '')
    .replace(/&nbsp;/gi, ' ');
  const indent = indentOf(rest);
  const parts = rest.split(/\s*<br\s*\/?>\s*/i);
  return parts.map((part, index) => {
    const body = index === 0 ? part.trimEnd() : ' '.repeat(indent) + part.trim();
    return {
      line,
      text: body,
      indent: indentOf(body),
      literal: false,
      detailsOpen: detailsOpen && index === 0,
      detailsClose: detailsClose && index === parts.length - 1,
      summary: index === 0 ? summary : undefined,
      afterBreak: index > 0,
    };
  });
}

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '');
}

/**
 * Reads chosen fenced code blocks as markdown: some banks put options or an answer key in a code block so that
 * they line up in a fixed-width font. Each block's inner lines go to `unfence`; when it says yes, the fence lines
 * become blank and the inner lines ordinary text. Code that belongs to a question is left alone.
 */
export function unfenceBlocks(lines: readonly SourceLine[], unfence: (inner: readonly SourceLine[]) => boolean): SourceLine[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].literal || !/^\s*(`{3,}|~{3,})/.test(lines[i].text)) continue;
    let close = i + 1;
    while (close < lines.length && lines[close].literal && !/^\s*(`{3,}|~{3,})\s*$/.test(lines[close].text)) close++;
    if (close >= lines.length || !lines[close].literal) {
      i = close;
      continue;
    }
    const inner = lines.slice(i + 1, close).map((l) => ({ ...l, literal: false }));
    if (unfence(inner)) {
      out[i] = { ...lines[i], text: '', indent: 0, literal: false };
      out.splice(i + 1, inner.length, ...inner);
      out[close] = { ...lines[close], text: '', indent: 0, literal: false };
    }
    i = close;
  }
  return out;
}

/** True for a line with nothing but whitespace. */
export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}
