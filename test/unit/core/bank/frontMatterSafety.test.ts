import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuestion } from '../../../../src/core/bank/parseQuestion';
import { parseBankInfo } from '../../../../src/core/bank/parseBankInfo';
import { miniContext } from '../../helpers/miniBank';

const marker = '__examKioskFrontMatterRan';

function payload(fence: string): string {
  return `${fence}\n{ id: (globalThis.${marker} = "${fence}") }\n---\n\nStem\n\n- [x] a\n- [ ] b\n`;
}

test('no front-matter language ever executes code', () => {
  const fences = ['---js', '---javascript', '---JavaScript', '--- js', '---coffee', '---json', '---toml', '---constructor', '---__proto__'];
  for (const fence of fences) {
    const question = parseQuestion(payload(fence), '/b/questions/q.md', miniContext());
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined, `${fence} executed`);
    assert.equal(question.question, undefined);
    assert.ok(question.issues.some((issue) => issue.code === 'yaml-invalid' && issue.line === 1), `${fence} not refused`);
    const bank = parseBankInfo(payload(fence), '/b/bank.md', 'b');
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined, `${fence} executed in bank.md`);
    assert.equal(bank.info, undefined);
  }
});

test('YAML tags that construct functions or other types are refused', () => {
  const text = '---\nid: !!js/function "function () { globalThis.__ekTag = 1 }"\n---\n\nStem\n';
  const parsed = parseQuestion(text, '/b/questions/q.md', miniContext());
  assert.equal((globalThis as Record<string, unknown>).__ekTag, undefined);
  assert.ok(parsed.issues.some((issue) => issue.code === 'yaml-invalid'));
});

test('a YAML alias bomb is parsed in bounded time without expanding', () => {
  const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 30; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
  lines.push('tags: *l29', 'id: mini-1-1-bomb', '---', '', 'Stem', '', '- [x] a', '- [ ] b');
  const parsed = parseQuestion(lines.join('\n'), '/b/questions/mini-1-1-bomb.md', miniContext());
  assert.equal(parsed.question, undefined);
  assert.ok(parsed.issues.some((issue) => issue.code === 'tags-missing'), 'the nested tags are rejected as non-text');
});
