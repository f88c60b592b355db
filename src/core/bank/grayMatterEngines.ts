/**
 * Stands in for gray-matter's `lib/engines.js` in the shipped bundles (see `scripts/safeGrayMatter.mjs`). The
 * original registers a `javascript` engine that runs front matter through `eval`, and pulls in js-yaml 3 for
 * YAML; this one reads YAML with our js-yaml 4 loader and refuses everything else, so neither `eval` nor a second
 * YAML parser is in the bundle. `frontMatter.ts` still passes its own safe engines: unit tests run gray-matter
 * unbundled, with its original engines.
 */
import { loadYaml, refuseEngine } from './safeYaml';

export const yaml = { parse: loadYaml, stringify: refuseEngine };
export const json = { parse: refuseEngine, stringify: refuseEngine };
export const javascript = { parse: refuseEngine, stringify: refuseEngine };
