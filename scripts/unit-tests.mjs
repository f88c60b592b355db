// Runs every test/unit/**/*.test.ts with Node's built-in runner. Node 20's --test takes no globs, so the
// files are listed here. Extra arguments (e.g. a file path or --test-name-pattern) are passed through.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? find(path) : path.endsWith('.test.ts') ? [path] : [];
  });
}

const args = process.argv.slice(2);
const files = args.some((a) => a.endsWith('.ts')) ? [] : find('test/unit').sort();
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...args, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
