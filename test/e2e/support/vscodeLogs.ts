/** Reading VS Code's own log files in a profile (`<user-data-dir>/logs/…`), where the extension host writes. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The first file called `name` under `dir`, depth first; undefined when there is none (yet). */
export function findFile(dir: string, name: string): string | undefined {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return full;
    if (entry.isDirectory()) {
      const found = findFile(full, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Exam Kiosk's "activated in X ms (Y ms CPU)" line in its log, once it is there. */
export function loggedActivation(userDataDir: string): { ms: number; cpuMs: number } | undefined {
  const logFile = findFile(path.join(userDataDir, 'logs'), 'Exam Kiosk.log');
  const line = logFile ? /activated in ([\d.]+) ms \(([\d.]+) ms CPU\)/.exec(fs.readFileSync(logFile, 'utf8')) : null;
  return line ? { ms: Number(line[1]), cpuMs: Number(line[2]) } : undefined;
}
