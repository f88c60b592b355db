import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../../src/cli/importCommand';
import { loadBank } from '../../../src/core/bank/loadBank';
import { COMMUNITY_BANKS, KANANINIRAV, OTHER_FORMATS, REPO_ROOT } from '../helpers/importFixtures';

function collector(): { io: { stdout(line: string): void; stderr(line: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (l) => void out.push(l), stderr: (l) => void err.push(l) }, out, err };
}

test('usage errors exit 2 and say what is wrong', async () => {
  const cases: [string[], RegExp][] = [
    [[], /Name the files or folders/],
    [[OTHER_FORMATS, '--out', 'x'], /--exam is required/],
    [[OTHER_FORMATS, '--exam', 'clf-c02'], /--out is required/],
    [[OTHER_FORMATS, '--exam', 'clf-c02', '--out', 'x', '--colour'], /Unknown option --colour/],
    [[OTHER_FORMATS, '--exam', 'no-such-exam', '--out', 'x'], /No bank\.md found for --exam "no-such-exam"/],
    [[OTHER_FORMATS, '--exam', 'clf-c02', '--out', 'x', '--date', '2026-13-45'], /not a YYYY-MM-DD date/],
    [[join(OTHER_FORMATS, 'missing.md'), '--exam', 'clf-c02', '--out', 'x'], /No markdown files found/],
    [[OTHER_FORMATS, '--exam', 'clf-c02', '--out', join(REPO_ROOT, 'question-banks', 'clf-c02')], /exam's own bank/],
  ];
  for (const [argv, message] of cases) {
    const { io, err } = collector();
    assert.equal(await runImport(argv, io, REPO_ROOT), 2, argv.join(' '));
    assert.match(err.join('\n'), message);
  }
});

test('imports folders into a bank that loads, prints the report, and is stable on a second run', async () => {
  // Copies outside any git repository, so the bank's source is the folder names wherever the tests run.
  const work = mkdtempSync(join(tmpdir(), 'ek-cli-import-'));
  const sources = [join(work, 'kananinirav'), join(work, 'other-formats')];
  cpSync(KANANINIRAV, sources[0], { recursive: true });
  cpSync(OTHER_FORMATS, sources[1], { recursive: true });
  const out = join(work, 'clf-community');
  const first = collector();
  const code = await runImport([...sources, '--exam', 'clf-c02', '--out', out, '--date', '2026-11-25'], first.io, REPO_ROOT);
  assert.equal(code, 0);
  assert.deepEqual(first.err, []);
  const text = first.out.join('\n');
  assert.match(text, /^Found 1,174 questions in 33 files\.$/m);
  assert.match(text, /^Imported 1,167 \(99\.4%\) with exactly the answers the source gives: 982 question files, 185 repeated questions merged into them\.$/m);
  assert.match(text, /^ {2}kananinirav\/practice-exam\/practice-exam-22\.md:299: select-count-mismatch: /m);
  assert.match(text, /^ {2}other-formats\/heading-task-list\.md:47: answer-missing: /m);
  assert.match(text, /^Wrote .*: 983 new, 0 unchanged, 0 replaced, 0 kept/m);

  const bankMd = readFileSync(join(out, 'bank.md'), 'utf8');
  assert.match(bankMd, /\nsource: "kananinirav, other-formats"\nlicense: "MIT AND CC-BY-SA-4\.0"\n---\n/);
  assert.match(bankMd, /read from kananinirav\/LICENSE, other-formats\/LICENSE\.md/);
  const bank = await loadBank(out, { now: new Date('2026-11-26T00:00:00Z') });
  assert.equal(bank.questions.length, 982);
  assert.deepEqual(bank.issues.filter((i) => i.severity === 'error'), []);
  assert.ok(bank.questions.every((q) => q.classification === 'guess' && q.source !== undefined));

  const again = collector();
  assert.equal(await runImport([...sources, '--exam', 'clf-c02', '--out', out, '--date', '2026-12-01'], again.io, REPO_ROOT), 0);
  assert.match(again.out.join('\n'), /: 0 new, 983 unchanged, 0 replaced, 0 kept/);
});

test('an edited question is kept unless --force, which keeps the old file as .bak', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ek-cli-import-')), 'clf-small');
  const argv = [join(OTHER_FORMATS, 'bold-letter-options.md'), '--exam', 'clf-c02', '--out', out, '--date', '2026-11-25'];
  assert.equal(await runImport(argv, collector().io, REPO_ROOT), 0);
  const dir = join(out, 'questions');
  const [name] = readdirSync(dir).sort();
  const edited = readFileSync(join(dir, name), 'utf8').replace('task: "', 'task: "9');
  writeFileSync(join(dir, name), edited);

  const kept = collector();
  assert.equal(await runImport(argv, kept.io, REPO_ROOT), 0);
  assert.match(kept.out.join('\n'), /: 0 new, 3 unchanged, 0 replaced, 1 kept/);
  assert.equal(readFileSync(join(dir, name), 'utf8'), edited);

  const forced = collector();
  assert.equal(await runImport([...argv, '--force'], forced.io, REPO_ROOT), 0);
  assert.match(forced.out.join('\n'), /: 0 new, 3 unchanged, 1 replaced, 0 kept/);
  assert.notEqual(readFileSync(join(dir, name), 'utf8'), edited);
  assert.equal(readFileSync(join(dir, `${name}.bak`), 'utf8'), edited);
});

test('the report names a file with question-like content from which nothing was imported, and gives each file\'s figures', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ek-cli-unread-'));
  const source = join(work, 'unreadable-mock');
  cpSync(join(COMMUNITY_BANKS, 'synthetic', 'unreadable-mock'), source, { recursive: true });
  const { io, out } = collector();
  assert.equal(await runImport([source, '--exam', 'clf-c02', '--out', join(work, 'out'), '--date', '2026-11-25'], io, REPO_ROOT), 0);
  const text = out.join('\n');
  assert.match(text, /^Found 5 questions in 2 files\.\nImported 5 \(100\.0%\).*\nSkipped 0\.\nNothing imported from 1 file with question-like content: unreadable-mock\/mock-exam-4\.md\.$/m);
  assert.match(text, /^ {2}unreadable-mock\/mock-exam-4\.md: 65 numbered items, 65 runs of option-like lines, 65 answer-key entries, but no question/m);
  assert.match(text, /^ {6}0 {5}0 {5}0 {5}0 {2}unreadable-mock\/mock-exam-4\.md$/m);
  assert.match(text, /^ {6}5 {5}5 {5}0 {5}0 {2}unreadable-mock\/practice-set-1\.md$/m);
});

test('nothing to import exits 1 and writes nothing', async () => {
  const src = mkdtempSync(join(tmpdir(), 'ek-cli-prose-'));
  writeFileSync(join(src, 'notes.md'), '# Notes\n\nNo questions here.\n');
  const out = join(src, 'out');
  const { io, err } = collector();
  assert.equal(await runImport([src, '--exam', 'clf-c02', '--out', out], io, REPO_ROOT), 1);
  assert.match(err.join('\n'), /Nothing imported/);
  assert.equal(existsSync(out), false);
});
