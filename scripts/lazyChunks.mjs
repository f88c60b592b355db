// Features and libraries used now and then live in chunks of their own, loaded on first use, so activation only
// loads what every session needs. Source code asks for them with `await import('…/core/import/importBank')` or,
// where the caller is synchronous, `require('./markedLib')`; in the extension bundle either becomes a require of
// dist/lazy/<chunk>.js, built from the same module. Unbundled (unit tests, tsx) they load the source as usual.
import * as path from 'node:path';

/** Source module (from the repository root) → chunk file (from the bundle's folder). */
export const LAZY_CHUNKS = {
  'src/core/import/importBank.ts': 'lazy/importer.js',
  'src/core/search/questionSearch.ts': 'lazy/search.js',
  'src/core/markdown/markedLib.ts': 'lazy/marked.js',
  'src/core/bank/yamlFallback.ts': 'lazy/yaml.js',
  'src/core/progress/fsrsLib.ts': 'lazy/fsrs.js',
};

/** An esbuild plugin that leaves dynamic imports of the lazy modules out of the bundle that imports them. */
export function lazyChunks(root) {
  return {
    name: 'lazy-chunks',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\// }, (args) => {
        if (args.kind !== 'dynamic-import' && args.kind !== 'require-call') return undefined;
        const target = path.relative(root, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
        const chunk = LAZY_CHUNKS[`${target}.ts`] ?? LAZY_CHUNKS[target];
        return chunk ? { path: `./${chunk}`, external: true } : undefined;
      });
    },
  };
}
