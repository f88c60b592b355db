/**
 * The licence of an imported bank, from a LICENSE / LICENCE / COPYING file next to its files or in a folder
 * above them (up to the repository root). Recognised by the licence's own words, so a renamed or reformatted
 * file still counts; anything else is "unknown", which the report points out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** SPDX-style identifier, or `unknown`. */
export type LicenseId = string;

export const UNKNOWN_LICENSE: LicenseId = 'unknown';

const CC_VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/by-nc-sa|attribution[- ]noncommercial[- ]sharealike/i, 'CC-BY-NC-SA'],
  [/by-nc-nd|attribution[- ]noncommercial[- ]noderivs|attribution[- ]noncommercial[- ]noderivatives/i, 'CC-BY-NC-ND'],
  [/by-nc\b|attribution[- ]noncommercial\b/i, 'CC-BY-NC'],
  [/by-nd\b|attribution[- ]noderivs|attribution[- ]noderivatives/i, 'CC-BY-ND'],
  [/by-sa\b|attribution[- ]sharealike/i, 'CC-BY-SA'],
  [/\bby\b|attribution\b/i, 'CC-BY'],
];

/** Identifies the licence in a licence file's text; `unknown` when it is none we recognise. */
export function identifyLicense(text: string): LicenseId {
  const spdx = /SPDX-License-Identifier:\s*([\w.+-]+)/i.exec(text);
  if (spdx) return spdx[1];
  const t = text.replace(/\s+/g, ' ');
  if (/creative\s*commons|creativecommons\.org/i.test(t)) {
    if (/CC0|public domain dedication|publicdomain\/zero/i.test(t)) return 'CC0-1.0';
    const version = /(?:licenses\/[a-z-]+\/|\b)([1-4]\.0)\b/i.exec(t)?.[1] ?? '4.0';
    for (const [pattern, id] of CC_VARIANTS) if (pattern.test(t)) return `${id}-${version}`;
  }
  if (/Permission is hereby granted, free of charge/i.test(t)) return 'MIT';
  if (/Apache License/i.test(t) && /Version 2\.0/i.test(t)) return 'Apache-2.0';
  if (/GNU AFFERO GENERAL PUBLIC LICENSE/i.test(t)) return 'AGPL-3.0';
  if (/GNU LESSER GENERAL PUBLIC LICENSE/i.test(t)) return /Version 3/i.test(t) ? 'LGPL-3.0' : 'LGPL-2.1';
  if (/GNU GENERAL PUBLIC LICENSE/i.test(t)) return /Version 3/i.test(t) ? 'GPL-3.0' : 'GPL-2.0';
  if (/Mozilla Public License,? (?:Version|v\.?) ?2\.0/i.test(t)) return 'MPL-2.0';
  if (/This is free and unencumbered software released into the public domain/i.test(t)) return 'Unlicense';
  if (/Redistribution and use in source and binary forms/i.test(t)) {
    return /Neither the name|endorse or promote/i.test(t) ? 'BSD-3-Clause' : 'BSD-2-Clause';
  }
  if (/Permission to use, copy, modify, and\/or distribute this software for any purpose/i.test(t)) return 'ISC';
  return UNKNOWN_LICENSE;
}

/** Names of licence files: LICENSE, LICENCE.md, COPYING.txt, LICENSE-CC-BY-SA … */
export const LICENSE_FILE = /^(?:licen[sc]e|copying)(?:[.-][\w.-]*)?$/i;
const MAX_LEVELS = 6;

/** Where a licence was found. */
export interface FoundLicense {
  readonly license: LicenseId;
  /** The licence file, absent when none was found. */
  readonly file?: string;
}

/**
 * Looks for a licence file in `dir` and its parents, stopping after the folder that holds `.git` (the
 * repository root) or after a few levels. The first licence file found decides.
 */
export function findLicense(dir: string): FoundLicense {
  let current = path.resolve(dir);
  for (let level = 0; level < MAX_LEVELS; level++) {
    const file = licenseFileIn(current);
    if (file) {
      try {
        return { license: identifyLicense(readFileSync(file, 'utf8')), file };
      } catch {
        return { license: UNKNOWN_LICENSE, file };
      }
    }
    const parent = path.dirname(current);
    if (parent === current || existsSync(path.join(current, '.git'))) break;
    current = parent;
  }
  return { license: UNKNOWN_LICENSE };
}

function licenseFileIn(dir: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const name = names.filter((n) => LICENSE_FILE.test(n)).sort()[0];
  if (!name) return undefined;
  const file = path.join(dir, name);
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
