import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readBankText, readBankTexts } from '../../../../src/core/bank/bankFileReader';
import { MAX_QUESTION_CHARS } from '../../../../src/core/bank/parseQuestion';
import type { BankIssue } from '../../../../src/core/bank/model';

/** Files around the reader's buffer size (16 KB) and its size limit, with multi-byte characters across them. */
function writeFiles(dir: string): Record<string, string> {
  const texts: Record<string, string> = {
    'empty.md': '',
    'small.md': '---\nid: x\n---\n\nStem é\n',
    'just-below.md': 'a'.repeat(16 * 1024 - 1),
    'exactly.md': 'b'.repeat(16 * 1024),
    'just-above.md': 'c'.repeat(16 * 1024 + 1),
    'split-character.md': `${'d'.repeat(16 * 1024 - 1)}é${'e'.repeat(100)}`,
    'large.md': 'f'.repeat(200_000),
  };
  for (const [name, text] of Object.entries(texts)) writeFileSync(path.join(dir, name), text);
  return texts;
}

test('files of any size up to the limit are read whole, each worker reusing its buffer', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-reader-'));
  try {
    const texts = writeFiles(dir);
    const names = Object.keys(texts);
    // Two workers over many files: every buffer is reused for files of different sizes.
    const files = [...names, ...names, ...names].map((name) => path.join(dir, name));
    const read = await readBankTexts(files, 2);
    assert.deepEqual(read.map((r) => r.file), files);
    for (const result of read) {
      assert.equal(result.text, texts[path.basename(result.file)], path.basename(result.file));
      assert.deepEqual(result.issues, []);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file over the size limit is refused, and a missing file or a folder is unreadable', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-reader-'));
  try {
    const huge = path.join(dir, 'huge.md');
    writeFileSync(huge, Buffer.alloc(MAX_QUESTION_CHARS * 4 + 1, 0x61));
    mkdirSync(path.join(dir, 'folder.md'));
    const [tooLarge, missing, folder] = await readBankTexts([huge, path.join(dir, 'missing.md'), path.join(dir, 'folder.md')], 4);
    assert.equal(tooLarge.text, undefined);
    assert.deepEqual(tooLarge.issues.map((i) => [i.code, i.line]), [['file-too-large', 1]]);
    assert.match(tooLarge.issues[0].message, new RegExp(`${MAX_QUESTION_CHARS * 4 + 1} bytes`));
    for (const unreadable of [missing, folder]) {
      assert.equal(unreadable.text, undefined);
      assert.deepEqual(unreadable.issues.map((i) => i.code), ['file-unreadable']);
    }
    const issues: BankIssue[] = [];
    assert.equal(await readBankText(path.join(dir, 'missing.md'), issues), undefined);
    assert.deepEqual(issues.map((i) => i.code), ['file-unreadable']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
