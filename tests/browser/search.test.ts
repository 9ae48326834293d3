/**
 * The search page in headless Chromium: its states (before a search, results, nothing found),
 * the result cards, filters with their counts, the browser history and the language links on
 * the example site; and search quality on a 44-release corpus in four languages.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Lang } from '~/i18n/locales';
import { PLANTED, searchCorpus, writeCorpus } from '../fixtures/search-corpus';
import { buildSite, readPage, removeBuild, type BuildResult } from '../helpers/build';
import { launchBrowser } from './browser';
import {
  resultUrls,
  search as searchOn,
  searchAgain,
  settled,
  sourceReleases,
  type Found,
} from './search-helpers';
import { serveStatic } from './setup';

let browser: Browser;
let page: Page;

/** Opens a search page with a query string and waits for its results. */
function search(base: string, lang: Lang, query: string): Promise<Found> {
  return searchOn(page, base, lang, query);
}

/** The options of a filter as the visitor sees them, "All" first. */
function optionTexts(facet: string): Promise<string[]> {
  return page.locator(`#search-${facet} option`).allTextContents();
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

describe('search on the example site', () => {
  const base = inject('baseUrl');
  const outDir = inject('outDir');

  it('lists the seed release first for "aluminium", with its date and a highlighted excerpt', async () => {
    const found = await search(base, 'nl', 'q=aluminium');
    expect(found.urls[0]).toBe('/nl/2023/bmw-group-koopt-koolstofarm-aluminium-rio-tinto/');
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('time').textContent()).toBe('20 februari 2023');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2023-02-20T10:00:00+01:00');
    expect(await first.locator('.release-card__meta').textContent()).toBe('20 februari 2023 · Rijswijk');
    expect(
      (await first.locator('.search__excerpt mark').allTextContents()).join(' ').toLowerCase(),
    ).toContain('aluminium');
  });

  it('shows the company, the topics as links and the lead image’s thumbnail on each result', async () => {
    await search(base, 'en', 'q=aluminium');
    const card = page.locator('[data-search-results] li').first();
    expect(await card.locator('.release-card__company').textContent()).toBe('BMW Group');
    const topics = await card
      .locator('.release-card__topics a')
      .evaluateAll((links) =>
        links.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname]),
      );
    expect(topics).toEqual([
      ['Aluminium', '/en/topics/aluminium/'],
      ['Supply chain', '/en/topics/supply-chain/'],
      ['Climate', '/en/topics/climate/'],
    ]);
    const thumb = card.locator('img.search-result__thumb');
    const src = (await thumb.getAttribute('src'))!;
    // A small version the release page itself offers, never the full original.
    const release = await readPage(outDir, '/en/2023/bmw-group-sources-low-carbon-aluminium-rio-tinto/');
    expect(src).toMatch(/^\/_astro\/.+\.webp$/);
    expect(release).toContain(`${src} 480w`);
    await thumb.scrollIntoViewIfNeeded();
    await page.waitForFunction((img) => (img as HTMLImageElement).complete, await thumb.elementHandle());
    expect(await thumb.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.alt])).toEqual([480, '']);
    // A release without an image gets no thumbnail.
    const plain = await search(base, 'en', 'q=%22general%20meeting%22');
    expect(plain.urls.length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-results] img').count()).toBe(0);
  });

  it('lists the latest releases and the topics before a search, without JavaScript too', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(`${base}/nl/search/`);
      const newest = sourceReleases(outDir)
        .filter((r) => r.lang === 'nl')
        .map((r) => r.url);
      const listed = await plain
        .locator('[data-search-start] .release-card__title a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(listed.length).toBe(Math.min(8, newest.length));
      expect(newest).toEqual(expect.arrayContaining(listed));
      expect(listed[0]).toBe('/nl/2026/havenstad-mobiliteit-eigen-vloot-zonder-uitstoot-2030/');
      const topics = await plain.locator('.search__topics li').allTextContents();
      const climate = sourceReleases(outDir).filter((r) => r.lang === 'nl' && r.topics.includes('climate'));
      expect(topics).toContain(`Klimaat (${climate.length})`);
      // The filters list every value with its count from the start, none with zero.
      expect(await plain.locator('#search-year option').allTextContents()).toContain('2023 (2)');
      expect((await plain.locator('select option').allTextContents()).join()).not.toContain('(0)');
      // The note on search without JavaScript keeps a space before its link.
      const note = (await plain.locator('.search__noscript').textContent())!.replace(/\s+/g, ' ');
      expect(note).toMatch(/archief\. Naar het archief$/);
    } finally {
      await context.close();
    }
  });

  it('offers the other languages and the archive when nothing is found', async () => {
    const found = await search(base, 'nl', 'q=xqzvbnm');
    expect(found.urls).toEqual([]);
    expect(found.status).toBe('Geen persberichten gevonden voor “xqzvbnm”.');
    const none = page.locator('[data-search-none]');
    expect(await none.isVisible()).toBe(true);
    const links = await none
      .locator('a:visible')
      .evaluateAll((as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => u.pathname + u.search),
      );
    expect(links).toEqual([
      '/en/search/?q=xqzvbnm',
      '/de/search/?q=xqzvbnm',
      '/fr/search/?q=xqzvbnm',
      '/nl/archive/',
    ]);
    // Nor is it a dead end: the latest releases are there too.
    expect(await page.locator('[data-search-start]').isVisible()).toBe(true);
    // The same words in another language find what this one does not.
    const english = await search(base, 'en', 'q=Kwelderweide');
    expect(english.urls.length).toBeGreaterThan(0);
  });

  it('shows the filters’ counts from the start, hides values that would find nothing', async () => {
    await search(base, 'nl', 'q=aluminium');
    // No hover or focus: the counts are there once the results are.
    await page.waitForFunction(
      () => document.querySelector('#search-year option')?.textContent === 'Alle (1)',
    );
    expect(await optionTexts('year')).toEqual(['Alle (1)', '2023 (1)']);
    expect(await optionTexts('company')).toEqual(['Alle (1)', 'BMW Group (1)']);
    // A chosen filter keeps the other values of its facet reachable.
    await search(base, 'nl', 'q=windpark&year=2024');
    await page.waitForFunction(() =>
      document.querySelector('#search-year option')?.textContent?.includes('('),
    );
    const years = await optionTexts('year');
    expect(years).toContain('2024 (1)');
    expect(years.length).toBeGreaterThan(2);
    expect(years.join()).not.toContain('(0)');
  });

  it('keeps the query and filters in the URL and in the form', async () => {
    await search(base, 'nl', 'q=aluminium&year=2023');
    expect(await page.inputValue('#search-q')).toBe('aluminium');
    expect(await page.inputValue('#search-year')).toBe('2023');
    await page.selectOption('#search-year', '');
    await page.waitForURL((url) => !url.search.includes('year='));
    expect(new URL(page.url()).search).toBe('?q=aluminium');
  });

  it('puts every filter change in the browser history: Back returns to the filters before', async () => {
    await search(base, 'nl', 'q=wind');
    const all = await resultUrls(page);
    expect(all.length).toBeGreaterThan(2);
    await page.selectOption('#search-year', '2021');
    await page.waitForURL(/year=2021/);
    await settled(page);
    const in2021 = await resultUrls(page);
    await page.selectOption('#search-company', 'Noordwind Energie');
    await page.waitForURL(/company=/);
    await settled(page);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=wind&year=2021');
    await settled(page);
    expect(await page.inputValue('#search-year')).toBe('2021');
    expect(await page.inputValue('#search-company')).toBe('');
    expect(await resultUrls(page)).toEqual(in2021);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=wind');
    await settled(page);
    expect(await page.inputValue('#search-year')).toBe('');
    expect(await resultUrls(page)).toEqual(all);
  });

  it('carries the search over when the visitor switches language', async () => {
    await search(base, 'nl', 'q=wind&year=2024&topic=Klimaat');
    const switcher = await page
      .locator('header a[hreflang]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    // Topic names are Dutch words: they stay behind, the words and the year go along.
    expect(switcher).toEqual([
      '/en/search/?q=wind&year=2024',
      '/de/search/?q=wind&year=2024',
      '/fr/search/?q=wind&year=2024',
    ]);
    expect(await page.locator('[data-search]').getAttribute('data-search-query')).toBe('wind');
  });

  it('has one search box: the header’s is not shown on the search page', async () => {
    await search(base, 'en', 'q=wind');
    expect(await page.locator('input[type="search"]:visible').count()).toBe(1);
  });

  it('reaches the search page from the search box of any page, without search code there', async () => {
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    await page.goto(`${base}/nl/`);
    expect(scripts.some((u) => u.includes('pagefind'))).toBe(false);
    await page.fill('#site-search', 'aluminium');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/nl\/search\/\?q=aluminium$/);
    await page.waitForSelector('[data-search-results] li');
  });
});

