import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  }[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules, plus best practices) on the page as it is, or only
 * inside `include` (CSS selectors), and returns the serious and critical violations. The
 * engine is evaluated through the DevTools protocol, which the page's Content-Security-Policy
 * does not govern (an injected <script> would be refused, as it should be).
 */
export async function seriousViolations(
  page: Page,
  include?: readonly string[],
): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<unknown> } })
      .axe;
    // Violations are all that is read: axe then keeps no node details for the rules that pass,
    // a third less time per view.
    const context = only ? { include: only.map((s) => [s]) } : document;
    return (await axe.run(context, { resultTypes: ['violations'] })) as unknown;
  }, include ?? null);
  return (result as AxeResult).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
    }));
}
