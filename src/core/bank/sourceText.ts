/**
 * Text positions in bank files. Everything downstream (marked's lexer, offsets, columns) works on text with
 * `\n` line ends and no byte-order mark; CRLF files from Windows contributors report the same lines as LF ones.
 */

/** Strips a UTF-8 BOM and turns CRLF / CR line ends into LF, which keeps line numbers unchanged. */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/** Maps character offsets of a text to 1-based lines and columns. */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of `offset` (clamped into the text). */
  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - this.starts[low] + 1 };
  }

  /** The text of a 1-based line, without its line end; empty for lines outside the text. */
  lineText(line: number): string {
    if (line < 1 || line > this.starts.length) return '';
    const start = this.starts[line - 1];
    const end = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return this.text.slice(start, end);
  }
}

/** True when the content looks binary (a NUL byte early on), so it is refused instead of parsed. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000');
}

/** The number of lines of `text` (LF line ends): one more than its line feeds. */
export function countLines(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
