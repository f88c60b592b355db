/**
 * axe-core run inside a webview's own frame (the page the extension draws, not VS Code around it), with the
 * WCAG 2.0/2.1/2.2 A and AA rules. The script goes in through the DevTools protocol, which the page's CSP does not
 * govern, so the page under test keeps its real policy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string; html: string }[];
}

/** The WCAG violations axe finds in `frame` now. */
export async function axeViolations(frame: Frame, tags: readonly string[] = WCAG_TAGS): Promise<AxeViolation[]> {
  const loaded = await frame.evaluate(() => typeof (globalThis as any).axe === 'object');
  if (!loaded) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (values) => {
    const axe = (globalThis as any).axe;
    const result = await axe.run((globalThis as any).document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '', html: String(n.html).slice(0, 200) })),
    }));
  }, [...tags]);
}

/** A readable list of violations for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 6).map((n) => `    ${n.target}: ${n.summary.replace(/\s+/g, ' ').slice(0, 300)}\n      ${n.html}`).join('\n')}`).join('\n');
}
