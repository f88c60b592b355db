/**
 * Front matter of bank files, read with gray-matter under rules that make it safe for untrusted banks.
 *
 * gray-matter picks a parser from the text after the opening fence (`---js`, `---javascript`, `---coffee`) and
 * its default `javascript` engine runs the block through `eval`. Overriding only `js`, or setting it to
 * `false`, falls through to the `javascript` alias. So: a fence with any language is refused before
 * gray-matter sees the text, every engine name it knows is replaced by one that refuses, and YAML is read by
 * js-yaml's core schema (no custom tags, no functions). Options are always passed, which also keeps
 * gray-matter from caching every file it has parsed for ever.
 */
import matter from 'gray-matter';
import * as yaml from 'js-yaml';
import type { IssueSink } from './issueSink';

/** Front matter larger than this is refused: no real question needs it, and it bounds YAML's work. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

export interface FrontMatter {
  /** The parsed mapping; absent when the front matter is missing or unusable (an issue says why). */
  readonly data: Record<string, unknown> | undefined;
  /** The markdown after the closing fence (the whole text when there is no front matter). */
  readonly body: string;
  /** 1-based line of the file where `body` starts. */
  readonly bodyLine: number;
  /** 1-based line of `key:` in the front matter, or the first line when the key is absent. */
  keyLine(key: string): number;
}

class RefusedEngineError extends Error {}

const refuse = (): never => {
  throw new RefusedEngineError('only YAML front matter is allowed');
};

/** Every engine name gray-matter resolves, plus its aliases, mapped to a refusal; YAML to a safe loader. */
const loadYaml = (text: string): object => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object;
const SAFE_ENGINES = {
  yaml: { parse: loadYaml },
  yml: { parse: loadYaml },
  js: { parse: refuse },
  javascript: { parse: refuse },
  json: { parse: refuse },
  coffee: { parse: refuse },
  coffeescript: { parse: refuse },
  cson: { parse: refuse },
  toml: { parse: refuse },
};

/** Splits and parses the front matter of `text` (already normalised: LF line ends, no BOM). Never throws. */
export function readFrontMatter(text: string, sink: IssueSink): FrontMatter {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  if (!first.startsWith('---')) {
    return result(undefined, text, 1, []);
  }
  const fenceRest = first.slice(3).trim();
  if (fenceRest !== '') {
    if (/^-+$/.test(fenceRest)) return result(undefined, text, 1, []);
    sink.error(
      'yaml-invalid',
      `Front matter must be YAML; "---${fenceRest}" asks for another language, which is never run. Use a plain "---" fence.`,
      { line: 1, column: 4, endColumn: first.length + 1 },
    );
    const close = closingFence(lines);
    return close === -1 ? result(undefined, '', lines.length + 1, []) : result(undefined, lines.slice(close + 1).join('\n'), close + 2, []);
  }
  const closeIndex = closingFence(lines);
  if (closeIndex === -1) {
    sink.error('yaml-invalid', 'The front matter is not closed: add a line with "---" after it.', { line: 1 });
    return result(undefined, '', lines.length + 1, []);
  }
  const yamlLines = lines.slice(1, closeIndex);
  const body = lines.slice(closeIndex + 1).join('\n');
  const bodyLine = closeIndex + 2;
  const yamlText = yamlLines.join('\n');
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    sink.error('yaml-invalid', `The front matter is ${yamlText.length} characters long; the limit is ${MAX_FRONT_MATTER_CHARS}.`, { line: 1 });
    return result(undefined, body, bodyLine, yamlLines);
  }
  try {
    const parsed = matter(`---\n${yamlText}\n---\n`, { engines: SAFE_ENGINES, language: 'yaml' });
    const data: unknown = parsed.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      sink.error('yaml-invalid', 'The front matter must be a YAML mapping of keys to values (key: value).', { line: 2 });
      return result(undefined, body, bodyLine, yamlLines);
    }
    return result(data as Record<string, unknown>, body, bodyLine, yamlLines);
  } catch (error) {
    const { line, column, message } = describeYamlError(error);
    sink.error('yaml-invalid', `Invalid YAML in the front matter: ${message}`, { line, column });
    return result(undefined, body, bodyLine, yamlLines);
  }
}

function describeYamlError(error: unknown): { line: number; column: number; message: string } {
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark as { line?: number; column?: number } | undefined;
    // js-yaml's marks are 0-based within the block gray-matter hands it, which starts with the rest of the
    // opening fence line: mark line k is file line k + 1.
    return { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: error.reason || error.message };
  }
  if (error instanceof RefusedEngineError) return { line: 1, column: 1, message: error.message };
  return { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) };
}

/** Index of the line that closes the front matter opened on line 0, or -1. */
function closingFence(lines: string[]): number {
  return lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
}

function result(data: Record<string, unknown> | undefined, body: string, bodyLine: number, yamlLines: string[]): FrontMatter {
  return {
    data,
    body,
    bodyLine,
    keyLine(key: string): number {
      const pattern = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      const index = yamlLines.findIndex((line) => pattern.test(line));
      return index === -1 ? 1 : index + 2;
    },
  };
}
