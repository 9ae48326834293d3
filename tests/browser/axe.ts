/** axe-core in Chromium, as every accessibility check of the browser tests runs it. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 levels A and AA: what the site promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core on the page as it is now; each violation as "rule (impact): help" and the elements it
 * names, one per line, so that a failure says what to fix and where. axe is evaluated through
 * DevTools, which the page's own Content-Security-Policy does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' ')),
    }));
  }, WCAG_TAGS);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.targets.join('\n      ')}`);
}