describe('search quality on a 44-release corpus', () => {
  const corpus = searchCorpus();
  let build: BuildResult;
  let server: Server;
  let base = '';
  let contentRoot = '';

  beforeAll(async () => {
    contentRoot = await mkdtemp(join(tmpdir(), 'perskamer-corpus-'));
    await writeCorpus(join(contentRoot, 'content'), corpus);
    build = await buildSite(join(contentRoot, 'content'));
    if (!build.ok) throw new Error(build.output);
    server = serveStatic(build.outDir);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await removeBuild(build);
    await rm(contentRoot, { recursive: true, force: true });
  });

  const planted = (key: keyof typeof PLANTED) => {
    const p = PLANTED[key];
    return corpus.filter((r) => r.lang === p.lang)[p.index]!.url;
  };
  const expected = (predicate: (r: (typeof corpus)[number]) => boolean) =>
    corpus
      .filter(predicate)
      .map((r) => r.url)
      .sort();

  it('has at least 40 releases in four languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((r) => r.lang))).toEqual(new Set(['nl', 'en', 'de', 'fr']));
  });

  it('stems Dutch: "fabriek" finds "fabrieken"', async () => {
    expect((await search(base, 'nl', 'q=fabriek')).urls).toEqual([planted('plural')]);
  });

  it('finds numbers written either way', async () => {
    expect((await search(base, 'nl', 'q=118909')).urls).toEqual([planted('number')]);
    expect((await search(base, 'nl', 'q=118.909')).urls).toEqual([planted('number')]);
  });

  it('finds nothing for a word no release has, though a shorter one ("Testco") exists', async () => {
    for (const lang of ['nl', 'en', 'de', 'fr'] as const) {
      expect((await search(base, lang, 'q=Testcorp')).urls, lang).toEqual([]);
    }
    expect((await search(base, 'en', 'q=Testc')).urls.length).toBeGreaterThan(0);
  });

  it('finds CO2 where the page renders CO<sub>2</sub>', async () => {
    expect((await search(base, 'nl', 'q=CO2')).urls).toEqual([planted('co2')]);
  });

  it('finds French words behind an elision', async () => {
    expect((await search(base, 'fr', 'q=hydrog%C3%A8ne')).urls).toEqual([planted('elision')]);
  });

  it('searches only the page’s language', async () => {
    const found = await search(base, 'de', 'q=Testco');
    expect(found.urls.length).toBeGreaterThan(0);
    expect(found.urls.sort()).toEqual(expected((r) => r.lang === 'de' && r.company === 'testco'));
  });

  it('shows ten results at a time, and the rest on request', async () => {
    const all = expected((r) => r.lang === 'nl');
    const found = await search(base, 'nl', 'q=gemeente');
    expect(found.status).toBe(`${all.length} persberichten gevonden`);
    expect(found.urls).toHaveLength(10);
    await page.click('[data-search-more]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] > li').length === n,
      all.length,
    );
    expect(await page.isVisible('[data-search-more]')).toBe(false);
    const urls = await page
      .locator('[data-search-results] h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.sort()).toEqual(all);
  });

  it('sorts newest first by default', async () => {
    const found = await search(base, 'en', 'q=Testco');
    const years = found.urls.map((u) => Number(u.split('/')[2]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('narrows by each filter', async () => {
    const nl = (r: (typeof corpus)[number]) => r.lang === 'nl';
    expect((await search(base, 'nl', 'year=2020')).urls.sort()).toEqual(
      expected((r) => nl(r) && r.year === 2020),
    );
    expect((await search(base, 'nl', 'topic=energy-nl')).urls.sort()).toEqual(
      expected((r) => nl(r) && r.topic === 'energy'),
    );
    expect((await search(base, 'nl', 'company=Veldhoven+Logistiek')).urls.sort()).toEqual(
      expected((r) => nl(r) && r.company === 'veldhoven'),
    );
    expect((await search(base, 'nl', 'figures=Ja')).urls.sort()).toEqual(
      expected((r) => nl(r) && r.hasFigures),
    );
    expect((await search(base, 'nl', 'q=Testco&figures=Nee&year=2021')).urls.sort()).toEqual(
      expected((r) => nl(r) && r.company === 'testco' && !r.hasFigures && r.year === 2021),
    );
  });

  it('finds every release by its exact headline', async () => {
    for (const release of [...corpus].sort((a, b) => a.lang.localeCompare(b.lang))) {
      const query = `q=${encodeURIComponent(release.title)}&sort=relevance`;
      const found = await searchAgain(page, base, release.lang, query);
      expect(found.urls, release.title).toContain(release.url);
    }
  });
});
