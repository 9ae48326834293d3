/**
 * A second newsroom, built from tests/fixtures/newsroom-de: German and English only, German
 * first, its own name, logo and colours. Nothing of the example newsroom may reach its site,
 * and it must pass axe with its own colours.
 */
import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/build';
import { filesContaining } from '../helpers/sentinel';
import { axeViolations } from './axe';
import { launchBrowser } from './browser';
import { htmlFiles } from './pages';

const baseUrl = inject('newsroomUrl');
const outDir = inject('newsroomDir');

const page = async (path: string): Promise<CheerioAPI> =>
  load(await readFile(join(outDir, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8'));

/**
 * Words that say whose the example newsroom is, read from its own content: its name, its
 * address, its companies and its press office. None may appear in the second newsroom.
 */
function exampleIdentity(): string[] {
  const example = join(root, 'content');
  const yaml = (path: string) => parse(readFileSync(join(example, path), 'utf8'));
  const site = yaml('site.yaml');
  const names = typeof site.name === 'string' ? [site.name] : Object.values(site.name as object);
  const companies = ['bmw-group', 'noordwind-energie', 'havenstad-mobiliteit'].map(
    (id) => yaml(`companies/${id}.yaml`).name as string,
  );
  const contacts = (site.contacts as string[]).map((id) => yaml(`people/${id}.yaml`).name as string);
  return [...new Set([...names, new URL(site.url).hostname, ...companies, ...contacts])] as string[];
}

describe('the second newsroom’s dist/', () => {
  it('has routes for German and English only', async () => {
    expect(existsSync(join(outDir, 'de/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'en/index.html'))).toBe(true);
    for (const lang of ['nl', 'fr']) expect(existsSync(join(outDir, lang)), `${lang}/`).toBe(false);
    const pagefind = JSON.parse(await readFile(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(pagefind.languages).sort()).toEqual(['de', 'en']);
    const sitemap = await readFile(join(outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).not.toMatch(/\/(nl|fr)\//);
    expect(sitemap).not.toMatch(/hreflang="(nl|fr)"/);
  });

  it('carries no word of the example newsroom’s identity, in any file (search index included)', async () => {
    const words = exampleIdentity();
    expect(words).toEqual(
      expect.arrayContaining(['Perskamer', 'perskamer.example.org', 'Noordwind Energie']),
    );
    for (const word of words) {
      const hits = (await filesContaining(outDir, word)).map((file) => relative(outDir, file));
      expect(hits, `"${word}" found in`).toEqual([]);
    }
  });

  it('puts its own name, per language, in titles, feeds and JSON-LD', async () => {
    expect((await page('/'))('title').text()).toBe('Talwerk Presse');
    expect((await page('/de/'))('title').text()).toBe('Aktuelle Pressemitteilungen · Talwerk Presse');
    expect((await page('/en/'))('title').text()).toBe('Latest press releases · Talwerk Newsroom');

    const rss = await readFile(join(outDir, 'de/feed.xml'), 'utf8');
    expect(rss).toContain('<title>Talwerk Presse: Pressemitteilungen</title>');
    const json = JSON.parse(await readFile(join(outDir, 'en/feed.json'), 'utf8'));
    expect(json.title).toBe('Talwerk Newsroom: press releases');
    expect(json.authors).toEqual([{ name: 'Talwerk Newsroom', url: 'https://presse.talwerk.example/en/' }]);

    const $ = await page('/en/2025/talwerk-opens-auenfeld-solar-park/');
    const article = JSON.parse($('script[type="application/ld+json"]').text());
    expect(article.isPartOf).toEqual({
      '@type': 'WebSite',
      name: 'Talwerk Newsroom',
      url: 'https://presse.talwerk.example/en/',
    });
    expect(article.publisher).toMatchObject({ name: 'Talwerk Energie GmbH', url: 'https://talwerk.example' });
    expect($('meta[property="og:site_name"]').attr('content')).toBe('Talwerk Newsroom');
  });

  it('shows its logo in the header and the print masthead, sanitised', async () => {
    const $ = await page('/de/');
    const logo = $('.site-header img.brand__logo');
    expect(logo.attr('src')).toMatch(/^\/brand\/logo-[0-9a-f]{10}\.svg$/);
    expect(logo.attr('alt')).toBe('Talwerk Energie');
    expect([logo.attr('width'), logo.attr('height')]).toEqual(['120', '40']);
    expect($('.masthead img').attr('src')).toBe(logo.attr('src'));
    const svg = await readFile(join(outDir, logo.attr('src')!), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 120 40">/);
    expect(svg).not.toMatch(/<script|onload|javascript:/i);
  });

  it('gives hreflang for de and en plus x-default only, x-default German', async () => {
    const hreflang = ($: CheerioAPI) =>
      $('link[rel="alternate"][hreflang]')
        .map((_, el) => `${$(el).attr('hreflang')} ${$(el).attr('href')}`)
        .get();
    const origin = 'https://presse.talwerk.example';
    expect(hreflang(await page('/en/2025/talwerk-opens-auenfeld-solar-park/'))).toEqual([
      `de ${origin}/de/2025/talwerk-eroeffnet-solarpark-auenfeld/`,
      `en ${origin}/en/2025/talwerk-opens-auenfeld-solar-park/`,
      `x-default ${origin}/de/2025/talwerk-eroeffnet-solarpark-auenfeld/`,
    ]);
    for (const file of await htmlFiles(outDir)) {
      const $ = load(await readFile(file, 'utf8'));
      const langs = $('[hreflang]')
        .map((_, el) => $(el).attr('hreflang'))
        .get();
      expect(new Set(langs).difference(new Set(['de', 'en', 'x-default'])), file).toEqual(new Set());
    }
  });

  it('offers German first on the root page, and its own links in the footer', async () => {
    const $ = await page('/');
    expect($('h1').text()).toBe('Talwerk Presse');
    expect(
      $('.picker a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/de/', '/en/']);
    const footer = (await page('/de/'))('.site-footer a')
      .map((_, a) => (a.attribs.href ?? '') + ' ' + load(a).text())
      .get();
    expect(footer).toEqual([
      '/de/about/ Über diesen Presseraum',
      '/de/subscribe/ Diesem Presseraum folgen',
      'https://talwerk.example Website',
      'https://social.example/@talwerk Mastodon',
      'https://talwerk.example/datenschutz Datenschutz',
      'https://talwerk.example/impressum Impressum',
    ]);
  });

  it('sends its newsletter form to its own service, which the CSP names and no other', async () => {
    const $ = await page('/de/');
    expect($('.subscribe form').attr('action')).toBe(
      'https://newsletter.talwerk.example/anmelden?liste=presse',
    );
    expect($('.subscribe input[type="email"]').attr('name')).toBe('EMAIL');
    const formAction = "form-action 'self' https://newsletter.talwerk.example";
    expect($('meta[http-equiv="content-security-policy"]').attr('content')).toContain(`${formAction};`);
    expect(await readFile(join(outDir, '_headers'), 'utf8')).toContain(`${formAction};`);
  });

  it('shows its press office and about text on the home and about pages', async () => {
    for (const path of ['/de/', '/de/about/']) {
      const $ = await page(path);
      expect($('.contact__name').text(), path).toBe('Lena Vogt');
      expect($('.contact__role').text(), path).toBe('Pressesprecherin');
      expect($('main').text(), path).toContain('Talwerk Presse ist der Presseraum der Talwerk Energie GmbH');
    }
    expect((await page('/en/about/'))('.about__publisher').text()).toBe(
      'This press room is published by Talwerk Energie GmbH.',
    );
  });

  it('brings its colours as custom properties in a stylesheet, not inline', async () => {
    const css = await Promise.all(
      (await readdir(join(outDir, '_astro')))
        .filter((f) => f.endsWith('.css'))
        .map((f) => readFile(join(outDir, '_astro', f), 'utf8')),
    );
    expect(css.join('')).toMatch(/--brand:#8c1d2f;--brand-ink:#fff;--accent:#1d5c3a/);
    for (const file of await htmlFiles(outDir)) {
      expect(await readFile(file, 'utf8'), file).not.toMatch(/<style|\sstyle=/);
    }
  });
});

const pages = (await htmlFiles(outDir)).map((file) =>
  `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, ''),
);

describe('axe-core on the second newsroom, with its colours', () => {
  let browser: Browser;
  let context: BrowserContext;
  // One tab for every page: a navigation costs a third of what a new tab does.
  let tab: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
    tab = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('checks every page', () => {
    expect(pages.length).toBeGreaterThan(15);
  });

  it.for(pages)('%s has no WCAG 2.1 A or AA violation', async (path) => {
    await tab.goto(baseUrl + path, { waitUntil: 'load' });
    const violations = await axeViolations(tab);
    expect(violations).toEqual([]);
  });
});
