// Runs the benchmarks in bench/ one after another (all of them, or those named: `npm run bench -- progress`),
// each in its own Node process with --expose-gc so every measure starts from a collected heap.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const wanted = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((name) => name.endsWith('.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name === w || name === `${w}.ts`))
  .sort();
let status = 0;
for (const file of files) {
  console.log(`\n== bench/${file}`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
