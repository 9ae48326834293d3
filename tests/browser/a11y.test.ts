/**
 * Accessibility and rendering checks in Chromium on the real example site: axe-core (WCAG 2.1 A/AA)
 * on one page of every type and on every release, reflow at 320 CSS px, the print stylesheet, and
 * a clean load under the site's own Content-Security-Policy.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser } from './browser';
import { LANGUAGES, releasePaths, SEED_RELEASES } from './pages';

const baseUrl = inject('baseUrl');
const outDir = inject('outDir');

interface PageCase {
  /** URL path on the test server. */
  path: string;
  /** HTTP status the server must answer with. */
  status: number;
  /** A selector to wait for before checking, for content the page's script renders. */
  ready?: string;
}

const releases = await releasePaths(outDir);
const NOT_FOUND = '/this-page-does-not-exist/';
const pages: PageCase[] = [
  { path: '/', status: 200 },
  ...LANGUAGES.map((lang) => ({ path: `/${lang}/`, status: 200 })),
  ...releases.map((path) => ({ path, status: 200 })),
  ...LANGUAGES.map((lang) => ({ path: `/${lang}/search/`, status: 200 })),
  // How to follow the newsroom: feeds with their copy buttons, and the newsletter form.
  ...LANGUAGES.map((lang) => ({ path: `/${lang}/subscribe/`, status: 200 })),
  // Browsing pages: archive, year, month, topics, topic, companies, company, key figures.
  ...[
    '/nl/archive/',
    '/fr/archive/',
    '/nl/archive/2023/',
    '/nl/archive/2023-02/',
    '/nl/topics/',
    '/de/topics/aluminium/',
    '/en/companies/',
    '/nl/companies/bmw-group/',
    // Key figures: the overview and a filter page; company pages above carry the facts charts.
    '/nl/key-figures/',
    '/fr/key-figures/topic/climate/',
    '/en/companies/noordwind-energie/',
    // Evidence (with a document, and a company statement without) and targets with their charts.
    '/nl/evidence/havenstad-uitstoot-2025/',
    '/en/evidence/bmw-rio-tinto-aluminium-2023/',
    '/fr/evidence/noordwind-productie-uitstoot-2024/',
    '/nl/companies/havenstad-mobiliteit/targets/',
    '/de/companies/noordwind-energie/targets/',
  ].map((path) => ({ path, status: 200 })),
  // The search page with results and filters shown.
  { path: '/nl/search/?q=aluminium', status: 200, ready: '[data-search-results] li' },
  { path: '/en/search/?q=wind&sort=relevance', status: 200, ready: '[data-search-results] li' },
  { path: NOT_FOUND, status: 404 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, { path, status, ready }: PageCase): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(status);
  if (ready) await page.waitForSelector(ready);
  return page;
}

it('finds every release page, including all versions of the seed release', () => {
  expect(releases.length).toBeGreaterThanOrEqual(20);
  expect(releases).toEqual(expect.arrayContaining([...SEED_RELEASES]));
});

/**
 * Two tabs for the whole file, one at desktop width (axe and the load check) and one at phone
 * width (reflow): a new tab costs more than a page load (about 0.6 s of Chromium's set-up on this
 * machine against 0.2 s for a navigation in a tab that exists). A tab of its own for every check
 * of every page made this the slowest file of the suite.
 */
