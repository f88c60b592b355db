// `npm start`: builds the extension and opens VS Code with it and the bundled question banks.
//
// With the desktop `code` on PATH: `code --extensionDevelopmentPath=<repo> question-banks`.
// Otherwise: code-server (VS Code in the browser, installed on first use like the end-to-end tests) on a
// loopback port, with a profile kept in .vscode-test/start-profile/. Ctrl-C stops it.
//
//   npm start                 build, then open
//   npm start -- --port 8080  code-server on a fixed port (default: a free one)
//   npm start -- --no-build   skip the build
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { require as tsxRequire } from 'tsx/cjs/api';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const banks = join(repo, 'question-banks');
const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : undefined;

if (!args.includes('--no-build')) {
  const result = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0) {
  const code = spawn('code', [`--extensionDevelopmentPath=${repo}`, banks], { stdio: 'inherit' });
  code.on('exit', (status) => process.exit(status ?? 0));
} else {
  const support = (name) => tsxRequire(`../test/e2e/support/${name}.ts`, import.meta.url);
  const { ensureE2eInstalled } = support('install');
  const { CodeServer } = support('codeServer');
  const { vscodeTestDir } = support('paths');

  await ensureE2eInstalled();
  const server = await CodeServer.start({
    extensionPath: repo,
    userDataDir: join(vscodeTestDir, 'start-profile'),
    workspaceFolder: banks,
    port,
  });
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal ?? 'exit'}: stopping code-server…`);
    await server.dispose();
    process.exit(signal ? 0 : 1);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));

  const line = '─'.repeat(72);
  console.log(`\n${line}\n  Exam Kiosk is running in VS Code (code-server, VS Code 1.100.3).\n`);
  console.log(`  Open:  ${server.workbenchUrl()}\n`);
  console.log(`  Profile: ${join('.vscode-test', 'start-profile')}   Log: ${server.logFile}`);
  console.log(`  After \`npm run build\`, reload the browser tab to load the new build.  Ctrl-C stops.\n${line}`);
  // Runs until Ctrl-C; if code-server ends by itself, say why.
  const status = await server.whenExited();
  if (!stopping) {
    console.error(`code-server stopped unexpectedly (${status}):\n${server.logTail()}`);
    await stop(undefined);
  }
}
