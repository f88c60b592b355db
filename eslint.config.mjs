// ESLint for the whole repository (`npm run lint`, run by `npm test`). Kept small on purpose:
//  - typescript-eslint's recommended rules;
//  - the layering, which otherwise holds only by habit (see README "Architecture"): src/core is pure TypeScript
//    (no vscode, no host, webview, protocol or CLI code), src/protocol may use core's types and nothing above
//    it, src/webview runs in a browser (no vscode, no host, no CLI), src/host never reaches into the webview
//    bundles, and the CLI never loads the VS Code adapters;
//  - three type-aware rules that catch the bugs this codebase has actually had: a promise dropped on the floor
//    (a failed save that became an unhandled rejection), an async function handed to something that ignores its
//    promise, and awaiting a value that isn't a promise.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];

/** Specifiers and messages of the layering rules, one zone per forbidden direction. */
const layer = (target, from, message) => ({ target, from, message });
const zones = [
  layer('./src/core', ['./src/host', './src/webview', './src/protocol', './src/cli', './src/cli.ts', './src/extension.ts'], 'src/core is pure TypeScript: it never imports host, webview, protocol or CLI code.'),
  layer('./src/protocol', ['./src/host', './src/webview', './src/cli', './src/cli.ts', './src/extension.ts'], 'src/protocol may use core types only: it never imports host, webview or CLI code.'),
  layer('./src/webview', ['./src/host', './src/cli', './src/cli.ts', './src/extension.ts'], 'src/webview runs in the browser: it never imports host or CLI code.'),
  layer('./src/host', ['./src/webview', './src/cli', './src/cli.ts'], 'src/host talks to the webviews only through src/protocol: it never imports webview or CLI code.'),
  layer(['./src/cli', './src/cli.ts'], ['./src/host', './src/webview', './src/extension.ts'], 'the CLI runs without VS Code: it never imports host or webview code.'),
];

const noVscode = {
  'no-restricted-imports': ['error', {
    paths: [{ name: 'vscode', message: 'Only src/host and src/extension.ts may import vscode: core, protocol, webview and CLI code runs without VS Code.' }],
  }],
};

export default tseslint.config(
  {
    ignores: ['dist/', '**/out/', 'node_modules/', '.vscode-test/', 'test-results/', '.bench/', '**/*.vsix'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: TS_FILES,
    languageOptions: {
      parserOptions: {
        // Each file is checked with the tsconfig.json nearest to it (the webview bundles have their own).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // node:test's test() and describe() return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Synchronous loads on purpose: the lazy chunks a synchronous caller needs (scripts/lazyChunks.mjs), and
      // ts-fsrs, which ships CommonJS code with ESM-only type declarations.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^\\./yamlFallback$', '^\\./markedLib$', '^\\./fsrsLib$', '^ts-fsrs$'] }],
    },
  },
  {
    // Tests hand callbacks to page.evaluate() that run in the browser, and the tests' tsconfig has no DOM types.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: [...TS_FILES, ...JS_FILES],
    plugins: { 'import-x': importX },
    settings: {
      // Resolves relative imports to the .ts/.tsx files they name, so that the layering zones see real paths.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json', '.d.ts'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
      // A relative import the resolver can't find would slip past the zones: it is an error of its own.
      'import-x/no-unresolved': ['error', { ignore: ['^vscode$'] }],
    },
  },
  { files: ['src/core/**', 'src/protocol/**', 'src/webview/**', 'src/cli/**', 'src/cli.ts'], rules: noVscode },
  {
    // Plain JavaScript (build scripts, the benchmark's fixture extension) is in no tsconfig: no type-aware rules.
    files: JS_FILES,
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
  {
    // The benchmark's blank-panel fixture is a plain CommonJS extension and its page script.
    files: ['bench/fixtures/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable', module: 'writable', __dirname: 'readonly', document: 'readonly', window: 'readonly', acquireVsCodeApi: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
