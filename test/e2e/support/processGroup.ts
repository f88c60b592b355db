/**
 * Child processes that are started in their own process group and are always ended: on `stop()`, on test
 * failure, on Ctrl-C and on exit of the Node process that started them.
 *
 * code-server starts several processes (entry, server, extension host, file watchers, pty host, and shells in
 * new sessions). A plain SIGTERM to the first one leaves others running, so the whole group is killed, and the
 * descendants that left the group (a terminal's shell calls `setsid`) are collected from `/proc` beforehand.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A started process group; `stop()` ends it and proves that nothing of it is left. */
export interface ProcessGroup {
  /** Pid of the leader, which is also the process group id. */
  readonly pid: number;
  /** Settles with the leader's exit code (or signal name) once it has exited. */
  readonly exited: Promise<number | string>;
  /** True until the leader has exited. */
  isRunning(): boolean;
  /**
   * Kills the group and every descendant (SIGTERM, then SIGKILL; `crash` sends SIGKILL at once); rejects if
   * any of them is still alive afterwards.
   */
  stop(options?: { crash?: boolean }): Promise<void>;
}

export interface SpawnGroupOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** stdout and stderr are appended here; a file never blocks the child the way an unread pipe can. */
  logFile: string;
}

const live = new Map<number, ChildProcess>();

/**
 * Where pid files of live groups are written when the test runner asks for it (`E2E_PID_DIR`), so that it can
 * kill whatever a crashed or killed test process could not clean up itself.
 */
function pidFile(pid: number): string | undefined {
  const dir = process.env.E2E_PID_DIR;
  return dir ? path.join(dir, `${pid}.pid`) : undefined;
}

/** Starts `command` detached, in a new process group, with output going to `options.logFile`. */
export function spawnGroup(command: string, args: string[], options: SpawnGroupOptions): ProcessGroup {
  installExitHandlers();
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, 'a');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  live.set(pid, child);
  const file = pidFile(pid);
  if (file) fs.writeFileSync(file, `${pid}\n`);

  let running = true;
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      running = false;
      resolve(code ?? signal ?? 'unknown');
    });
    child.once('error', (error) => {
      running = false;
      resolve(error.message);
    });
  });

  return {
    pid,
    exited,
    isRunning: () => running,
    async stop(options: { crash?: boolean } = {}) {
      const family = [pid, ...descendantsOf(pid)];
      // A crash gets no chance to clean up: SIGKILL at once, as when the machine loses power mid-write.
      killAll(pid, family, options.crash ? 'SIGKILL' : 'SIGTERM');
      if (!(await waitUntilGone(pid, family, 5000))) {
        killAll(pid, family, 'SIGKILL');
        if (!(await waitUntilGone(pid, family, 5000))) {
          throw new Error(`processes still alive after SIGKILL: ${family.filter(isAlive).join(', ')}`);
        }
      }
      await exited;
      live.delete(pid);
      if (file) fs.rmSync(file, { force: true });
    },
  };
}

/** Kills the group led by `pgid` and its descendants at once with SIGKILL; for runners cleaning up leftovers. */
export function killGroupNow(pgid: number): number[] {
  const family = [pgid, ...descendantsOf(pgid)];
  const alive = family.filter(isAlive);
  if (groupExists(pgid)) alive.push(pgid);
  killAll(pgid, family, 'SIGKILL');
  return [...new Set(alive)];
}

function killAll(pgid: number, pids: number[], signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is already empty.
  }
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

async function waitUntilGone(pgid: number, pids: number[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!groupExists(pgid) && !pids.some(isAlive)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function groupExists(pgid: number): boolean {
  // kill(-pgid, 0) also succeeds for zombies, which are dead already; so look at /proc instead.
  return listProcesses().some((p) => p.pgid === pgid && p.state !== 'Z');
}

function isAlive(pid: number): boolean {
  const proc = readStat(pid);
  return proc !== undefined && proc.state !== 'Z';
}

interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
}

function readStat(pid: number): ProcInfo | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name is in parentheses and may itself contain spaces or parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { pid, state: fields[0], ppid: Number(fields[1]), pgid: Number(fields[2]) };
}

function listProcesses(): ProcInfo[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((p): p is ProcInfo => p !== undefined);
}

/** All living descendants of `pid`, in any process group. */
export function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const p of listProcesses()) {
    const list = children.get(p.ppid) ?? [];
    list.push(p.pid);
    children.set(p.ppid, list);
  }
  const found: number[] = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

let handlersInstalled = false;
const afterSweep = new Set<() => void>();

/**
 * Runs `cleanup` synchronously when this process exits or is interrupted, after every process group has been
 * killed (so nothing writes into a folder while it is removed). Returns a function that cancels it.
 */
export function cleanupOnExit(cleanup: () => void): () => void {
  installExitHandlers();
  afterSweep.add(cleanup);
  return () => afterSweep.delete(cleanup);
}

/**
 * Makes sure no group outlives this process. On exit, a synchronous SIGKILL sweep. On Ctrl-C, SIGTERM or
 * SIGHUP the same sweep at once, because Node's default action for a signal skips the exit event and a parent
 * such as `node --test` follows SIGINT with SIGTERM and then SIGKILL; then the conventional exit code, unless
 * the program handles that signal itself (Playwright and `npm start` do, and exit on their own).
 */
function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const sweep = () => {
    for (const pid of live.keys()) {
      killGroupNow(pid);
      const file = pidFile(pid);
      if (file) fs.rmSync(file, { force: true });
    }
    live.clear();
    for (const cleanup of afterSweep) {
      try {
        cleanup();
      } catch {
        // Best effort: the process is on its way out.
      }
    }
    afterSweep.clear();
  };
  process.on('exit', sweep);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      sweep();
      if (process.listenerCount(signal) === 1) process.exit(code);
    });
  }
}
