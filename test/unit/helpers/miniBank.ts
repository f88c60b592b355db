import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { parseBankInfo } from '../../../src/core/bank/parseBankInfo';
import type { BankInfo } from '../../../src/core/bank/model';
import type { ParseContext } from '../../../src/core/bank/parseQuestion';

export const MINI_BANK_ROOT = path.resolve(__dirname, '../../fixtures/banks/mini-bank');

export function miniBankInfo(): BankInfo {
  const file = path.join(MINI_BANK_ROOT, 'bank.md');
  const parsed = parseBankInfo(readFileSync(file, 'utf8'), file, 'mini-bank');
  if (!parsed.info) throw new Error(`mini bank fixture is broken: ${JSON.stringify(parsed.issues)}`);
  return parsed.info;
}

export function miniContext(overrides: Partial<ParseContext> = {}): ParseContext {
  return { bankId: 'mini-bank', info: miniBankInfo(), now: new Date('2026-11-25T00:00:00Z'), staleAfterMonths: 18, ...overrides };
}
