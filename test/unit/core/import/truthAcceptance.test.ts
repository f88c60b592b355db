/**
 * The acceptance figures on every fixture bank with a `truth.jsonl` (three MIT-licensed community banks and our
 * own synthetic layouts): each imports with at least 99 % of its questions carrying exactly the truth's correct
 * options and a stem that reads as the truth's, and the report's found count is within 10 % of the truth. The
 * truth files were written independently of the importer (test/fixtures/community-banks/SOURCES.md).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importQuestions } from '../../../../src/core/import/importQuestions';
import { blueprint } from '../../helpers/importFixtures';
import { bankDocuments, compareWithTruth, importedQuestions, readTruth, TRUTH_BANKS } from '../../helpers/importTruth';

for (const bank of TRUTH_BANKS) {
  test(`${bank}: ≥ 99 % exact answers and stems, found within 10 % of the truth`, async () => {
    const documents = await bankDocuments(bank);
    const { files, report } = importQuestions(documents, { bank: blueprint(bank === 'Certilum' ? 'ans-c01' : 'clf-c02'), date: '2026-11-25' });
    const truth = readTruth(bank);
    const compared = compareWithTruth(truth, importedQuestions(files, report));
    const misses = compared.misses.join('\n');
    assert.ok(compared.exact >= 0.99 * truth.length, `${compared.exact} of ${truth.length} exact:\n${misses}`);
    assert.ok(compared.sameStem >= 0.99 * truth.length, `${compared.sameStem} of ${truth.length} stems:\n${misses}`);
    assert.ok(Math.abs(report.found - truth.length) <= 0.1 * truth.length, `found ${report.found}, truth ${truth.length}`);
    assert.ok(report.imported <= report.found);
  });
}

test('Certilum: code blocks between stem and options stay code blocks in the stem; topic headings are no questions', async () => {
  const documents = await bankDocuments('Certilum');
  const { files, report } = importQuestions(documents, { bank: blueprint('ans-c01'), date: '2026-11-25' });
  const withCode = files.filter((f) => /\n```[a-z-]*\n[\s\S]*\n```$/.test(f.content.stem));
  assert.equal(withCode.length, 9);
  const bgp = files.find((f) => f.content.stem.startsWith('Examine the BGP configuration snippet.'))!;
  assert.match(bgp.content.stem, /\?\n\n```cisco-ios\n/);
  assert.ok(files.every((f) => !/^(?:#|\*\*|\d+\.)/.test(f.content.stem)), 'no heading marks, bold or numbers left in a stem');
  assert.equal(report.found, 30);
  assert.equal(files.find((f) => f.content.source.endsWith(':336'))!.content.stem, 'Which two features are characteristics of AWS Security Groups? (Select TWO.)');
  assert.ok(files.every((f) => !/Explanation\*\*|💡/.test(f.content.explanation)), 'the explanation label is not kept');
});

test('PacktPublishing: "(Choose all that apply)" becomes the count, every option right is imported as the source says', async () => {
  const documents = await bankDocuments('PacktPublishing');
  const { files } = importQuestions(documents, { bank: blueprint('clf-c02'), date: '2026-11-25' });
  const kvm = files.find((f) => f.content.stem.startsWith('Which VM guest operating system does KVM support natively?'))!;
  assert.equal(kvm.content.stem, 'Which VM guest operating system does KVM support natively? (Select FOUR.)');
  assert.ok(kvm.content.options.every((o) => o.correct));
  const csv = files.find((f) => f.content.stem === 'Which delimiter is supported in CSV files?')!;
  assert.deepEqual(csv.content.options.map((o) => o.text), ['|', '/', '\\', ',']);
});
