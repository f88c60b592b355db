/**
 * The fast front-matter reader and body scanner must give exactly what gray-matter + js-yaml and marked give:
 * every file is parsed both ways and the results (question, issues, positions) compared, on the bundled banks,
 * every fixture, the hostile files, and generated and mutated files. The fast path may decline; it may never
 * differ. It must also really be taken for the files we ship.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { markedBlocks, type BodyBlock } from '../../../../src/core/bank/bodyBlocks';
import { readFrontMatter } from '../../../../src/core/bank/frontMatter';
import { IssueSink } from '../../../../src/core/bank/issueSink';
import { parseBankInfo } from '../../../../src/core/bank/parseBankInfo';
import { MAX_QUESTION_LINES } from '../../../../src/core/bank/markdownLimits';
import { MAX_QUESTION_CHARS, parseQuestion, type ParseContext } from '../../../../src/core/bank/parseQuestion';
import { parseQuestionBody } from '../../../../src/core/bank/questionBody';
import { scanBodyBlocks } from '../../../../src/core/bank/scanBodyBlocks';
import { countLines, looksBinary, normaliseText } from '../../../../src/core/bank/sourceText';
import { writeHostileBank } from '../../../fixtures/hostile/generateHostile';
import { miniContext } from '../../helpers/miniBank';
import { questionText, VALID_FRONT_MATTER } from '../../helpers/questionText';
import { anyText, mutatedFile, subsetBody, subsetFrontMatter } from './parserArbitraries';

const REPO = path.resolve(__dirname, '../../../..');
const FILE = '/bank/questions/mini-1-1-sample.md';
const BOUND = { timeout: 120_000 };
const KEYS = ['id', 'domain', 'task', 'tags', 'references', 'updated', 'exam', 'domains'];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith('.md') ? [full] : [];
  });
}

/** The context a file is checked in: its own bank's blueprint for bundled banks, the mini bank's otherwise. */
function contextFor(file: string): ParseContext {
  const match = /question-banks[\\/]([^\\/]+)[\\/]/.exec(file);
  if (!match) return miniContext();
  const bankFile = path.join(REPO, 'question-banks', match[1], 'bank.md');
  const info = parseBankInfo(readFileSync(bankFile, 'utf8'), bankFile, match[1]).info;
  return { ...miniContext(), bankId: match[1], info };
}

/** Asserts that both paths agree on `text`, at every level: front matter, blocks, and the parsed question. */
function assertSamePaths(text: string, file = FILE, context: ParseContext = miniContext()): void {
  const fast = parseQuestion(text, file, context);
  const reference = parseQuestion(text, file, context, { fastPath: false });
  assert.deepStrictEqual(fast, reference, `${file}: the fast path differs\n${JSON.stringify(text.slice(0, 2000))}`);

  const normalised = normaliseText(text);
  // Files parseQuestion refuses for their size never reach the readers.
  if (looksBinary(text) || text.length > MAX_QUESTION_CHARS || countLines(normalised) > MAX_QUESTION_LINES) return;
  const fastSink = new IssueSink(file);
  const referenceSink = new IssueSink(file);
  const fastFm = readFrontMatter(normalised, fastSink);
  const referenceFm = readFrontMatter(normalised, referenceSink, false);
  assert.deepStrictEqual([fastFm.body, fastFm.bodyLine, fastSink.issues], [referenceFm.body, referenceFm.bodyLine, referenceSink.issues], file);
  // Declined front matter is js-yaml's on both sides, and walking an alias bomb's data would never end.
  if (fastFm.fastPath) assert.deepStrictEqual(fastFm.data, referenceFm.data, `${file}: front matter differs`);
  for (const key of KEYS) assert.equal(fastFm.keyLine(key), referenceFm.keyLine(key), `${file}: line of ${key}`);

  const scanned = scanBodyBlocks(fastFm.body);
  if (scanned) {
    // Ends differ in the blank lines marked attaches to a block; what is read from them is compared above.
    const shape = (blocks: readonly BodyBlock[]) => blocks.map(({ kind, start, depth, text, items }) => ({ kind, start, depth, text,
      items: items.map((item) => ({ start: item.start, firstLineLength: item.firstLineLength, text: item.text, task: item.task, checked: item.checked })) }));
    assert.deepStrictEqual(shape(scanned), shape(markedBlocks(fastFm.body)), `${file}: blocks differ\n${JSON.stringify(fastFm.body)}`);
  }
}

function withTempHostileBank<T>(fn: (files: string[]) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'ek-fast-path-'));
  try {
    return fn(markdownFiles(writeHostileBank(path.join(dir, 'hostile'))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('both paths agree on every bundled question, bank.md, fixture and hostile file', BOUND, () => {
  const files = [...markdownFiles(path.join(REPO, 'question-banks')), ...markdownFiles(path.join(REPO, 'test', 'fixtures'))];
  assert.ok(files.length > 250, `only ${files.length} files found`);
  for (const file of files) assertSamePaths(readFileSync(file, 'utf8'), file, contextFor(file));
  const hostile = withTempHostileBank((names) => names.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
  assert.ok(hostile.length >= 10);
  for (const { file, text } of hostile) assertSamePaths(text, file);
});

test('the fast path reads at least 95% of the bundled questions, front matter and body', () => {
  const files = markdownFiles(path.join(REPO, 'question-banks')).filter((file) => /[\\/]questions[\\/]/.test(file));
  let frontMatter = 0;
  let body = 0;
  for (const file of files) {
    const sink = new IssueSink(file);
    const fm = readFrontMatter(normaliseText(readFileSync(file, 'utf8')), sink);
    if (fm.fastPath) frontMatter++;
    if (parseQuestionBody(fm.body, fm.bodyLine, sink).fastPath) body++;
  }
  assert.ok(frontMatter >= files.length * 0.95, `front matter: ${frontMatter} of ${files.length}`);
  assert.ok(body >= files.length * 0.95, `body: ${body} of ${files.length}`);
});

test('both paths agree on any text and any mutation of a valid file', BOUND, () => {
  fc.assert(fc.property(fc.oneof(anyText, mutatedFile), (text) => assertSamePaths(text)), { numRuns: 1500 });
});

test('both paths agree on bodies made of the plain shape and its near misses', BOUND, () => {
  fc.assert(fc.property(subsetBody, fc.boolean(), (body, crlf) => {
    const text = `---\n${VALID_FRONT_MATTER}\n---\n\n${body}\n`;
    assertSamePaths(crlf ? text.replace(/\n/g, '\r\n') : text);
  }), { numRuns: 3000 });
});

test('both paths agree on front matter made of the YAML subset and its near misses', BOUND, () => {
  fc.assert(fc.property(subsetFrontMatter, (yaml) => {
    assertSamePaths(questionText({ frontMatter: yaml }));
  }), { numRuns: 3000 });
});

test('the scanner and the YAML reader accept a good share of generated plain-shape files', () => {
  // Not a timing check: without this, a scanner that declined everything would pass every test above.
  const bodies = fc.sample(subsetBody, { numRuns: 500, seed: 20261125 });
  const yamls = fc.sample(subsetFrontMatter, { numRuns: 500, seed: 20261125 });
  const scanned = bodies.filter((body) => scanBodyBlocks(body) !== undefined).length;
  const read = yamls.filter((yaml) => readFrontMatter(`---\n${yaml}\n---\n`, new IssueSink(FILE)).fastPath).length;
  assert.ok(scanned >= 50, `the scanner accepted ${scanned} of 500 generated bodies`);
  assert.ok(read >= 50, `the YAML reader accepted ${read} of 500 generated front matters`);
});
