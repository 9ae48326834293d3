/**
 * Listings, following and the language switch in Chromium on the real example site (three
 * companies, four languages): cards name the company, the subscribe page copies a feed's
 * address, an untranslated release's header reaches every language.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { LANGUAGES } from './pages';

const baseUrl = inject('baseUrl');
const ORIGIN = 'https://perskamer.example.org';
/** A Dutch release with no translation. */
const UNTRANSLATED = '/nl/2026/thijs-hoekstra-nieuwe-directeur-noordwind-energie/';
const SEED = '/nl/2023/bmw-group-koopt-koolstofarm-aluminium-rio-tinto/';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function open(path: string, run: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  try {
    await page.goto(baseUrl + path);
    await run(page);
  } finally {
    await page.close();
  }
}

describe('listing cards', () => {
  it('name the company in this multi-company newsroom, link the topics and show the lead image', async () => {
    await open('/nl/', async (page) => {
      const seed = page.locator(`.release-card:has(a[href="${SEED}"])`);
      expect(await seed.locator('.release-card__company').textContent()).toBe('BMW Group');
      expect(await seed.locator('.release-card__meta').textContent()).toBe('20 februari 2023 · Rijswijk');
      const topics = await seed
        .locator('.release-card__topics a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(topics.length).toBeGreaterThan(0);
      for (const href of topics) expect(href).toMatch(/^\/nl\/topics\/[a-z-]+\/$/);
      const thumb = seed.locator('img.release-card__thumb');
      await thumb.scrollIntoViewIfNeeded();
      await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
      // Every card names its company.
      const cards = await page.locator('.release-list > .release-card').count();
      expect(await page.locator('.release-list > .release-card .release-card__company').count()).toBe(cards);
    });
  });

  it('are of even height in each row where the page has two columns', async () => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${baseUrl}/nl/archive/2023/`);
      const boxes = await page
        .locator('.release-list > .release-card')
        .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
      const rows = new Map<number, DOMRect[]>();
      for (const box of boxes) rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), box]);
      expect([...rows.values()].some((row) => row.length === 2)).toBe(true);
      for (const row of rows.values()) expect(new Set(row.map((b) => Math.round(b.height))).size).toBe(1);
    } finally {
      await page.close();
    }
  });
});

describe('the subscribe page', () => {
  it('lists every feed of its language with its address, in every language', async () => {
    for (const lang of LANGUAGES) {
      await open(`/${lang}/subscribe/`, async (page) => {
        const addresses = await page.locator('.feed__address').allTextContents();
        for (const file of ['feed.xml', 'atom.xml', 'feed.json']) {
          expect(addresses, lang).toContain(`${ORIGIN}/${lang}/${file}`);
        }
        // Each address answers on this server: none is a dead link.
        for (const address of addresses) {
          const response = await page.request.get(address.replace(ORIGIN, baseUrl));
          expect(response.status(), address).toBe(200);
        }
        expect(addresses.filter((a) => a.includes('/topics/')).length).toBeGreaterThan(0);
      });
    }
  });

  it('copies a feed’s address with its button and announces it', async () => {
    await open('/en/subscribe/', async (page) => {
      const feed = page.locator('.feed').first();
      await feed.locator('button').click();
      await expect.poll(() => feed.locator('[role="status"]').textContent()).toBe('Address copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}/en/feed.xml`);
    });
  });

  it('offers the newsletter form of site.yaml, and the home page links there in words', async () => {
    await open('/nl/subscribe/', async (page) => {
      expect(await page.locator('#follow-email ~ .subscribe form input[type="email"]').count()).toBe(1);
    });
    await open('/nl/', async (page) => {
      const follow = page.locator('.newsroom-desk .follow');
      expect(await follow.locator('a[href="/nl/subscribe/"]').count()).toBe(1);
      expect(await page.locator('.newsroom-desk .contacts .contact').count()).toBeGreaterThan(0);
    });
  });
});

describe('the language switch', () => {
  it('an untranslated release’s header links to every language, each to its nearest page', async () => {
    await open(UNTRANSLATED, async (page) => {
      const nav = page.locator('header .languages');
      expect(await nav.locator('li').count()).toBe(LANGUAGES.length);
      expect(await nav.locator('[aria-current="page"]').getAttribute('lang')).toBe('nl');
      for (const lang of LANGUAGES.filter((l) => l !== 'nl')) {
        const link = nav.locator(`a[lang="${lang}"]`);
        expect(await link.getAttribute('href')).toBe(`/${lang}/`);
        expect(await link.getAttribute('title')).toBeTruthy();
      }
      await nav.locator('a[lang="en"]').click();
      await page.waitForURL(`${baseUrl}/en/`);
    });
  });

  it('is in the header of every page type', async () => {
    for (const path of [
      '/nl/archive/2026/',
      '/nl/companies/havenstad-mobiliteit/',
      '/de/key-figures/',
      SEED,
    ]) {
      await open(path, async (page) => {
        expect(await page.locator('header .languages li').count(), path).toBe(LANGUAGES.length);
      });
    }
  });
});
