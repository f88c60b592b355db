/** Fixtures of the importer tests: the community banks under test/fixtures/community-banks and our blueprints. */
import * as path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { parseBankInfo } from '../../../src/core/bank/parseBankInfo';
import type { BankInfo } from '../../../src/core/bank/model';
import type { SourceDocument } from '../../../src/core/import/importQuestions';

export const COMMUNITY_BANKS = path.resolve(__dirname, '../../fixtures/community-banks');
export const KANANINIRAV = path.join(COMMUNITY_BANKS, 'kananinirav');
export const OTHER_FORMATS = path.join(COMMUNITY_BANKS, 'other-formats');
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** The blueprint of one of our banks, parsed with the bank parser. */
export function blueprint(bankId: 'clf-c02' | 'ans-c01'): BankInfo {
  const file = path.join(REPO_ROOT, 'question-banks', bankId, 'bank.md');
  const parsed = parseBankInfo(readFileSync(file, 'utf8'), file, bankId);
  if (!parsed.info) throw new Error(`blueprint ${bankId} is broken: ${JSON.stringify(parsed.issues)}`);
  return parsed.info;
}

/** The 23 kananinirav files, in natural order, labelled as the CLI labels them. */
export function kananiniravDocuments(): SourceDocument[] {
  const dir = path.join(KANANINIRAV, 'practice-exam');
  return readdirSync(dir)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => ({ label: `kananinirav/practice-exam/${name}`, text: readFileSync(path.join(dir, name), 'utf8'), license: 'MIT' }));
}

/** One of our own other-format fixtures. */
export function otherFormat(name: string): string {
  return readFileSync(path.join(OTHER_FORMATS, name), 'utf8');
}

export function otherFormatDocuments(): SourceDocument[] {
  return readdirSync(OTHER_FORMATS)
    .filter((name) => name.endsWith('.md') && !name.startsWith('LICENSE'))
    .sort()
    .map((name) => ({ label: `other-formats/${name}`, text: otherFormat(name), license: 'CC-BY-SA-4.0' }));
}
