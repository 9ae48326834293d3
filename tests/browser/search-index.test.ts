/**
 * What search finds on the example site: the releases' own words and nothing else. No label,
 * button, citation or URL of a release page answers a query, in any language; a word that no
 * release contains finds nothing; the people quoted and the press contacts are found by name.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { langs, useTranslations, type Lang } from '~/i18n/locales';
import type { UiKey } from '~/i18n/nl/ui';
import { launchBrowser } from './browser';
import { peopleText, personName, search, searchAgain, sourceReleases } from './search-helpers';

const base = inject('baseUrl');
const outDir = inject('outDir');
const releases = sourceReleases(outDir);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** Everything a release page says that is not the release: labels, buttons, headings. */
const FURNITURE: UiKey[] = [
  'cite.label',
  'cite.copy',
  'cite.copied',
  'cite.failed',
  'release.keyFigures',
  'release.quotes',
  'release.contacts',
  'release.email',
  'release.phone',
  'release.baseline',
  'release.period',
  'release.source',
  'release.noteToEditors',
  'release.topics',
  'release.images',
  'release.downloads',
  'release.pressKit',
  'release.share',
  'release.copyLink',
  'release.follow',
  'release.subscribe',
  'release.related',
  'release.photo',
  'release.translations',
  'release.ninjs',
  'release.print',
];

