/**
 * Round trip: every file the importer writes parses back, with the bank parser, into a valid question with the
 * same answer, marked `classification: guess`, with its source and licence; the bank's `bank.md` is valid too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadBank } from '../../../../src/core/bank/loadBank';
import { renderBankFile } from '../../../../src/core/import/bankFile';
import { importQuestions } from '../../../../src/core/import/importQuestions';
import { REPO_ROOT, blueprint, kananiniravDocuments, otherFormatDocuments } from '../../helpers/importFixtures';
import { bankDocuments, TRUTH_BANKS } from '../../helpers/importTruth';

const now = new Date('2026-11-26T00:00:00Z');

test('a stem that ends with a list stays apart from the options once written', async () => {
  const text = [
    '### Question 1',
    'A company has these requirements:',
    '',
    '- One hostname for the site and its API',
    '- TLS everywhere',
    '',
    '- [x] Amazon CloudFront with two origins',
    '- [ ] Two Network Load Balancers',
    '- [x] A certificate from AWS Certificate Manager',
    '- [ ] Amazon S3 Transfer Acceleration',
    '- [ ] AWS Global Accelerator with no listener',
  ].join('\n');
  const { files } = importQuestions([{ label: 'x.md', text, license: 'MIT' }], { bank: blueprint('clf-c02'), date: '2026-11-25' });
  assert.equal(files.length, 1);
  assert.match(files[0].content.stem, /requirements:\n\n\* One hostname for the site and its API\n\* TLS everywhere\n\n\(Select TWO\.\)$/);
  const root = join(mkdtempSync(join(tmpdir(), 'ek-import-list-')), 'bank');
  mkdirSync(join(root, 'questions'), { recursive: true });
  writeFileSync(join(root, 'bank.md'), readFileSync(join(REPO_ROOT, 'question-banks', 'clf-c02', 'bank.md'), 'utf8'));
  writeFileSync(join(root, files[0].path), files[0].text);
  const bank = await loadBank(root, { now });
  assert.deepEqual(bank.issues.filter((i) => i.severity === 'error'), []);
  assert.equal(bank.questions[0].options.length, 5);
  assert.equal(bank.questions[0].selectCount, 2);
});

const SYNTHETIC = TRUTH_BANKS.filter((b) => b.startsWith('synthetic/'));
for (const [exam, banks] of [
  ['clf-c02', ['PacktPublishing', 'ramishtaha', ...SYNTHETIC]],
  ['ans-c01', ['Certilum']],
] as const) {
  test(`${exam}: every imported file parses back into a valid question with the source's answer`, async () => {
    const documents = [...otherFormatDocuments(), ...(exam === 'clf-c02' ? kananiniravDocuments() : [])];
    for (const bank of banks) documents.push(...(await bankDocuments(bank)));
    const { files, report } = importQuestions(documents, { bank: blueprint(exam), date: '2026-11-25' });
    const root = join(mkdtempSync(join(tmpdir(), 'ek-import-')), `${exam}-imported`);
    const blueprintText = readFileSync(join(REPO_ROOT, 'question-banks', exam, 'bank.md'), 'utf8');
    const bankText = renderBankFile(blueprintText, { source: 'fixtures', license: 'MIT AND CC-BY-SA-4.0', date: '2026-11-25', questionCount: files.length, licenseFiles: [] });
    assert.ok(bankText);
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'bank.md'), bankText);
    for (const file of files) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), file.text);
    }

    const bank = await loadBank(root, { now });
    const errors = bank.issues.filter((i) => i.severity === 'error');
    assert.deepEqual(errors, []);
    assert.equal(bank.info?.source, 'fixtures');
    assert.equal(bank.info?.license, 'MIT AND CC-BY-SA-4.0');
    assert.equal(bank.info?.exam, blueprint(exam).exam);
    assert.equal(bank.questions.length, files.length);
    assert.equal(files.length, report.written);

    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    for (const file of files) {
      const parsed = byId.get(file.id);
      assert.ok(parsed, file.id);
      assert.equal(parsed.classification, 'guess');
      assert.equal(parsed.source, file.content.source);
      assert.equal(parsed.license, file.content.license);
      assert.deepEqual([parsed.domain, parsed.task], [file.guess.domain, file.guess.task]);
      assert.deepEqual(
        parsed.options.filter((o) => o.correct).map((o) => o.markdown),
        file.content.options.filter((o) => o.correct).map((o) => o.text),
      );
      assert.equal(parsed.selectCount, file.content.options.filter((o) => o.correct).length);
      assert.deepEqual(parsed.references, file.content.references);
    }
    // Warnings are expected and limited to what imported banks lack or their sources say (main's bank-level
    // `answer-length-cue`, a key that is often the longest option, is what a source says too).
    const warningCodes = new Set(bank.issues.filter((i) => i.severity === 'warning').map((i) => i.code));
    const allowed = ['references-missing', 'tags-missing', 'multi-response-too-few-options', 'option-letter-reference', 'all-none-of-the-above', 'options-too-few', 'correct-too-many', 'answer-length-cue'];
    for (const code of warningCodes) assert.ok(allowed.includes(code), code);
  });
}
