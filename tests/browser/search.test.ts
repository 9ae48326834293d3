/** Real searches in headless Chromium: the example site, and a 44-release corpus in four languages. */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Lang } from '~/i18n/locales';
import { PLANTED, searchCorpus, writeCorpus } from '../fixtures/search-corpus';
import { buildSite, removeBuild, type BuildResult } from '../helpers/build';
import { launchBrowser } from './browser';
import { serveStatic } from './setup';

let browser: Browser;
let page: Page;

interface Found {
  status: string;
  urls: string[];
}

/** Opens a search page with a query string and waits for its results. */
async function search(base: string, lang: Lang, query: string): Promise<Found> {
  await page.goto(`${base}/${lang}/search/?${query}`);
  const status = page.locator('[data-search-status]');
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  const urls = await page
    .locator('[data-search-results] h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status: (await status.textContent()) ?? '', urls };
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

describe('search on the example site', () => {
  const base = inject('baseUrl');

  it('lists the seed release first for "aluminium", with its date and a highlighted excerpt', async () => {
    const found = await search(base, 'nl', 'q=aluminium');
    expect(found.urls[0]).toBe('/nl/2023/bmw-group-koopt-koolstofarm-aluminium-rio-tinto/');
    const first = page.locator('[data-search-results] li').first();
    expect(await first.locator('time').textContent()).toBe('Rijswijk, 20 februari 2023');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2023-02-20T10:00:00+01:00');
    expect(
      (await first.locator('.search__excerpt mark').allTextContents()).join(' ').toLowerCase(),
    ).toContain('aluminium');
  });

  it('keeps the query and filters in the URL and in the form', async () => {
    await search(base, 'nl', 'q=aluminium&year=2023');
    expect(await page.inputValue('#search-q')).toBe('aluminium');
    expect(await page.inputValue('#search-year')).toBe('2023');
    await page.selectOption('#search-year', '');
    await page.waitForURL((url) => !url.search.includes('year='));
    expect(new URL(page.url()).search).toBe('?q=aluminium');
  });

  it('loads facet data only once the visitor turns to the filters', async () => {
    const requests: string[] = [];
    const listen = (r: { url: () => string }) => requests.push(r.url());
    page.on('request', listen);
    await search(base, 'nl', 'q=aluminium');
    expect(requests.filter((u) => u.includes('/pagefind/filter/'))).toEqual([]);
    expect(await page.locator('#search-year option').count()).toBe(1);
    await page.focus('#search-year');
    await page.waitForFunction(() => document.querySelectorAll('#search-year option').length > 1);
    expect(requests.some((u) => u.includes('/pagefind/filter/'))).toBe(true);
    expect(await page.locator('#search-year option').allTextContents()).toContain('2023 (1)');
    page.off('request', listen);
  });

  it('does not index the note to editors', async () => {
    // "Motorrad" appears in BMW's boilerplate only.
    const found = await search(base, 'nl', 'q=Motorrad');
    expect(found.urls).toEqual([]);
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
      (n) => document.querySelectorAll('[data-search-results] li').length === n,
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
    for (const release of corpus) {
      const found = await search(base, release.lang, `q=${encodeURIComponent(release.title)}&sort=relevance`);
      expect(found.urls, release.title).toContain(release.url);
    }
  });
});
