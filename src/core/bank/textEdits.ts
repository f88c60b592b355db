/**
 * Edits to a bank file as line/column ranges. Positions are 1-based like {@link BankIssue}'s, and counted on the
 * text with LF line ends: a CRLF file has the same lines and columns, so an editor can apply the edits to its
 * buffer as they are.
 */

/** A 1-based position; `column` may be one past the end of the line (its end). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Replaces the text from `start` up to (not including) `end` with `newText` (LF line ends). */
export interface TextEdit {
  readonly start: TextPosition;
  readonly end: TextPosition;
  readonly newText: string;
}

/** Inserts `newText` at a position. */
export function insertAt(line: number, column: number, newText: string): TextEdit {
  return { start: { line, column }, end: { line, column }, newText };
}

/** Replaces the whole of `line` (not its line end) of `lines` with `newText`. */
export function replaceLine(lines: readonly string[], line: number, newText: string): TextEdit {
  return { start: { line, column: 1 }, end: { line, column: (lines[line - 1] ?? '').length + 1 }, newText };
}

/**
 * Applies non-overlapping edits to `text` (LF line ends), as an editor would. Used by tests and by anything that
 * fixes a file without an editor.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (p: TextPosition): number => {
    const lineStart = starts[Math.min(Math.max(p.line, 1), starts.length) - 1];
    const lineEnd = p.line < starts.length ? starts[p.line] - 1 : text.length;
    return Math.min(lineStart + p.column - 1, lineEnd);
  };
  const sorted = edits.map((edit) => ({ from: offset(edit.start), to: offset(edit.end), text: edit.newText }))
    .sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
  return out;
}
