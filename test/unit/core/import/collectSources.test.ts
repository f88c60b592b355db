import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectSources, gitOrigin } from '../../../../src/core/import/collectSources';

test('markdown files are collected in natural order with labels and licences; licence files and .git are skipped', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ek-collect-'));
  const bank = join(root, 'community-bank');
  mkdirSync(join(bank, 'exams'), { recursive: true });
  mkdirSync(join(bank, '.git'), { recursive: true });
  writeFileSync(join(bank, '.git', 'config'), '[remote "origin"]\n\turl = https://user:token@github.com/someone/community-bank.git\n');
  writeFileSync(join(bank, 'LICENSE.md'), 'Permission is hereby granted, free of charge, to any person');
  for (const name of ['exam-10.md', 'exam-2.md', 'notes.txt']) writeFileSync(join(bank, 'exams', name), '# x');
  writeFileSync(join(bank, 'README.md'), '# y');
  const collected = await collectSources([bank, join(root, 'missing')], root);
  assert.deepEqual(collected.documents.map((d) => [d.label, d.license]), [
    ['community-bank/exams/exam-2.md', 'MIT'],
    ['community-bank/exams/exam-10.md', 'MIT'],
    ['community-bank/README.md', 'MIT'],
  ]);
  assert.deepEqual(collected.licenseFiles, ['community-bank/LICENSE.md']);
  assert.deepEqual(collected.origins, ['https://github.com/someone/community-bank.git'], 'credentials never leave the config');
  assert.deepEqual(collected.problems, [`${join(root, 'missing')}: no such file or folder`]);
});

test('the origin of a worktree is read from the common git folder; no origin gives undefined', () => {
  const root = mkdtempSync(join(tmpdir(), 'ek-origin-'));
  mkdirSync(join(root, 'main', '.git', 'worktrees', 'wt'), { recursive: true });
  writeFileSync(join(root, 'main', '.git', 'config'), '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@example.com:a/b.git\n');
  writeFileSync(join(root, 'main', '.git', 'worktrees', 'wt', 'commondir'), '../..\n');
  mkdirSync(join(root, 'wt', 'docs'), { recursive: true });
  writeFileSync(join(root, 'wt', '.git'), `gitdir: ${join(root, 'main', '.git', 'worktrees', 'wt')}\n`);
  assert.equal(gitOrigin(join(root, 'wt', 'docs')), 'git@example.com:a/b.git');
  mkdirSync(join(root, 'plain', '.git'), { recursive: true });
  writeFileSync(join(root, 'plain', '.git', 'config'), '[core]\n');
  assert.equal(gitOrigin(join(root, 'plain')), undefined);
});
