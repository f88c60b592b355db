import * as path from 'node:path';

/** A bank's id: its folder name, lower case. */
export function bankIdOf(root: string): string {
  return path.basename(path.resolve(root)).toLowerCase();
}
