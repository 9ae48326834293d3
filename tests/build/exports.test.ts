/** Builds the fixture site once and reads its feeds, sitemap, robots.txt, release export and ninjs documents. */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiRelease } from '~/lib/outputs/api';
import type { JsonFeed } from '~/lib/outputs/feeds';
import type { Ninjs } from '~/lib/outputs/ninjs';
import {
  EN,
  EN_MDX as MDX,
  fileOf,
  fixtureBuild,
  FR,
  NL,
  NL_ONLY,
  ORIGIN,
  pageOf,
} from '../helpers/fixture-site';
import { readPage } from '../helpers/build';
import { allFiles, filesContaining } from '../helpers/sentinel';
import { assertWellFormedXml } from '../helpers/xml';

const PUBLIC = [MDX, NL_ONLY, EN, FR, NL];

const build = fixtureBuild();
const file = (path: string) => fileOf(build, path);
const xml = async (path: string) => {
  const text = await file(path);
  expect(assertWellFormedXml(text), path).toBeTruthy();
  return text;
};

describe('feeds', () => {
  it('has an RSS feed per language with the language’s public releases, newest first', async () => {
    const feed = parseFeed(await xml('nl/feed.xml'));
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('Perskamer: persberichten');
    expect(feed.language).toBe('nl');
    expect(feed.items.map((i) => [i.title, i.url, i.published?.toISOString()])).toEqual([
      ['Alleen in het Nederlands', `${ORIGIN}${NL_ONLY}`, '2024-01-31T23:00:00.000Z'],
      ['Testbedrijf groeit in 2022', `${ORIGIN}${NL}`, '2023-03-01T08:00:00.000Z'],
    ]);
    expect(feed.items[1]!.categories.map((c) => c.label)).toEqual(['Resultaten']);
    expect(feed.items[1]!.description).toContain('Omzet en personeel nemen toe');
    expect(feed.items[1]!.description).toContain('Nieuwe vestiging geopend');
  });

  it('has an Atom feed with topic labels in the feed’s language', async () => {
    const feed = parseFeed(await xml('fr/atom.xml'));
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe(`${ORIGIN}/fr/atom.xml`);
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([['Testco progresse en 2022', `${ORIGIN}${FR}`]]);
    expect(feed.items[0]!.categories).toEqual([
      { label: 'Résultats', term: 'results', url: `${ORIGIN}/fr/topics/` },
    ]);
    expect(feed.items[0]!.published?.toISOString()).toBe('2023-03-01T08:00:00.000Z');
  });

  it('has a JSON Feed 1.1 with dates in the site’s time zone', async () => {
    const feed = JSON.parse(await file('en/feed.json')) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('en');
    expect(feed.items.map((i) => [i.url, i.date_published, i.tags])).toEqual([
      [`${ORIGIN}${MDX}`, '2024-03-05T12:00:00+01:00', []],
      [`${ORIGIN}${EN}`, '2023-03-01T09:00:00+01:00', ['Results']],
    ]);
  });

  it('gives a language without releases empty feeds', async () => {
    expect(parseFeed(await xml('de/feed.xml')).items).toEqual([]);
  });

  it('has topic feeds with only that topic’s releases, and none for topics without releases', async () => {
    const energy = parseFeed(await xml('nl/topics/energy/atom.xml'));
    expect(energy.title).toBe('Perskamer: Energie');
    expect(energy.items.map((i) => i.url)).toEqual([`${ORIGIN}${NL_ONLY}`]);
    const results = parseFeed(await xml('nl/topics/results/feed.xml'));
    expect(results.items.map((i) => i.url)).toEqual([`${ORIGIN}${NL}`]);
    const json = JSON.parse(await file('en/topics/results/feed.json')) as JsonFeed;
    expect(json.items.map((i) => i.url)).toEqual([`${ORIGIN}${EN}`]);
    expect(existsSync(join(build.outDir, 'en/topics/energy/feed.xml'))).toBe(false);
    expect(existsSync(join(build.outDir, 'de/topics/results/feed.xml'))).toBe(false);
  });

  it('are announced on the language’s home page', async () => {
    const $ = await pageOf(build, '/en/');
    expect(
      $('link[rel="alternate"][type]')
        .map((_, el) => `${$(el).attr('type')} ${$(el).attr('href')}`)
        .get(),
    ).toEqual([
      `application/rss+xml ${ORIGIN}/en/feed.xml`,
      `application/atom+xml ${ORIGIN}/en/atom.xml`,
      `application/feed+json ${ORIGIN}/en/feed.json`,
    ]);
  });
});

