/** The header's language switch: every language of the site (the example's nl, en, de, fr), always. */
import { describe, expect, it } from 'vitest';
import { languageLinks } from '~/lib/views/site';
import { nearestListing } from '~/lib/views/listings';

describe('languageLinks', () => {
  it('offers every language, the page’s own versions where they exist', () => {
    const links = languageLinks('nl', [
      { lang: 'nl', path: '/nl/2023/a/' },
      { lang: 'en', path: '/en/2023/a/' },
    ]);
    expect(links.map((l) => [l.lang, l.href, l.current, l.translated])).toEqual([
      ['nl', '/nl/2023/a/', true, true],
      ['en', '/en/2023/a/', false, true],
      ['de', '/de/', false, false],
      ['fr', '/fr/', false, false],
    ]);
  });

  it('sends an untranslated page to the nearest page the caller names, and to the home page by default', () => {
    const links = languageLinks('nl', [], (lang) => `/${lang}/archive/`);
    expect(links.map((l) => l.href)).toEqual([
      '/nl/archive/',
      '/en/archive/',
      '/de/archive/',
      '/fr/archive/',
    ]);
    // The page itself is current even when it lists no versions of its own.
    expect(links.find((l) => l.current)).toMatchObject({ lang: 'nl', translated: true });
    expect(languageLinks('en', []).map((l) => l.href)).toEqual(['/nl/', '/en/', '/de/', '/fr/']);
  });
});

describe('nearestListing', () => {
  const first = (lang: string) => `/${lang}/topics/wind/`;
  const index = (lang: string) => `/${lang}/topics/`;
  it('sends a language that has the listing to its first page, and one that has not to the index', () => {
    expect(nearestListing({ nl: 25, en: 3 }, 'en', first, index)).toBe('/en/topics/wind/');
    expect(nearestListing({ nl: 25 }, 'de', first, index)).toBe('/de/topics/');
    expect(nearestListing({ nl: 25, fr: 0 }, 'fr', first, index)).toBe('/fr/topics/');
  });
});
