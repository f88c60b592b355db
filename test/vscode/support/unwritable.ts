/**
 * Makes a folder unwritable the one way that also holds for root (chmod doesn't): the folder goes aside and a
 * plain file takes its name, so nothing can be created or opened inside it. `restore()` puts it back.
 */
import * as fs from 'node:fs';

export function replaceFolderWithFile(dir: string): { restore(): void } {
  const aside = `${dir}-aside-${process.pid}`;
  fs.renameSync(dir, aside);
  fs.writeFileSync(dir, 'not a folder');
  return {
    restore() {
      fs.rmSync(dir);
      fs.renameSync(aside, dir);
    },
  };
}