describe('sitemap and robots.txt', () => {
  interface Url {
    loc: string;
    lastmod?: string;
    'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
  }
  const urls = async (): Promise<Url[]> =>
    new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'url' || name === 'xhtml:link',
    }).parse(await xml('sitemap.xml')).urlset.url;

  it('lists the picker, the home pages, the browsing pages and exactly the public releases', async () => {
    const locs = (await urls()).map((u) => u.loc);
    const releasePages = locs.filter((l) => /^https:\/\/[^/]+\/[a-z]{2}\/\d{4}\/[^/]+\/$/.test(l));
    expect(releasePages.sort()).toEqual(PUBLIC.map((p) => `${ORIGIN}${p}`).sort());
    expect(locs).toEqual(
      expect.arrayContaining(
        [
          '/',
          '/nl/',
          '/de/',
          '/nl/archive/',
          '/nl/archive/2023/',
          '/nl/archive/2023-03/',
          '/nl/topics/results/',
        ].map((p) => `${ORIGIN}${p}`),
      ),
    );
    expect(locs).toContain(`${ORIGIN}/nl/companies/testco/`);
    expect(new Set(locs).size, 'no page listed twice').toBe(locs.length);
    expect(locs.join(' ')).not.toMatch(/concept|embargo/);
  });

  it('pairs translations with reciprocal hreflang alternates, and none for an untranslated release', async () => {
    const all = await urls();
    const alternates = (path: string) =>
      (all.find((u) => u.loc === `${ORIGIN}${path}`)?.['xhtml:link'] ?? []).map(
        (l) => `${l['@_hreflang']} ${l['@_href']}`,
      );
    const expected = [
      `nl ${ORIGIN}${NL}`,
      `en ${ORIGIN}${EN}`,
      `fr ${ORIGIN}${FR}`,
      `x-default ${ORIGIN}${NL}`,
    ];
    for (const path of [NL, EN, FR]) expect(alternates(path), path).toEqual(expected);
    expect(alternates(NL_ONLY)).toEqual([]);
    expect(all.find((u) => u.loc === `${ORIGIN}${NL}`)?.lastmod).toBe('2023-03-01T09:00:00+01:00');
  });

  it('has a robots.txt that names the sitemap', async () => {
    expect(await file('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
  });
});

describe('api/releases.json', () => {
  it('lists every public release newest first, with its fields', async () => {
    const releases = JSON.parse(await file('api/releases.json')) as ApiRelease[];
    expect(releases.map((r) => r.url)).toEqual(PUBLIC.map((p) => `${ORIGIN}${p}`));
    expect(releases.find((r) => r.url === `${ORIGIN}${NL}`)).toEqual({
      url: `${ORIGIN}${NL}`,
      lang: 'nl',
      translationKey: 'fixture-results-2023',
      title: 'Testbedrijf groeit in 2022',
      subtitle: 'Omzet en personeel nemen toe',
      date: '2023-03-01T09:00:00+01:00',
      location: 'Utrecht',
      companies: ['testco'],
      topics: ['results'],
      keyFigures: [
        {
          id: 'growth',
          value: 12,
          unit: 'percent',
          qualifier: 'about',
          label: 'meer CO2-vrije stroom',
          baseline: '2021',
          period: null,
          source: null,
          evidence: 'testco-stroom-2022',
          target: null,
        },
      ],
    });
  });
});

describe('ninjs', () => {
  it('describes each public release and is linked from its page', async () => {
    for (const path of PUBLIC) {
      const ninjs = JSON.parse(await file(`${path}ninjs.json`)) as Ninjs;
      expect(ninjs.uri, path).toBe(`${ORIGIN}${path}`);
      expect(ninjs.language, path).toBe(path.split('/')[1]);
      expect(ninjs.located, path).toBe('Utrecht');
      expect(ninjs.genres, path).toEqual([
        { uri: 'http://cv.iptc.org/newscodes/genre/PressRelease', name: 'Press release' },
      ]);
      const $ = await pageOf(build, path);
      expect($('link[rel="alternate"][type="application/json"]').attr('href'), path).toBe(
        `${ORIGIN}${path}ninjs.json`,
      );
      expect($('.downloads a[type="application/json"]').attr('href'), path).toBe(`${path}ninjs.json`);
    }
  });

  it('carries headlines, contacts, subjects and the original image', async () => {
    const ninjs = JSON.parse(await file(`${NL}ninjs.json`)) as Ninjs;
    expect(ninjs.headlines).toEqual([
      { role: 'main', value: 'Testbedrijf groeit in 2022' },
      { role: 'sub', value: 'Omzet en personeel nemen toe' },
    ]);
    expect(ninjs.firstCreated).toBe('2023-03-01T09:00:00+01:00');
    expect(ninjs.subjects).toEqual([
      { name: 'Resultaten', uri: `${ORIGIN}/nl/topics/results/`, literal: 'results' },
    ]);
    expect(ninjs.people?.[0]).toMatchObject({
      name: 'Piet Pers',
      contactInfo: expect.arrayContaining([{ type: 'email', role: 'office', value: 'pers@testco.example' }]),
    });
    const original = ninjs.associations?.[0]?.renditions?.[0];
    expect(original).toMatchObject({ name: 'original', contentType: 'image/png', width: 320, height: 200 });
    expect(existsSync(join(build.outDir, new URL(original!.href).pathname))).toBe(true);
  });

  it('exists for no unpublished release', () => {
    expect(existsSync(join(build.outDir, 'nl/2024/concept/ninjs.json'))).toBe(false);
    expect(existsSync(join(build.outDir, 'de/2023/embargo/ninjs.json'))).toBe(false);
  });
});

describe('every output', () => {
  it('parses as XML wherever it is XML: feeds, topic feeds, sitemap (D7)', async () => {
    const xmlFiles = (await allFiles(build.outDir)).filter((f) => f.endsWith('.xml'));
    expect(xmlFiles.length).toBeGreaterThan(10);
    for (const path of xmlFiles) expect(assertWellFormedXml(await readFile(path, 'utf8')), path).toBeTruthy();
  });

  it('carries no HTML comment of a body: not the page, ninjs, feeds nor the search index (D3)', async () => {
    // The Dutch fixture release holds "<!-- ZZINTERNCOMMENT: koopsom 999.999.999 euro … -->".
    expect(await filesContaining(build.outDir, 'ZZINTERNCOMMENT')).toEqual([]);
    expect(await filesContaining(build.outDir, '999.999.999')).toEqual([]);
    expect(await filesContaining(build.outDir, '999999999')).toEqual([]);
    expect(await readPage(build.outDir, NL)).toContain('Het bedrijf verwacht verdere groei.');
  });
});
