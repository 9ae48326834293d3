import { describe, expect, it } from 'vitest';
import { buildHead, hreflangAlternates, jsonForScript, newsArticle, type HeadTag } from '~/lib/views/head';

const origin = 'https://press.example';
const versions = [
  { lang: 'en', path: '/en/2023/aluminium/' },
  { lang: 'nl', path: '/nl/2023/aluminium/' },
  { lang: 'de', path: '/de/2023/aluminium/' },
] as const;

const alternates = (tags: HeadTag[]) =>
  tags
    .filter((t) => t.attrs.rel === 'alternate' && t.attrs.hreflang)
    .map((t) => [t.attrs.hreflang, t.attrs.href]);

describe('buildHead', () => {
  const base = { title: 'T', description: 'D', origin, versions: [...versions] };

  it('gives an absolute canonical for the page itself', () => {
    const tags = buildHead({ ...base, lang: 'de', path: '/de/2023/aluminium/' });
    expect(tags.find((t) => t.attrs.rel === 'canonical')?.attrs.href).toBe(`${origin}/de/2023/aluminium/`);
  });

  it('lists every existing version plus x-default, the same from each version', () => {
    const fromNl = alternates(buildHead({ ...base, lang: 'nl', path: '/nl/2023/aluminium/' }));
    const fromDe = alternates(buildHead({ ...base, lang: 'de', path: '/de/2023/aluminium/' }));
    expect(fromNl).toEqual([
      ['nl', `${origin}/nl/2023/aluminium/`],
      ['en', `${origin}/en/2023/aluminium/`],
      ['de', `${origin}/de/2023/aluminium/`],
      ['x-default', `${origin}/nl/2023/aluminium/`],
    ]);
    expect(fromDe).toEqual(fromNl);
  });

  it('invents no alternates for an untranslated page', () => {
    const tags = buildHead({
      ...base,
      versions: [{ lang: 'fr', path: '/fr/x/' }],
      lang: 'fr',
      path: '/fr/x/',
    });
    expect(alternates(tags)).toEqual([]);
  });

  it('falls back to the first language in table order for x-default', () => {
    const tags = buildHead({
      ...base,
      lang: 'fr',
      path: '/fr/x/',
      versions: [
        { lang: 'fr', path: '/fr/x/' },
        { lang: 'de', path: '/de/x/' },
      ],
    });
    expect(alternates(tags).at(-1)).toEqual(['x-default', `${origin}/de/x/`]);
  });

  it('writes Open Graph with locale and alternates', () => {
    const tags = buildHead({ ...base, lang: 'en', path: '/en/2023/aluminium/', type: 'article' });
    const og = Object.fromEntries(
      tags.filter((t) => t.attrs.property).map((t) => [t.attrs.property, t.attrs.content]),
    );
    expect(og['og:type']).toBe('article');
    expect(og['og:locale']).toBe('en_GB');
    expect(og['og:url']).toBe(`${origin}/en/2023/aluminium/`);
    expect(
      tags.filter((t) => t.attrs.property === 'og:locale:alternate').map((t) => t.attrs.content),
    ).toEqual(['nl_NL', 'de_DE']);
  });

  it('marks pages noindex on request', () => {
    const tags = buildHead({ ...base, lang: 'nl', path: '/nl/', noindex: true });
    expect(tags.some((t) => t.attrs.name === 'robots' && t.attrs.content?.includes('noindex'))).toBe(true);
  });
});

describe('JSON-LD', () => {
  it('escapes < so a headline cannot close the script', () => {
    expect(jsonForScript({ h: '</script><b>' })).toBe('{"h":"\\u003c/script>\\u003cb>"}');
  });

  it('describes a release as a NewsArticle', () => {
    const article = newsArticle({
      lang: 'nl',
      headline: 'Kop',
      description: 'Sub',
      path: '/nl/2023/a/',
      datePublished: '2023-02-20T10:00:00+01:00',
      dateline: 'Rijswijk, 20 februari 2023',
      companies: [{ name: 'BMW Group', url: 'https://www.bmwgroup.com' }],
      publisher: { name: 'Noordwind Energie', url: 'https://noordwind.example', logoPath: '/brand/logo.svg' },
      origin,
    }) as Record<string, unknown>;
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Kop',
      inLanguage: 'nl',
      datePublished: '2023-02-20T10:00:00+01:00',
      dateModified: '2023-02-20T10:00:00+01:00',
      dateline: 'Rijswijk, 20 februari 2023',
      url: `${origin}/nl/2023/a/`,
      author: [{ '@type': 'Organization', name: 'BMW Group' }],
      // The newsroom's publisher, not the issuing company; the newsroom's name as the website.
      publisher: {
        '@type': 'Organization',
        name: 'Noordwind Energie',
        url: 'https://noordwind.example',
        logo: `${origin}/brand/logo.svg`,
      },
      isPartOf: { '@type': 'WebSite', name: 'Perskamer', url: `${origin}/nl/` },
    });
  });
});

describe('hreflangAlternates', () => {
  it('lists versions in table order plus x-default on the default language', () => {
    expect(
      hreflangAlternates([
        { lang: 'fr', path: '/fr/' },
        { lang: 'nl', path: '/nl/' },
        { lang: 'en', path: '/en/' },
      ]),
    ).toEqual([
      { hreflang: 'nl', path: '/nl/' },
      { hreflang: 'en', path: '/en/' },
      { hreflang: 'fr', path: '/fr/' },
      { hreflang: 'x-default', path: '/nl/' },
    ]);
  });

  it('falls back to the first language in table order without a Dutch version', () => {
    expect(
      hreflangAlternates([
        { lang: 'fr', path: '/fr/' },
        { lang: 'de', path: '/de/' },
      ]).at(-1),
    ).toEqual({ hreflang: 'x-default', path: '/de/' });
  });

  it('gives an untranslated page none', () => {
    expect(hreflangAlternates([{ lang: 'nl', path: '/nl/' }])).toEqual([]);
  });
});
