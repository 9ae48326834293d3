/**
 * Listings, following and the language switch on the built fixture site: cards that say whose
 * news it is, the subscribe page with every feed of its language, the header's every language.
 */
import type { CheerioAPI } from 'cheerio';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, fixtureBuild, fileOf, NL, NL_ONLY, ORIGIN, pageOf } from '../helpers/fixture-site';
import { htmlFiles, LANGUAGES } from '../browser/pages';
import { unopaque } from '~/lib/search/card';

const fixture = fixtureBuild();
const page = (path: string) => pageOf(fixture, path);
const built = (path: string) =>
  existsSync(join(fixture.outDir, path.endsWith('/') ? `${path}index.html` : path));

/** The card of one release on a listing page. */
const cardOf = ($: CheerioAPI, url: string) => $(`.release-card:has(.release-card__title a[href="${url}"])`);

/** The header's language links: [language, href, says it is no translation]. */
const headerLanguages = ($: CheerioAPI) =>
  $('header .languages li')
    .map((_, li) => {
      const link = $(li).find('a');
      if (link.length === 0) return [[$(li).find('[aria-current="page"]').attr('lang'), 'current', false]];
      return [[link.attr('lang'), link.attr('href'), link.hasClass('languages__nearest')]];
    })
    .get();

describe('release cards', () => {
  it('show date · place with a space, topics as links and the thumbnail search shows, on home, archive and topic pages', async () => {
    for (const path of ['/nl/', '/nl/archive/2023/', '/nl/topics/results/']) {
      const card = cardOf(await page(path), NL);
      expect(card.length, path).toBe(1);
      expect(card.find('.release-card__meta').text()).toBe('1 maart 2023 · Utrecht');
      expect(card.find('time').attr('datetime')).toBe('2023-03-01T09:00:00+01:00');
      const topics = card.find('.release-card__topics a');
      expect(topics.map((_, a) => [[card.find(a).text(), card.find(a).attr('href')]]).get()).toEqual([
        ['Resultaten', '/nl/topics/results/'],
      ]);
      expect(built('/nl/topics/results/')).toBe(true);
      // The same 480 px WebP the search result shows: one file for both, decoration beside the title.
      const thumb = card.find('img.release-card__thumb');
      expect(thumb.attr('src')).toMatch(/^\/_astro\/.+\.webp$/);
      expect(thumb.attr('width')).toBe('480');
      expect(thumb.attr('alt')).toBe('');
      expect(built(thumb.attr('src')!)).toBe(true);
      // The very file the release's search result shows (its index metadata, src/lib/search/card.ts).
      const meta = (await page(NL))('[data-pagefind-meta^="image:"]').attr('data-pagefind-meta')!;
      expect(JSON.parse(unopaque(meta.slice('image:'.length))!)[0]).toBe(thumb.attr('src'));
    }
  });

  it('draw no thumbnail for a release without an image, and no company in a one-company newsroom', async () => {
    const $ = await page('/nl/');
    expect(cardOf($, NL_ONLY).find('img').length).toBe(0);
    expect(cardOf($, NL_ONLY).hasClass('release-card--image')).toBe(false);
    expect($('.release-card__company').length).toBe(0);
  });
});

describe('the home page', () => {
  it('shows the newsroom’s press contacts and explains in words how to follow it, with a link to the subscribe page', async () => {
    const $ = await page('/nl/');
    expect($('.newsroom-desk .contacts .contact__name').text().trim()).toBe('Piet Pers');
    const follow = $('.newsroom-desk .follow');
    expect(follow.find('h2').text()).toBe('Volg deze persruimte');
    expect(follow.text()).toContain('feedreader');
    expect(follow.find('a').attr('href')).toBe('/nl/subscribe/');
  });
});

