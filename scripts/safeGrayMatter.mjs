// esbuild plugin: gray-matter's `lib/engines.js` is replaced by src/core/bank/grayMatterEngines.ts in every
// bundle. The original defines a `javascript` engine that calls `eval` on front matter and requires js-yaml 3
// (about 40 KB) although banks are read with js-yaml 4; with the replacement neither is bundled.
import { fileURLToPath } from 'node:url';

const replacement = fileURLToPath(new URL('../src/core/bank/grayMatterEngines.ts', import.meta.url));

/** @type {import('esbuild').Plugin} */
export const safeGrayMatter = {
  name: 'safe-gray-matter',
  setup(build) {
    // index.js requires './lib/engines', lib/defaults.js requires './engines'.
    build.onResolve({ filter: /(^|\/)engines$/ }, (args) => {
      const fromGrayMatter = /[\\/]node_modules[\\/]gray-matter[\\/]/.test(args.importer);
      return fromGrayMatter ? { path: replacement } : undefined;
    });
  },
};