describe('axe-core (WCAG 2.1 A and AA), a clean load under the site’s own CSP, reflow at 320 CSS px', () => {
  let context: BrowserContext;
  let page: Page;
  // The reflow check loads the page again in a tab of its own that is 320 px wide from the start.
  // Never resizing a tab keeps a page from asking for another srcset image just as the next
  // navigation cuts it off, which the next page's load check would blame on that page.
  let phone: Page;
  beforeAll(async () => {
    // No bypassCSP: the site's policy must be in force to prove the page loads cleanly under it.
    // axe is evaluated through DevTools, which the page's CSP does not govern.
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    phone = await context.newPage();
    await phone.setViewportSize({ width: 320, height: 800 });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.for(pages)('$path', async (pageCase) => {
    const problems: string[] = [];
    // Only what this visit asks for, should a late event of the page before still arrive.
    const requested = new Set<Request>();
    const onRequest = (req: Request) => requested.add(req);
    const onConsole = (msg: ConsoleMessage) => {
      if (msg.type() !== 'error') return;
      // Chromium logs the 404 of the main document itself; that one is expected.
      if (pageCase.status === 404 && msg.location().url === baseUrl + pageCase.path) return;
      problems.push(`console: ${msg.text()}`);
    };
    const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
    const onRequestFailed = (req: Request) => {
      if (requested.has(req)) problems.push(`failed: ${req.url()} (${req.failure()?.errorText})`);
    };
    const onResponse = (res: Response) => {
      if (requested.has(res.request()) && res.status() >= 400 && res.url() !== baseUrl + pageCase.path) {
        problems.push(`HTTP ${res.status()}: ${res.url()}`);
      }
    };
    page.on('request', onRequest);
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('requestfailed', onRequestFailed);
    page.on('response', onResponse);
    try {
      const response = await page.goto(baseUrl + pageCase.path, { waitUntil: 'load' });
      expect(response?.status(), `HTTP status of ${pageCase.path}`).toBe(pageCase.status);
      if (pageCase.ready) await page.waitForSelector(pageCase.ready);

      // axe-core on the page as it loaded, at desktop width.
      const summary = await axeViolations(page);
      expect.soft(summary, `axe violations on ${pageCase.path}`).toEqual([]);

      // A clean load: lazy images only load once scrolled into view.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect.soft(problems, `problems loading ${pageCase.path}`).toEqual([]);

      // Reflow (WCAG 1.4.10): nothing scrolls sideways at 320 CSS px.
      await phone.goto(baseUrl + pageCase.path, { waitUntil: 'load' });
      if (pageCase.ready) await phone.waitForSelector(pageCase.ready);
      const { scrollWidth, overflowing } = await phone.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const describe = (el: Element): string =>
          el.tagName.toLowerCase() +
          (el.id ? `#${el.id}` : '') +
          [...el.classList].map((c) => `.${c}`).join('');
        return {
          scrollWidth: document.documentElement.scrollWidth,
          // The elements that stick out, to make a failure understandable.
          overflowing: [...document.body.querySelectorAll('*')]
            .filter((el) => el.getBoundingClientRect().right > width + 0.5)
            .map((el) => `${describe(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)}px)`)
            .slice(0, 10),
        };
      });
      expect
        .soft(
          scrollWidth,
          `${pageCase.path} scrolls horizontally at 320 px; sticking out: ${overflowing.join(', ')}`,
        )
        .toBeLessThanOrEqual(320);
    } finally {
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
    }
  });
});

describe('print stylesheet', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.for(SEED_RELEASES)(
    '%s prints without site chrome, with its address in a masthead and its dateline',
    async (path) => {
      const page = await open(context, { path, status: 200 });
      try {
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.site-header').isVisible(), 'site header').toBe(false);
        expect(await page.locator('nav.languages').isVisible(), 'language nav').toBe(false);
        expect(await page.locator('.release .dateline').isVisible(), 'dateline').toBe(true);
        const printUrl = page.locator('.release-masthead__url');
        expect(await printUrl.isVisible(), 'print URL').toBe(true);
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
        expect(canonical).toMatch(new RegExp(`${path.replaceAll('/', '\\/')}$`));
        expect(await printUrl.textContent()).toContain(canonical);

        // And on screen the print-only address stays hidden while the chrome is shown.
        await page.emulateMedia({ media: 'screen' });
        expect(await printUrl.isVisible(), 'print URL on screen').toBe(false);
        expect(await page.locator('.site-header').isVisible(), 'site header on screen').toBe(true);
      } finally {
        await page.close();
      }
    },
  );
});
