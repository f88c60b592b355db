/**
 * Front matter outside the simple subset `simpleYaml.ts` reads: gray-matter with every engine but YAML refused
 * and YAML through js-yaml's core schema. Loaded on first use (the extension bundles it as dist/lazy/yaml.js),
 * since bank files almost never need it.
 */
import matter from 'gray-matter';
import * as yaml from 'js-yaml';
import { loadYaml, RefusedEngineError, refuseEngine } from './safeYaml';

const refuse = refuseEngine;

/** Every engine name gray-matter resolves, plus its aliases, mapped to a refusal; YAML to a safe loader. */
export const SAFE_ENGINES = {
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

export interface YamlError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Parses a front-matter block's YAML (the lines between the fences). Never throws. */
export function parseYamlBlock(yamlText: string): { readonly data: unknown } | { readonly error: YamlError } {
  try {
    return { data: matter(`---\n${yamlText}\n---\n`, { engines: SAFE_ENGINES, language: 'yaml' }).data };
  } catch (error) {
    return { error: describeYamlError(error) };
  }
}

function describeYamlError(error: unknown): YamlError {
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark as { line?: number; column?: number } | undefined;
    // js-yaml's marks are 0-based within the block gray-matter hands it, which starts with the rest of the
    // opening fence line: mark line k is file line k + 1.
    return { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: error.reason || error.message };
  }
  if (error instanceof RefusedEngineError) return { line: 1, column: 1, message: error.message };
  return { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) };
}
