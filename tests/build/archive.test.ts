/** Browsing without JavaScript: archive, topic and company listings in the built fixture site. */
import type { CheerioAPI } from 'cheerio';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeBuild, type BuildResult } from '../helpers/build';
import { EN, EN_MDX, fixtureBuild, FR, NL, NL_ONLY, ORIGIN, pageOf } from '../helpers/fixture-site';
import { htmlFiles, LANGUAGES } from '../browser/pages';

/** Extra Dutch releases for the paginated build: 25 in January 2022, one a day. */
const EXTRA = 25;
const FIGURE_VALUES = [101, 102, 103, 104, 105, 106, 107, 108, 109];
const extraPath = (day: number) => `/nl/2022/extra-${String(day).padStart(2, '0')}/`;

const fixture = fixtureBuild();
let paged: BuildResult;
let pagedContent: string;

beforeAll(async () => {
  pagedContent = await copyFixture();
  await mkdir(join(pagedContent, 'releases/nl/2022'), { recursive: true });
  for (let day = 1; day <= EXTRA; day++) {
    const dd = String(day).padStart(2, '0');
    await writeFile(
      join(pagedContent, `releases/nl/2022/extra-${dd}.md`),
      // Nine key figures each: 225 figures, more than one key-figures page holds.
      `---\ntitle: 'Extra bericht ${dd}'\ndate: 2022-01-${dd}T10:00:00+01:00\nlocation: Utrecht\ncompany: testco\n` +
        `keyFigures:\n${FIGURE_VALUES.map((v) => `  - { id: f${v}, value: ${v}, unit: count, label: 'stuks' }`).join('\n')}\n` +
        `---\n\nTekst met ${FIGURE_VALUES.join(', ')} stuks.\n`,
    );
  }
  paged = await buildSite(pagedContent);
  if (!paged.ok) throw new Error(`paginated build failed:\n${paged.output}`);
});
afterAll(() => paged && removeBuild(paged));

const page = pageOf;
const exists = (build: BuildResult, path: string) => existsSync(join(build.outDir, path, 'index.html'));
const attrs = ($: CheerioAPI, selector: string, attr: string) =>
  $(selector)
    .map((_, el) => $(el).attr(attr))
    .get();
/** The release links of a listing, in page order. */
const listed = ($: CheerioAPI) => attrs($, '.release-card__title a', 'href');
const alternates = ($: CheerioAPI) => attrs($, 'link[rel="alternate"][hreflang]', 'hreflang');

describe('archive', () => {
  it('lists the years with their months and counts', async () => {
    const $ = await page(fixture, '/nl/archive/');
    expect(attrs($, '.archive-years__year a', 'href')).toEqual(['/nl/archive/2024/', '/nl/archive/2023/']);
    expect(attrs($, '.archive-months a', 'href')).toEqual(['/nl/archive/2024-02/', '/nl/archive/2023-03/']);
    expect($('.archive-months a').first().text()).toBe('februari 2024');
    expect($('.archive-years__count').first().text()).toBe('1 persbericht');
  });

  it('lists exactly the releases of a year and of a month', async () => {
    expect(listed(await page(fixture, '/nl/archive/2023/'))).toEqual([NL]);
    expect(listed(await page(fixture, '/nl/archive/2024/'))).toEqual([NL_ONLY]);
    expect(listed(await page(fixture, '/nl/archive/2024-02/'))).toEqual([NL_ONLY]);
    expect(listed(await page(fixture, '/en/archive/2024-03/'))).toEqual([EN_MDX]);
    expect(listed(await page(fixture, '/fr/archive/2023/'))).toEqual([FR]);
  });

  it('titles month pages with the month’s name in the language', async () => {
    expect((await page(fixture, '/nl/archive/2024-02/'))('h1').text()).toBe(
      'Persberichten uit februari 2024',
    );
    expect((await page(fixture, '/en/archive/2024-03/'))('h1').text()).toBe('Press releases from March 2024');
  });

  it('makes no pages for periods without releases in the language', () => {
    expect(exists(fixture, '/nl/archive/2024-03/')).toBe(false);
    expect(exists(fixture, '/fr/archive/2024/')).toBe(false);
    // The German release is under embargo: no German period at all.
    expect(exists(fixture, '/de/archive/2023/')).toBe(false);
  });

  it('gives a language without releases an empty archive index', async () => {
    const $ = await page(fixture, '/de/archive/');
    expect($('h1').text()).toBe('Archiv');
    expect($('main').text()).toContain('Es gibt noch keine Pressemitteilungen.');
    expect($('.archive-years').length).toBe(0);
  });

  it('offers the same page in the languages that have it', async () => {
    expect(alternates(await page(fixture, '/nl/archive/'))).toEqual(['nl', 'en', 'de', 'fr', 'x-default']);
    expect(alternates(await page(fixture, '/nl/archive/2023/'))).toEqual(['nl', 'en', 'fr', 'x-default']);
    expect(alternates(await page(fixture, '/en/archive/2024/'))).toEqual(['nl', 'en', 'x-default']);
    // Only Dutch has February 2024: a lone version needs no alternates.
    expect(alternates(await page(fixture, '/nl/archive/2024-02/'))).toEqual([]);
  });
});

