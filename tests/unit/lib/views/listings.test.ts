import { describe, expect, it } from 'vitest';
import {
  archivePeriods,
  countLabel,
  groupByKeys,
  groupByYear,
  isMonth,
  monthLabel,
  pageCount,
  pageVersions,
  paginationLinks,
  periodTitle,
  sortByLabel,
  totalsPerLang,
} from '~/lib/views/listings';
import { calendarDay } from '~/lib/locale/dates';
import { archiveUrl } from '~/lib/urls';

const TZ = 'Europe/Amsterdam';

/** A release as grouping sees it: an id and the calendar day of its date in the site's zone. */
function release(id: string, iso: string) {
  return { id, day: calendarDay(new Date(iso), TZ) };
}

// Newest first, as content.ts hands them over.
const releases = [
  // 23:30 UTC on 31 December is already 1 January in Amsterdam.
  release('new-year', '2023-12-31T23:30:00Z'),
  release('dec', '2023-12-05T10:00:00+01:00'),
  release('feb-late', '2023-02-20T15:00:00+01:00'),
  release('feb-early', '2023-02-20T09:00:00+01:00'),
  release('jan', '2023-01-10T09:00:00+01:00'),
  release('old', '2021-06-02T00:00:00+02:00'),
];
const ids = (items: { id: string }[]) => items.map((r) => r.id);

