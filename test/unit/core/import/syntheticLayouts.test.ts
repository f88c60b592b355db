/**
 * The layouts the importer once failed on, each in a synthetic bank written for these tests
 * (test/fixtures/community-banks/synthetic/, original text): beyond the answers and stems that
 * truthAcceptance.test.ts checks against each bank's truth.jsonl, what each layout must not get wrong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importQuestions, type ImportedFile } from '../../../../src/core/import/importQuestions';
import { reportLines } from '../../../../src/core/import/reportLines';
import { blueprint } from '../../helpers/importFixtures';
import { bankDocuments } from '../../helpers/importTruth';

async function importSynthetic(layout: string) {
  return importQuestions(await bankDocuments(`synthetic/${layout}`), { bank: blueprint('clf-c02'), date: '2026-11-25' });
}

const at = (files: readonly ImportedFile[], line: number): ImportedFile => files.find((f) => f.content.source.endsWith(`:${line}`))!;

test('options inside code fences are options; a fenced snippet in the stem stays code; a whole question in a fence is read', async () => {
  const { files, report } = await importSynthetic('code-fence-options');
  assert.equal(report.imported, 5);
  assert.match(at(files, 33).content.stem, /launch\?\n\n```yaml\nLaunchTemplateData:\n {2}InstanceType: c7g\.large\n {2}ImageId: ami-0abc1234\n```$/);
  assert.ok(files.every((f) => f.content.options.every((o) => !o.text.includes('`'))), 'no fence in an option');
  assert.equal(at(files, 53).content.stem, 'Which AWS service runs a managed Kubernetes control plane?');
});

test('an answer key with emoji, bold, "Q1." and a code fence; explanation quotes between entries go to their question', async () => {
  const { files, report } = await importSynthetic('decorated-answer-key');
  assert.equal(report.imported, 9);
  assert.equal(at(files, 11).content.explanation, 'Roles hand out temporary credentials, so there is no long-term key to leak.\nMFA protects the console sign-in even when a password leaks.');
  assert.equal(at(files, 30).content.explanation, 'Security Hub aggregates and prioritises findings across accounts and services.');
  assert.match(at(files, 24).content.explanation, /gives no explanation/, 'Q4 has no quote of its own');
  assert.equal(at(files, 31).content.explanation, 'network ACLs are stateless and apply to every instance in the subnet.', 'the note under the fenced key, its "Q4:" dropped');
  assert.ok(files.every((f) => !/Good luck|🔑|💡|📝|^>/m.test(f.content.explanation)));
});

test('multi-answer lines that name options by their text, also options whose text holds a comma, and a list of answers', async () => {
  const { files, report } = await importSynthetic('answers-by-text');
  assert.equal(report.imported, 5);
  const correct = (line: number) => at(files, line).content.options.filter((o) => o.correct).map((o) => o.text);
  assert.deepEqual(correct(14), ['Operating system patches, including security patches', 'Security group rules, inbound and outbound']);
  assert.deepEqual(correct(31), ['AWS Shield Advanced', 'AWS WAF']);
  assert.equal(correct(44).length, 3);
  assert.equal(at(files, 31).content.explanation, 'WAF filters requests by rules; Shield Advanced adds DDoS response and cost protection.');
});

test('a heading\'s number and topic title, and labels such as "Scenario:" or "**Question:**", are not part of the stem', async () => {
  const { files } = await importSynthetic('heading-titles');
  assert.equal(files.length, 6);
  for (const f of files) assert.doesNotMatch(f.content.stem, /^(?:\d|Amazon S3 —|IAM|Networking|Databases|Cost management|\*\*|Scenario|Question|Context)/, f.content.stem);
  assert.equal(at(files, 61).content.stem, 'Which service stores Docker images in a private registry?', 'a stem in a heading keeps its text');
});

test('answer-key tables: only a column headed as an explanation becomes the explanation, never domain, difficulty or points', async () => {
  const { files, report } = await importSynthetic('key-table-columns');
  assert.equal(report.imported, 6);
  assert.equal(at(files, 9).content.explanation, 'Cost Explorer reports past spend and forecasts future spend.');
  for (const f of files) assert.doesNotMatch(f.content.explanation, /Billing and pricing|\b(?:easy|medium)\b|Support tools|Data transfer \| 1|\| 1 \|/);
  assert.match(at(files, 37).content.explanation, /^_The source bank gives no explanation for this answer\._$/);
});

test('a 65-item mock in a layout the reader does not know is named in the report with what it holds; the rest imports', async () => {
  const { report } = await importSynthetic('unreadable-mock');
  assert.equal(report.found, 5);
  assert.equal(report.imported, 5);
  const mock = report.perFile.find((f) => f.file.endsWith('mock-exam-4.md'))!;
  assert.deepEqual([mock.found, mock.imported], [0, 0]);
  assert.deepEqual(mock.unread, { numberedItems: 65, tableQuestions: 0, optionRuns: 65, keyEntries: 65 });
  assert.equal(report.perFile.find((f) => f.file.endsWith('practice-set-1.md'))!.unread, undefined);
  const lines = reportLines(report);
  assert.ok(lines.includes('Nothing imported from 1 file with question-like content: unreadable-mock/mock-exam-4.md.'), lines.join('\n'));
  assert.ok(lines.some((l) => /^ {2}unreadable-mock\/mock-exam-4\.md: 65 numbered items, 65 runs of option-like lines, 65 answer-key entries, but no question/.test(l)));
});
