/**
 * Front matter of bank files, read with gray-matter under rules that make it safe for untrusted banks.
 *
 * gray-matter picks a parser from the text after the opening fence (`---js`, `---javascript`, `---coffee`) and
 * its default `javascript` engine runs the block through `eval`. Overriding only `js`, or setting it to
 * `false`, falls through to the `javascript` alias. So: a fence with any language is refused before
 * gray-matter sees the text, every engine name it knows is replaced by one that refuses, and YAML is read by
 * js-yaml's core schema (no custom tags, no functions). Options are always passed, which also keeps
 * gray-matter from caching every file it has parsed for ever.
 *
 * The fence and size rules come first and hold for every file. Then the plain `key: value` front matter that
 * questions use is read by `simpleYaml.ts`, which gives what js-yaml would give at a tenth of the cost, or
 * declines; anything it declines goes through gray-matter and js-yaml as above.
 */
import type { IssueSink } from './issueSink';
import { readSimpleYaml } from './simpleYaml';
import { countLines } from './sourceText';

/** Front matter larger than this is refused: no real question needs it, and it bounds YAML's work. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/**
 * Front matter with more lines than this is refused. gray-matter strips comment lines with `/^\s*#[^\n]+/gm`,
 * which is quadratic in a run of blank lines: 64 KB of them blocked the thread for six seconds.
 */
export const MAX_FRONT_MATTER_LINES = 1000;

export interface FrontMatter {
  /** The parsed mapping; absent when the front matter is missing or unusable (an issue says why). */
  readonly data: Record<string, unknown> | undefined;
  /** The markdown after the closing fence (the whole text when there is no front matter). */
  readonly body: string;
  /** 1-based line of the file where `body` starts. */
  readonly bodyLine: number;
  /** 1-based line of `key:` in the front matter, or the first line when the key is absent. */
  keyLine(key: string): number;
  /** True when the YAML was read by the fast subset reader ({@link readSimpleYaml}) instead of js-yaml. */
  readonly fastPath: boolean;
}

/**
 * Splits and parses the front matter of `text` (already normalised: LF line ends, no BOM). Never throws. The
 * fence and size rules apply to both readers; `fastPath: false` reads the YAML with js-yaml only (the reference
 * path the fast reader is tested against).
 */
export function readFrontMatter(text: string, sink: IssueSink, fastPath = true): FrontMatter {
  const firstEnd = lineEnd(text, 0);
  const first = text.slice(0, firstEnd);
  if (!first.startsWith('---')) {
    return result(undefined, text, 1, '');
  }
  const fenceRest = first.slice(3).trim();
  const close = closingFence(text, firstEnd);
  // Without a body, it "starts" on the last line, so that issues about it point at a line that exists.
  const bodyLine = close && close.end < text.length ? close.line + 1 : countLines(text);
  const body = close ? text.slice(Math.min(close.end + 1, text.length)) : '';
  if (fenceRest !== '') {
    if (/^-+$/.test(fenceRest)) return result(undefined, text, 1, '');
    sink.error(
      'yaml-invalid',
      `Front matter must be YAML; "---${fenceRest}" asks for another language, which is never run. Use a plain "---" fence.`,
      { line: 1, column: 4, endColumn: first.length + 1 },
    );
    return result(undefined, body, bodyLine, '');
  }
  if (!close) {
    sink.error('yaml-invalid', 'The front matter is not closed: add a line with "---" after it.', { line: 1 });
    return result(undefined, '', bodyLine, '');
  }
  const yamlText = close.start > firstEnd + 1 ? text.slice(firstEnd + 1, close.start - 1) : '';
  const yamlLineCount = close.line - 2;
  if (yamlLineCount > MAX_FRONT_MATTER_LINES) {
    sink.error('yaml-invalid', `The front matter has ${yamlLineCount} lines; the limit is ${MAX_FRONT_MATTER_LINES}.`, { line: 1 });
    return result(undefined, body, bodyLine, '');
  }
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    sink.error('yaml-invalid', `The front matter is ${yamlText.length} characters long; the limit is ${MAX_FRONT_MATTER_CHARS}.`, { line: 1 });
    return result(undefined, body, bodyLine, '');
  }
  const simple = fastPath ? readSimpleYaml(yamlText) : undefined;
  if (simple) return result(simple, body, bodyLine, yamlText, true);
  // Files outside the simple subset are rare, so gray-matter and js-yaml load the first time one shows up.
  const fallback = require('./yamlFallback') as typeof import('./yamlFallback');
  const parsed = fallback.parseYamlBlock(yamlText);
  if ('error' in parsed) {
    sink.error('yaml-invalid', `Invalid YAML in the front matter: ${parsed.error.message}`, { line: parsed.error.line, column: parsed.error.column });
    return result(undefined, body, bodyLine, yamlText);
  }
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    sink.error('yaml-invalid', 'The front matter must be a YAML mapping of keys to values (key: value).', { line: 2 });
    return result(undefined, body, bodyLine, yamlText);
  }
  return result(parsed.data as Record<string, unknown>, body, bodyLine, yamlText);
}

/** Offset of the line feed ending the line that starts at `start`, or the text's length. */
function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

/**
 * The first `---` line after the opening fence (which ends at `firstEnd`): its 1-based line and its offsets.
 * Only lines starting with `---` are looked at, so finding it costs no per-line strings.
 */
function closingFence(text: string, firstEnd: number): { line: number; start: number; end: number } | undefined {
  let line = 2;
  for (let start = firstEnd + 1; start <= text.length && firstEnd < text.length; line++) {
    const end = lineEnd(text, start);
    if (text.startsWith('---', start) && text.slice(start + 3, end).trim() === '') return { line, start, end };
    if (end >= text.length) return undefined;
    start = end + 1;
  }
  return undefined;
}

function result(data: Record<string, unknown> | undefined, body: string, bodyLine: number, yamlText: string, fastPath = false): FrontMatter {
  let keyLines: Map<string, number> | undefined;
  return {
    data,
    body,
    bodyLine,
    fastPath,
    keyLine(key: string): number {
      keyLines ??= topLevelKeyLines(yamlText.split('\n'));
      return keyLines.get(key) ?? 1;
    },
  };
}

/**
 * File line of the first `key:` written at the start of a front-matter line, for each key: one pass, instead of
 * a regular expression per looked-up key.
 */
function topLevelKeyLines(yamlLines: readonly string[]): Map<string, number> {
  const lines = new Map<string, number>();
  yamlLines.forEach((line, index) => {
    const colon = line.indexOf(':');
    if (colon <= 0 || line[0] === ' ' || line[0] === '\t') return;
    const key = line.slice(0, colon).trimEnd();
    if (!lines.has(key)) lines.set(key, index + 2);
  });
  return lines;
}