describe('groupByYear', () => {
  it('groups by year and month in the site’s time zone, newest first', () => {
    const years = groupByYear(releases);
    expect(years.map((y) => y.period)).toEqual(['2024', '2023', '2021']);
    expect(ids(years[0]!.releases)).toEqual(['new-year']);
    expect(years[0]!.months.map((m) => m.period)).toEqual(['2024-01']);
    expect(ids(years[1]!.releases)).toEqual(['dec', 'feb-late', 'feb-early', 'jan']);
    expect(years[1]!.months.map((m) => [m.period, ids(m.releases)])).toEqual([
      ['2023-12', ['dec']],
      ['2023-02', ['feb-late', 'feb-early']],
      ['2023-01', ['jan']],
    ]);
    expect(years[2]!.months.map((m) => m.period)).toEqual(['2021-06']);
  });

  it('gives no years for no releases', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('archivePeriods', () => {
  it('lists each year followed by its months', () => {
    expect(archivePeriods(releases).map((p) => `${p.period}:${p.releases.length}`)).toEqual([
      '2024:1',
      '2024-01:1',
      '2023:4',
      '2023-12:1',
      '2023-02:2',
      '2023-01:1',
      '2021:1',
      '2021-06:1',
    ]);
  });
});

describe('groupByKeys', () => {
  const items = [
    { id: 'a', topics: ['energy', 'results'] },
    { id: 'b', topics: ['results'] },
    { id: 'c', topics: [] },
    { id: 'd', topics: ['energy', 'energy'] },
  ];
  it('puts an item under every key it has, keeping the input order', () => {
    const groups = groupByKeys(items, (i) => i.topics);
    expect([...groups.keys()]).toEqual(['energy', 'results']);
    expect(ids(groups.get('energy')!)).toEqual(['a', 'd']);
    expect(ids(groups.get('results')!)).toEqual(['a', 'b']);
  });
});

describe('labels', () => {
  it('tells months from years', () => {
    expect(isMonth('2023-02')).toBe(true);
    expect(isMonth('2023')).toBe(false);
  });

  it('names months in each language', () => {
    expect(monthLabel('2023-02', 'nl')).toBe('februari 2023');
    expect(monthLabel('2023-02', 'en')).toBe('February 2023');
    expect(monthLabel('2023-02', 'de')).toBe('Februar 2023');
    expect(monthLabel('2023-02', 'fr')).toBe('février 2023');
    expect(monthLabel('2023-12', 'nl')).toBe('december 2023');
  });

  it('titles year and month pages', () => {
    expect(periodTitle('2023', 'nl')).toBe('Persberichten uit 2023');
    expect(periodTitle('2023-02', 'nl')).toBe('Persberichten uit februari 2023');
    expect(periodTitle('2023-02', 'en')).toBe('Press releases from February 2023');
  });

  it('counts releases with the singular for one', () => {
    expect(countLabel(1, 'nl')).toBe('1 persbericht');
    expect(countLabel(2, 'nl')).toBe('2 persberichten');
    expect(countLabel(1, 'en')).toBe('1 press release');
    expect(countLabel(1200, 'de')).toBe('1.200 Pressemitteilungen');
    expect(countLabel(1, 'fr')).toBe('1 communiqué');
    expect(countLabel(0, 'en')).toBe('0 press releases');
  });

  it('sorts by label in the language’s alphabet', () => {
    expect(sortByLabel(['Zinc', 'Énergie', 'eau', 'Climat'], (s) => s, 'fr')).toEqual([
      'Climat',
      'eau',
      'Énergie',
      'Zinc',
    ]);
  });
});

describe('pagination', () => {
  it('counts pages of 20, with one page for an empty list', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(1)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageCount(41)).toBe(3);
    expect(pageCount(10, 5)).toBe(2);
  });

  const url = (n: number) => archiveUrl('nl', '2023', n);

  it('links previous, next and every page number, page 1 without a number', () => {
    expect(paginationLinks(2, 3, url)).toEqual({
      previous: '/nl/archive/2023/',
      next: '/nl/archive/2023/3/',
      pages: [
        { page: 1, href: '/nl/archive/2023/', current: false },
        { page: 2, href: '/nl/archive/2023/2/', current: true },
        { page: 3, href: '/nl/archive/2023/3/', current: false },
      ],
    });
  });

  it('has no previous on the first page and no next on the last', () => {
    expect(paginationLinks(1, 2, url)).toMatchObject({ previous: undefined, next: '/nl/archive/2023/2/' });
    expect(paginationLinks(2, 2, url)).toMatchObject({ previous: '/nl/archive/2023/', next: undefined });
    expect(paginationLinks(1, 1, url)).toEqual({
      previous: undefined,
      next: undefined,
      pages: [{ page: 1, href: '/nl/archive/2023/', current: true }],
    });
  });

  it('lists every page number even for long listings, so page 1 links them all', () => {
    expect(paginationLinks(1, 12, url).pages.map((p) => p.page)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });
});

describe('language versions of listing pages', () => {
  const url = (lang: string, n: number) => `/${lang}/archive/2023/${n > 1 ? `${n}/` : ''}`;

  it('counts releases per key and language', () => {
    const totals = totalsPerLang({
      nl: new Map([
        ['2023', [1, 2, 3]],
        ['2024', [4]],
      ]),
      de: new Map([['2023', [5]]]),
    });
    expect(totals.get('2023')).toEqual({ nl: 3, de: 1 });
    expect(totals.get('2024')).toEqual({ nl: 1 });
    expect(totals.get('2025')).toBeUndefined();
  });

  it('offers a page only in languages whose listing has it, in locale-table order', () => {
    const totals = { fr: 2, nl: 25, en: 0 };
    expect(pageVersions(totals, 1, url)).toEqual([
      { lang: 'nl', path: '/nl/archive/2023/' },
      { lang: 'fr', path: '/fr/archive/2023/' },
    ]);
    expect(pageVersions(totals, 2, url)).toEqual([{ lang: 'nl', path: '/nl/archive/2023/2/' }]);
    expect(pageVersions(totals, 3, url)).toEqual([]);
  });
});

describe('groupsPerLang', () => {
  it('groups each language and counts every key per language', async () => {
    const { groupsPerLang } = await import('~/lib/views/listings');
    const items = { nl: [{ k: ['a', 'b'] }, { k: ['a'] }], en: [{ k: ['a'] }] } as Record<
      string,
      { k: string[] }[]
    >;
    const { perLang, totals } = groupsPerLang(
      (lang) => items[lang] ?? [],
      (i) => i.k,
    );
    expect(
      perLang.map(({ lang, groups }) => [lang, [...groups].map(([key, list]) => [key, list.length])]),
    ).toEqual([
      [
        'nl',
        [
          ['a', 2],
          ['b', 1],
        ],
      ],
      ['en', [['a', 1]]],
      ['de', []],
      ['fr', []],
    ]);
    expect(totals.get('a')).toEqual({ nl: 2, en: 1 });
    expect(totals.get('b')).toEqual({ nl: 1 });
  });
});