/** Lower case, without diacritics: how the search engine compares words. */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The words of the page furniture of `lang` that no published release of that language uses.
 * A word counts as used when a word of the releases (or of the people's names and roles) shares
 * its first four letters with it, or all of it when shorter: the engine finds words by their
 * stem and by prefix, so "Kopieer" would rightly find a release that says "kopiëren".
 */
function furnitureWords(lang: Lang): string[] {
  const t = useTranslations(lang);
  const used = new Set(
    [...releases.filter((r) => r.lang === lang).map((r) => r.text), peopleText()]
      .join(' ')
      .split(/[^\p{L}\p{N}]+/u)
      .map(fold),
  );
  const stem = (word: string) => word.slice(0, Math.min(word.length, 4));
  const usedStems = new Set([...used].map(stem));
  const words = FURNITURE.flatMap((key) => t(key).split(/[^\p{L}]+/u)).map(fold);
  return [...new Set(words)].filter((word) => word.length >= 3 && !usedStems.has(stem(word)));
}

describe('search finds the release, only the release', () => {
  it.each(langs)('finds no release by the words of the page furniture in %s', async (lang) => {
    const words = furnitureWords(lang);
    // The words the journalist review found every release with find nothing at all.
    const reviewed = {
      nl: ['kopieer', 'citeren'],
      en: ['cite'],
      de: ['zitieren', 'kopieren'],
      fr: ['citer', 'copier'],
    }[lang];
    expect(words).toEqual(expect.arrayContaining(reviewed));
    // Marks are compared without punctuation inside words ("deelauto's", "kitchen-table").
    const texts = new Map(releases.map((r) => [r.url, fold(r.text).replace(/[^\p{L}\p{N}\s]+/gu, '')]));
    for (const word of words) {
      const found = await searchAgain(page, base, lang, `q=${encodeURIComponent(word)}`);
      if (reviewed.includes(word)) expect(found.urls, `${lang}: "${word}"`).toEqual([]);
      // Any other hit is a word of the release itself ("note" finds "notamment" by its stem):
      // every word marked in each result's excerpt is in that release's own text.
      const cards = await page.locator('[data-search-results] > li').all();
      for (const [i, card] of cards.entries()) {
        const marked = (await card.locator('mark').allTextContents()).map((m) =>
          fold(m.replace(/[^\p{L}\p{N}]+/gu, '')),
        );
        expect(marked.length, `${lang}: "${word}" in ${found.urls[i]}`).toBeGreaterThan(0);
        for (const m of marked)
          expect(texts.get(found.urls[i]!), `${lang}: "${word}" marks "${m}"`).toContain(m);
      }
    }
  });

  it.each(langs)('finds nothing for the site’s host in %s', async (lang) => {
    await page.goto(`${base}/${lang}/`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const host = new URL(canonical!).host;
    for (const query of [host, `https://${host}/`, host.split('.')[0]!]) {
      const found = await searchAgain(page, base, lang, `q=${encodeURIComponent(query)}`);
      expect(found.urls, `${lang}: "${query}"`).toEqual([]);
    }
  });

  it('finds nothing for a word that no release contains, where the engine would take a shorter one', async () => {
    // "aluminum" (US spelling) is in no release; "a" and "al" are, and used to stand in for it.
    for (const lang of ['en', 'nl'] as const) {
      const found = await search(page, base, lang, 'q=aluminum');
      expect(found.urls, lang).toEqual([]);
      expect(found.status).toBe(useTranslations(lang)('search.noResults', { query: 'aluminum' }));
    }
    // Two words, one of them real: still nothing, as no release has both.
    expect((await search(page, base, 'en', 'q=aluminum+Tinto')).urls).toEqual([]);
  });

  it('still finds a word by its beginning, and a phrase in quotes', async () => {
    const aluminium = releases.filter((r) => r.lang === 'en' && /aluminium/i.test(r.text)).map((r) => r.url);
    expect(aluminium.length).toBeGreaterThan(0);
    expect((await search(page, base, 'en', 'q=alumin')).urls.sort()).toEqual(aluminium.sort());
    expect((await search(page, base, 'nl', 'q=%22Rio%20Tinto%22')).urls).toEqual([
      '/nl/2023/bmw-group-koopt-koolstofarm-aluminium-rio-tinto/',
    ]);
  });

  it('finds the press contacts and the people quoted by name, and only their releases', async () => {
    const cases = [
      { lang: 'en', person: 'eva-voorbeeld', role: 'contacts' },
      { lang: 'nl', person: 'femke-de-graaf', role: 'contacts' },
      { lang: 'nl', person: 'thijs-hoekstra', role: 'quoted' },
      { lang: 'de', person: 'joachim-post', role: 'quoted' },
    ] as const;
    for (const { lang, person, role } of cases) {
      const name = personName(person);
      const theirs = releases.filter((r) => r.lang === lang && r[role].includes(person)).map((r) => r.url);
      expect(theirs.length, name).toBeGreaterThan(0);
      const found = await search(page, base, lang, `q=${encodeURIComponent(name)}&sort=relevance`);
      expect(found.urls, name).toEqual(expect.arrayContaining(theirs));
      // Besides, only releases that name the person in their text.
      const naming = releases.filter((r) => r.lang === lang && r.text.includes(name.split(' ').at(-1)!));
      expect([...theirs, ...naming.map((r) => r.url)], name).toEqual(expect.arrayContaining(found.urls));
    }
  });

  it('does not index the note to editors, nor a contact’s e-mail address', async () => {
    // "Motorrad" appears in BMW's boilerplate only.
    expect((await search(page, base, 'nl', 'q=Motorrad')).urls).toEqual([]);
    expect((await search(page, base, 'en', 'q=eva.voorbeeld%40example.com')).urls).toEqual([]);
  });

  it('keeps label and value apart in the excerpts: no "Period2024" or "BronRio"', async () => {
    await search(page, base, 'nl', 'q=%22Rio%20Tinto%22');
    const excerpt = (await page.locator('.search__excerpt').first().textContent()) ?? '';
    expect(excerpt).toContain('Rio Tinto');
    expect(excerpt).not.toMatch(/Bron|Citeren|Kopieer|https?:/);
    await search(page, base, 'en', 'q=2024&sort=relevance');
    const excerpts = (await page.locator('.search__excerpt').allTextContents()).join(' ');
    expect(excerpts).not.toMatch(/Period\s*2024|Cite as|perskamer/i);
  });
});
