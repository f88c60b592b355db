/**
 * What the in-host suite shares: the running Exam Kiosk (activated through VS Code, its parts as `activate`
 * returned them), a test bank on disk that the extension finds through `examKiosk.bankFolders`, waiting for a
 * condition, and a watch on unhandled rejections.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExamKioskInternals } from '../../../src/extension';
import { kioskBankFiles } from '../../e2e/fixtures/kioskBank';

export const EXTENSION_ID = 'exam-kiosk.exam-kiosk';

/** Activates Exam Kiosk (if nothing did yet) and returns the parts it built. */
export async function examKiosk(): Promise<ExamKioskInternals> {
  const extension = vscode.extensions.getExtension<ExamKioskInternals>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  return extension.activate();
}

/** The kiosk tests' bank (three questions, two domains), written to a temp folder named `host-test-bank`. */
export interface TestBank {
  /** The bank's folder; its id is the folder's name. */
  readonly root: string;
  readonly bankId: string;
  /** Removes the folder and the setting that pointed at it. */
  dispose(): Promise<void>;
}

/** Writes the test bank and adds its folder to `examKiosk.bankFolders` (user settings) until disposed. */
export async function addTestBank(): Promise<TestBank> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'exam-kiosk-host-test-'));
  const root = path.join(parent, 'host-test-bank');
  for (const [relative, content] of Object.entries(kioskBankFiles())) {
    const file = path.join(root, relative.replace(/^kiosk-bank\//, ''));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  const settings = vscode.workspace.getConfiguration('examKiosk');
  await settings.update('bankFolders', [root], vscode.ConfigurationTarget.Global);
  await fileEventsFlowing(root);
  return {
    root,
    bankId: 'host-test-bank',
    async dispose() {
      await vscode.workspace.getConfiguration('examKiosk').update('bankFolders', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until file events under `root` reach the extension host. A watcher outside the workspace starts
 * asynchronously on the server (about a second here), and a change before that is not reported; Exam Kiosk's
 * watcher for the folder was asked for first (when the setting changed), so once this one reports, so does it.
 * The probe's pattern is recursive like Exam Kiosk's (`**`): VS Code serves recursive and single-folder
 * watchers differently, and only the recursive kind takes that long. The probe file is outside `questions/`,
 * which the repository ignores.
 */
async function fileEventsFlowing(root: string): Promise<void> {
  const probe = path.join(root, 'watch-probe.md');
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(root), '**/watch-probe.md'));
  let seen = false;
  const subscriptions = [watcher.onDidCreate(() => (seen = true)), watcher.onDidChange(() => (seen = true))];
  try {
    await waitUntil(() => {
      fs.writeFileSync(probe, String(Date.now()));
      return seen;
    }, 'file events from the test bank folder');
  } finally {
    subscriptions.forEach((s) => s.dispose());
    watcher.dispose();
    fs.rmSync(probe, { force: true });
  }
}

/** Polls `probe` until it returns something other than undefined, null or false (every 50 ms, 20 s at most). */
export async function waitUntil<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, message: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Collects the unhandled promise rejections of the extension host while it is on. VS Code's own handler keeps
 * running beside this one (it logs them).
 */
export function watchUnhandledRejections(): { readonly seen: unknown[]; stop(): void } {
  const seen: unknown[] = [];
  const listener = (reason: unknown): void => {
    seen.push(reason);
  };
  process.on('unhandledRejection', listener);
  return { seen, stop: () => process.off('unhandledRejection', listener) };
}

/** Every label and description of a tree, depth first, as `label — description` lines. */
export async function treeLines<T>(provider: vscode.TreeDataProvider<T>, maxDepth = 3): Promise<string[]> {
  const lines: string[] = [];
  const walk = async (node: T | undefined, depth: number): Promise<void> => {
    const children = (await provider.getChildren(node)) ?? [];
    for (const child of children) {
      const item = await provider.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      lines.push(`${'  '.repeat(depth)}${label}${item.description ? ` — ${String(item.description)}` : ''}`);
      if (depth + 1 < maxDepth && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) await walk(child, depth + 1);
    }
  };
  await walk(undefined, 0);
  return lines;
}
