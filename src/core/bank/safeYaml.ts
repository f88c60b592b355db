/**
 * The only way bank front matter is turned into data: js-yaml 4's core schema (no custom tags, no functions, no
 * dates). Shared by `frontMatter.ts` and by the module that replaces gray-matter's engines in the bundles.
 */
import * as yaml from 'js-yaml';

export function loadYaml(text: string): object {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object;
}

/** Thrown by every front-matter engine other than YAML. */
export class RefusedEngineError extends Error {}

export function refuseEngine(): never {
  throw new RefusedEngineError('only YAML front matter is allowed');
}
