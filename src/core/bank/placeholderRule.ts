/**
 * The `placeholder-text` rule: template text still to be written (marked `TODO`, see questionTemplate.ts) is an
 * error, so a half-written question is never served to a candidate and fails the contributors' CI.
 */
import type { IssueSink } from './issueSink';

const MARKER = /\bTODO\b/;

/** Reports each line of `text` (the whole file, LF line ends) holding the marker, and a `todo` tag. */
export function checkPlaceholders(text: string, tags: readonly string[], tagsLine: number, sink: IssueSink): void {
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const match = MARKER.exec(line);
    if (!match) return;
    sink.error('placeholder-text', 'Placeholder text from the question template: replace every "TODO" with the real text.',
      { line: index + 1, column: match.index + 1, endColumn: line.length + 1 });
  });
  if (tags.some((tag) => tag.toLowerCase() === 'todo') && !MARKER.test(lines[tagsLine - 1] ?? '')) {
    sink.error('placeholder-text', 'Placeholder tag from the question template: list the AWS services and concepts the question is about.', { line: tagsLine });
  }
}
