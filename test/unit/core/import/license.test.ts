import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findLicense, identifyLicense } from '../../../../src/core/import/license';
import { KANANINIRAV, OTHER_FORMATS } from '../../helpers/importFixtures';

test('licences are recognised by their own words', () => {
  const cases: [string, string][] = [
    [readFileSync(join(KANANINIRAV, 'LICENSE'), 'utf8'), 'MIT'],
    ['                                 Apache License\n                           Version 2.0, January 2004', 'Apache-2.0'],
    ['Attribution 4.0 International\n\nCreative Commons Corporation ("Creative Commons") is not a law firm', 'CC-BY-4.0'],
    ['This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License.', 'CC-BY-SA-4.0'],
    ['Licensed under https://creativecommons.org/licenses/by-sa/3.0/ (Creative Commons)', 'CC-BY-SA-3.0'],
    ['Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International Public License', 'CC-BY-NC-SA-4.0'],
    ['Creative Commons Attribution-NoDerivatives 4.0 International', 'CC-BY-ND-4.0'],
    ['CC0 1.0 Universal\n\nCreative Commons ... Public Domain Dedication', 'CC0-1.0'],
    ['GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007', 'GPL-3.0'],
    ['This is free and unencumbered software released into the public domain.', 'Unlicense'],
    ['Redistribution and use in source and binary forms ... Neither the name of the copyright holder', 'BSD-3-Clause'],
    ['SPDX-License-Identifier: MPL-2.0', 'MPL-2.0'],
    ['All rights reserved. Do not copy.', 'unknown'],
    ['', 'unknown'],
  ];
  for (const [text, id] of cases) assert.equal(identifyLicense(text), id, text.slice(0, 60));
});

test('the licence file beside the sources or in a folder above them is found; none gives unknown', () => {
  assert.deepEqual(findLicense(join(KANANINIRAV, 'practice-exam')), { license: 'MIT', file: join(KANANINIRAV, 'LICENSE') });
  assert.equal(findLicense(OTHER_FORMATS).license, 'CC-BY-SA-4.0');
  const root = mkdtempSync(join(tmpdir(), 'ek-license-'));
  const repo = join(root, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'exams', 'part-1'), { recursive: true });
  // Above the repository root: not this bank's licence.
  writeFileSync(join(root, 'LICENSE'), 'Permission is hereby granted, free of charge, to any person');
  assert.deepEqual(findLicense(join(repo, 'exams', 'part-1')), { license: 'unknown' });
  writeFileSync(join(repo, 'LICENCE.txt'), 'Apache License\nVersion 2.0');
  assert.equal(findLicense(join(repo, 'exams', 'part-1')).license, 'Apache-2.0');
});