describe('the subscribe page', () => {
  it('exists in every language and lists every feed of that language with its address', async () => {
    for (const lang of LANGUAGES) {
      const $ = await page(`/${lang}/subscribe/`);
      const addresses = $('.feed .feed__address')
        .map((_, el) => $(el).text())
        .get();
      // Every feed file of the language that the build wrote, and no address that is not one.
      const written = (await feedFiles())
        .filter((path) => path.startsWith(`/${lang}/`))
        .map((path) => `${ORIGIN}${path}`);
      expect(addresses.sort(), lang).toEqual(written.sort());
      expect(addresses.length, lang).toBeGreaterThanOrEqual(3);
      // Each with a copy button that copies exactly that address.
      $('.feed').each((_, feed) => {
        expect($(feed).find('button[data-copy-text]').attr('data-copy-text')).toBe(
          $(feed).find('code').text(),
        );
      });
    }
  });

  it('says in words what a feed reader is, groups the topics’ feeds and links each topic', async () => {
    const $ = await page('/en/subscribe/');
    expect($('h1').text()).toBe('Follow this press room');
    expect($('#follow-reader + p').text()).toContain('A feed reader is an app or website');
    expect($('#topic-results a').attr('href')).toBe('/en/topics/results/');
    expect(
      $('#topic-results')
        .closest('details')
        .find('code')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual([
      `${ORIGIN}/en/topics/results/feed.xml`,
      `${ORIGIN}/en/topics/results/atom.xml`,
      `${ORIGIN}/en/topics/results/feed.json`,
    ]);
    // This newsroom has no newsletter: no form.
    expect($('form.subscribe, .subscribe form').length).toBe(0);
  });

  it('is where people are sent: no page links to a raw feed file', async () => {
    for (const file of await htmlFiles(fixture.outDir)) {
      const path = `/${relative(fixture.outDir, file).split(sep).join('/')}`;
      const $ = await pageOf(fixture, path.replace(/index\.html$/, ''));
      const raw = $('a[href$="feed.xml"], a[href$="atom.xml"], a[href$="feed.json"]')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(raw, path).toEqual([]);
    }
    const topic = await page('/nl/topics/results/');
    expect(topic('.feeds a').attr('href')).toBe('/nl/subscribe/#topic-results');
    expect((await page('/nl/2023/jaarcijfers/'))('a[href="/nl/subscribe/"]').length).toBeGreaterThan(0);
  });

  it('feeds name each topic’s own page in their categories', async () => {
    const rss = await fileOf(fixture, 'nl/feed.xml');
    expect(rss).toContain(`<category domain="${ORIGIN}/nl/topics/results/">Resultaten</category>`);
  });
});

describe('the language switch', () => {
  it('links an untranslated release’s header to every language, to its home page, and says so', async () => {
    const $ = await page(NL_ONLY);
    expect(headerLanguages($)).toEqual([
      ['nl', 'current', false],
      ['en', '/en/', true],
      ['de', '/de/', true],
      ['fr', '/fr/', true],
    ]);
    const en = $('header .languages a[lang="en"]');
    expect(en.attr('title')).toBe('This page has no English version: to the nearest English page');
    expect(en.find('.visually-hidden').text()).toContain('no English version');
  });

  it('keeps translations as they are and sends a listing’s missing languages to the same listing or its index', async () => {
    expect(headerLanguages(await page(NL))).toEqual([
      ['nl', 'current', false],
      ['en', EN, false],
      ['de', '/de/', true],
      ['fr', '/fr/2023/resultats-annuels/', false],
    ]);
    // English has releases from 2024 too; German and French have none.
    expect(headerLanguages(await page('/nl/archive/2024/'))).toEqual([
      ['nl', 'current', false],
      ['en', '/en/archive/2024/', false],
      ['de', '/de/archive/', true],
      ['fr', '/fr/archive/', true],
    ]);
    expect(headerLanguages(await page('/nl/topics/energy/')).slice(1)).toEqual([
      ['en', '/en/topics/', true],
      ['de', '/de/topics/', true],
      ['fr', '/fr/topics/', true],
    ]);
  });

  it('the picker and the 404 page speak every language and carry no one language’s navigation', async () => {
    const picker = await page('/');
    expect(picker('title').text()).toBe('Perskamer');
    expect(
      picker('.skip span')
        .map((_, s) => picker(s).attr('lang'))
        .get(),
    ).toEqual(LANGUAGES);
    const $ = await pageOf(fixture, '/404.html');
    expect(
      $('h1 [lang]')
        .map((_, s) => $(s).attr('lang'))
        .get(),
    ).toEqual(LANGUAGES);
    expect($('h1').text()).toBe(
      'Pagina niet gevonden · Page not found · Seite nicht gefunden · Page introuvable',
    );
    expect($('.site-nav').length).toBe(0);
    expect(
      $('.not-found a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(LANGUAGES.flatMap((lang) => [`/${lang}/`, `/${lang}/search/`]));
  });
});

/** Every feed file of the build, as a URL path. */
async function feedFiles(): Promise<string[]> {
  const entries = await readdir(fixture.outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ['feed.xml', 'atom.xml', 'feed.json'].includes(e.name))
    .map((e) => `/${relative(fixture.outDir, join(e.parentPath, e.name)).split(sep).join('/')}`);
}