describe('topics and companies', () => {
  it('lists the topics that have releases in the language', async () => {
    expect(attrs(await page(fixture, '/nl/topics/'), '.index-list a', 'href')).toEqual([
      '/nl/topics/energy/',
      '/nl/topics/results/',
    ]);
    expect(attrs(await page(fixture, '/en/topics/'), '.index-list a', 'href')).toEqual([
      '/en/topics/results/',
    ]);
    expect((await page(fixture, '/de/topics/'))('.index-list').length).toBe(0);
    expect(exists(fixture, '/en/topics/energy/')).toBe(false);
  });

  it('lists a topic’s releases newest first', async () => {
    const $ = await page(fixture, '/nl/topics/results/');
    expect($('h1').text()).toBe('Onderwerp: Resultaten');
    expect(listed($)).toEqual([NL]);
    expect(listed(await page(fixture, '/nl/topics/energy/'))).toEqual([NL_ONLY]);
    expect(listed(await page(fixture, '/en/topics/results/'))).toEqual([EN]);
    expect(alternates($)).toEqual(['nl', 'en', 'fr', 'x-default']);
  });

  it('announces the topic’s feeds and links people to the subscribe page at that topic', async () => {
    const $ = await page(fixture, '/fr/topics/results/');
    const feeds = $('link[rel="alternate"][type]')
      .map((_, el) => `${$(el).attr('type')} ${$(el).attr('href')} ${$(el).attr('title')}`)
      .get();
    expect(feeds).toEqual([
      `application/rss+xml ${ORIGIN}/fr/topics/results/feed.xml Perskamer\u202f: Résultats`,
      `application/atom+xml ${ORIGIN}/fr/topics/results/atom.xml Perskamer\u202f: Résultats`,
      `application/feed+json ${ORIGIN}/fr/topics/results/feed.json Perskamer\u202f: Résultats`,
    ]);
    // People get the page that explains feeds, at this topic's; raw XML is for feed readers.
    expect(attrs($, '.feeds a', 'href')).toEqual(['/fr/subscribe/#topic-results']);
  });

  it('lists a company’s releases newest first', async () => {
    expect(attrs(await page(fixture, '/nl/companies/'), '.index-list a', 'href')).toEqual([
      '/nl/companies/testco/',
    ]);
    const $ = await page(fixture, '/nl/companies/testco/');
    // The page is the company's; its releases follow under their own heading.
    expect($('h1').text()).toBe('Testbedrijf');
    expect($('h2#releases').text()).toBe('Persberichten van Testbedrijf');
    expect(listed($)).toEqual([NL_ONLY, NL]);
    expect(listed(await page(fixture, '/en/companies/testco/'))).toEqual([EN_MDX, EN]);
    expect(exists(fixture, '/de/companies/testco/')).toBe(false);
    expect((await page(fixture, '/de/companies/'))('main').text()).toContain('Es gibt noch keine');
  });
});

describe('unpublished releases', () => {
  it('appear in no listing', async () => {
    const listings = (await htmlFiles(fixture.outDir)).filter((f) =>
      /\/(archive|topics|companies)\//.test(f),
    );
    expect(listings.length).toBeGreaterThan(10);
    for (const file of listings) {
      const html = await readFile(file, 'utf8');
      expect(html, file).not.toMatch(/concept|embargo|Conceptbericht|Gesperrte/);
    }
  });
});

