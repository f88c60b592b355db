/** The identity of an extension as VS Code derives it from the extension's package.json. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ExtensionIdentity {
  publisher: string;
  name: string;
  version: string;
  /** `publisher.name`, lower-cased the way VS Code keys extensions (and their storage folders). */
  id: string;
  /** The folder name VS Code expects in an extensions dir: `publisher.name-version`. */
  folderName: string;
  /** The `main` entry point relative to the extension folder, if any. */
  main: string | undefined;
}

/** Reads `publisher`, `name`, `version` and `main` from `<extensionPath>/package.json`. */
export function readExtensionIdentity(extensionPath: string): ExtensionIdentity {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8')) as Record<string, unknown>;
  const field = (key: string): string => {
    const value = manifest[key];
    if (typeof value !== 'string' || value === '') {
      throw new Error(`${extensionPath}/package.json has no "${key}"; VS Code cannot load it without one`);
    }
    return value;
  };
  const publisher = field('publisher');
  const name = field('name');
  const version = field('version');
  const main = typeof manifest.main === 'string' ? manifest.main : undefined;
  return {
    publisher,
    name,
    version,
    id: `${publisher}.${name}`.toLowerCase(),
    folderName: `${publisher}.${name}-${version}`,
    main,
  };
}
