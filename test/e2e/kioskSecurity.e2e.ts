/**
 * Question banks are untrusted: a question carrying scripts, event handlers, javascript: and data: links,
 * frames, SVG with script and CSS that hides the kiosk renders harmlessly, with nothing executed.
 */
import assert from 'node:assert/strict';
import { useVSCode } from './support/fixture';
import { ackOf, startCustomExam, waitForAck } from './support/kiosk';

const PAYLOADS = [
  '<script>top.__ekPwned = "script"; window.__ekPwned = "script";</script>',
  '<img src="x" onerror="window.__ekPwned = \'img\'">',
  '[a javascript link](javascript:window.__ekPwned=\'link\')',
  '<a href="data:text/html,<script>alert(1)</script>">a data link</a>',
  '<iframe src="https://example.com" srcdoc="<script>parent.__ekPwned=1</script>"></iframe>',
  '<svg><script>window.__ekPwned = "svg"</script><circle r="5" onload="window.__ekPwned=\'svg-onload\'"/></svg>',
  '<style>#next, #end-exam, .kiosk-footer { display: none !important; }</style>',
  '<div style="position:fixed;inset:0;background:red">covering the kiosk</div>',
];

function hostileQuestion(index: number, payload: string): string {
  return `---
id: hostile-1-1-payload-${index}
domain: "1"
task: "1.1"
tags: [hostile]
references:
  - https://docs.aws.amazon.com/
updated: 2026-11-01
---

Hostile question ${index}: ${payload}

- [x] Right ${payload.includes('onerror') ? '<img src=y onerror="window.__ekPwned=\'option\'">' : ''}
- [ ] Wrong one
- [ ] Wrong two
- [ ] Wrong three

## Explanation

Explanation ${index}. ${payload}
`;
}

const files: Record<string, string> = {
  'hostile/bank.md': `---
exam: HOS-C01
title: Hostile Bank
minutes: 30
questions: ${PAYLOADS.length}
scored: ${PAYLOADS.length}
passingScore: 700
domains:
  - id: "1"
    title: Everything
    weight: 100
    tasks:
      - id: "1.1"
        title: Payloads
---
`,
};
PAYLOADS.forEach((payload, index) => { files[`hostile/questions/hostile-1-1-payload-${index}.md`] = hostileQuestion(index, payload); });

const vscode = useVSCode({ workspaceFiles: files, settings: { 'examKiosk.includeBundledBanks': false } });

vscode.test('hostile markdown in questions renders harmlessly: nothing runs, controls stay visible', async ({ workbench, diagnostics }) => {
  diagnostics.clear();
  const frame = await startCustomExam(workbench, { count: PAYLOADS.length, time: 'untimed' });
  for (let n = 1; n <= PAYLOADS.length; n++) {
    await frame.locator('#stem').waitFor();
    const html = await frame.locator('#app').innerHTML();
    assert.doesNotMatch(html, /<script|<iframe|<style|onerror=|onload=|javascript:|data:text/i, `question ${n} kept a payload: ${html.slice(0, 400)}`);
    assert.equal(await frame.evaluate(() => (globalThis as Record<string, unknown>).__ekPwned), undefined, `question ${n} ran a payload`);
    assert.equal(await frame.locator('#end-exam').isVisible(), true, `question ${n} hid the kiosk's controls`);
    assert.deepEqual(await frame.locator('#app [style*="position"]').evaluateAll((els: any[]) => els.map((e) => e.outerHTML)), [], 'no inline style survives');
    if (n < PAYLOADS.length) {
      const before = await ackOf(frame);
      await frame.locator('#next').click();
      await waitForAck(frame, before);
    }
  }
  // Answer one to reach the explanation in the review, where payloads appear again.
  await frame.locator('#end-exam').click();
  await frame.locator('#confirm-end').click();
  await frame.locator('#review-answers').click();
  await frame.locator('#answers-heading').waitFor();
  assert.equal(await frame.locator('article.result-item').count(), PAYLOADS.length);
  const reviewHtml = await frame.locator('#app').innerHTML();
  assert.doesNotMatch(reviewHtml, /<script|<iframe|<style|onerror=|onload=|javascript:/i);
  assert.equal(await frame.evaluate(() => (globalThis as Record<string, unknown>).__ekPwned), undefined);
  assert.equal(await workbench.page.evaluate(() => (globalThis as Record<string, unknown>).__ekPwned), undefined);
  // Chromium reports the payload's inline handlers and styles as CSP violations while DOMPurify parses them in
  // an inert document; those are the blocked payload. Nothing else may be blocked: no resource of our own, and no
  // URL a payload tried to load.
  const kioskViolations = diagnostics.cspViolations.filter((v) => /webview/i.test(v.documentURI));
  const unexpected = kioskViolations.filter((v) => !(v.blockedURI === 'inline' && BLOCKED_PAYLOAD_DIRECTIVES.has(v.effectiveDirective)));
  assert.deepEqual(unexpected.map((v) => `${v.effectiveDirective} ${v.blockedURI}`), []);
});

const BLOCKED_PAYLOAD_DIRECTIVES = new Set(['script-src-attr', 'script-src-elem', 'style-src-attr', 'style-src-elem']);