describe('pagination', () => {
  const extrasNewestFirst = Array.from({ length: EXTRA }, (_, i) => extraPath(EXTRA - i));

  it('cuts a year into pages of 20, newest first', async () => {
    const first = await page(paged, '/nl/archive/2022/');
    const second = await page(paged, '/nl/archive/2022/2/');
    expect(listed(first)).toEqual(extrasNewestFirst.slice(0, 20));
    expect(listed(second)).toEqual(extrasNewestFirst.slice(20));
    expect(exists(paged, '/nl/archive/2022/3/')).toBe(false);
    expect(second('title').text()).toBe('Persberichten uit 2022 · Pagina 2 van 2 · Perskamer');
    expect(second('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}/nl/archive/2022/2/`);
  });

  it('links previous, next and page numbers, marking the current page', async () => {
    const first = await page(paged, '/nl/archive/2022/');
    const nav = first('nav.pagination');
    expect(nav.attr('aria-label')).toBe('Paginering');
    expect(attrs(first, 'nav.pagination a', 'href')).toEqual([
      '/nl/archive/2022/',
      '/nl/archive/2022/2/',
      '/nl/archive/2022/2/',
    ]);
    expect(first('nav.pagination a[rel="prev"]').length).toBe(0);
    expect(first('nav.pagination a[rel="next"]').text()).toBe('Volgende');
    expect(first('nav.pagination a[aria-current="page"]').attr('href')).toBe('/nl/archive/2022/');

    const second = await page(paged, '/nl/archive/2022/2/');
    expect(second('nav.pagination a[rel="prev"]').attr('href')).toBe('/nl/archive/2022/');
    expect(second('nav.pagination a[rel="next"]').length).toBe(0);
    expect(second('nav.pagination a[aria-current="page"]').text()).toBe('2');
    expect(second('nav.pagination a[aria-current="page"]').attr('aria-label')).toBe('Pagina 2');
  });

  it('paginates months and companies too', async () => {
    expect(listed(await page(paged, '/nl/archive/2022-01/2/'))).toEqual(extrasNewestFirst.slice(20));
    const company = [
      ...listed(await page(paged, '/nl/companies/testco/')),
      ...listed(await page(paged, '/nl/companies/testco/2/')),
    ];
    expect(company).toEqual([NL_ONLY, NL, ...extrasNewestFirst]);
    // Later pages are only more releases: no profile, no facts again.
    const second = await page(paged, '/nl/companies/testco/2/');
    expect(second('h1').text()).toBe('Persberichten van Testbedrijf');
    expect(second('.company-profile, #facts-title')).toHaveLength(0);
    expect(second('main > p > a[href="/nl/companies/testco/"]').text()).toBe('Testbedrijf');
  });

  it('keeps a listing without a second page free of pagination', async () => {
    expect((await page(paged, '/nl/archive/2023/'))('nav.pagination').length).toBe(0);
  });

  it('shows only the latest ten on the home page', async () => {
    expect(listed(await page(paged, '/nl/')).length).toBe(10);
  });
});

/** Internal links of a built page, as paths without query or fragment. */
async function linksOf(build: BuildResult, path: string): Promise<string[]> {
  const $ = await page(build, path);
  return attrs($, 'a[href]', 'href')
    .map((href) => new URL(href, `${ORIGIN}${path}`))
    .filter((url) => url.origin === ORIGIN)
    .map((url) => url.pathname);
}

/** Breadth-first over links within the language, up to `depth` clicks from its home page. */
async function reachable(build: BuildResult, lang: string, depth: number): Promise<Map<string, number>> {
  const seen = new Map([[`/${lang}/`, 0]]);
  let frontier = [`/${lang}/`];
  for (let clicks = 1; clicks <= depth; clicks++) {
    const next: string[] = [];
    for (const path of frontier) {
      for (const link of await linksOf(build, path)) {
        if (seen.has(link) || !link.startsWith(`/${lang}/`) || !exists(build, link)) continue;
        seen.set(link, clicks);
        next.push(link);
      }
    }
    frontier = next;
  }
  return seen;
}

async function releasePages(build: BuildResult, lang: string): Promise<string[]> {
  const release = new RegExp(`/${lang}/\\d{4}/[^/]+/index\\.html$`);
  return (await htmlFiles(build.outDir))
    .filter((file) => release.test(file))
    .map((file) => file.slice(build.outDir.length, -'index.html'.length));
}

describe('every release within three clicks of its language’s home page', () => {
  for (const lang of LANGUAGES) {
    it(`holds for ${lang}`, async () => {
      for (const build of [fixture, paged]) {
        const releases = await releasePages(build, lang);
        const seen = await reachable(build, lang, 3);
        expect(releases.filter((path) => !seen.has(path))).toEqual([]);
      }
    });
  }

  it('is put to the test: the paginated build has releases past the first page of their year', async () => {
    const releases = await releasePages(paged, 'nl');
    expect(releases).toHaveLength(2 + EXTRA);
    expect(releases).toContain(extraPath(1));
    // The oldest release sits on page 2 of its year: home, year, page 2, release.
    expect((await reachable(paged, 'nl', 3)).get(extraPath(1))).toBe(3);
  });
});

describe('key-figures pagination', () => {
  it('splits a long list of figures over pages with links between them', async () => {
    const figures = ($: CheerioAPI) => $('a[href*="#figure-"]').length;
    const first = await page(paged, '/nl/key-figures/');
    const second = await page(paged, '/nl/key-figures/2/');
    // 225 extra figures plus the fixture's two Dutch ones; 200 a page.
    expect(figures(first)).toBe(200);
    expect(figures(second)).toBe(27);
    expect(attrs(second, '.pagination a[aria-current="page"]', 'href')).toEqual(['/nl/key-figures/2/']);
    expect(attrs(second, '.pagination a[rel="prev"]', 'href')).toEqual(['/nl/key-figures/']);
    expect(exists(paged, '/nl/key-figures/3/')).toBe(false);
    expect(exists(fixture, '/nl/key-figures/2/')).toBe(false);
  });
});
