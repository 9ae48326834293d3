/**
 * The search page's states that the site-wide accessibility test does not reach: nothing
 * found, filters chosen, more results shown. axe-core (WCAG 2.1 A and AA) in each, at phone
 * width too, and no horizontal scrolling at 320 CSS px.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser } from './browser';
import { settled } from './search-helpers';

const base = inject('baseUrl');
const STATES = [
  '/nl/search/?q=xqzvbnm',
  '/en/search/?q=wind&year=2021&sort=relevance',
  '/fr/search/?q=aluminium',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each([1280, 320])('the search page at %i px', (width) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height: 800 } });
  });
  afterAll(() => context?.close());

  it.each(STATES)('%s has no axe violations and fits the width', async (path) => {
    const page = await context.newPage();
    try {
      await page.goto(base + path);
      await settled(page);
      // The filters' counts arrive after the results.
      await page.waitForFunction(() =>
        document.querySelector('#search-year option')?.textContent?.includes('('),
      );
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    } finally {
      await page.close();
    }
  });
});
