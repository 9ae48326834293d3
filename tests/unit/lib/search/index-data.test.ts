import { describe, expect, it } from 'vitest';
import { elidedWords, numberVariants, searchData } from '~/lib/search/index-data';
import { pagefindOptions, parseSearchParams, toSearchParams } from '~/lib/search/state';

describe('numberVariants', () => {
  it('writes grouped numbers without separators in every language style', () => {
    expect(numberVariants('118.909 medewerkers, 118,909 staff, 118\u202f909 salariés, 1 200 t')).toEqual([
      '118909',
      '1200',
    ]);
  });
  it('leaves decimals and plain numbers alone', () => {
    expect(numberVariants('16,1 miljard, 70 procent, 2,5 miljoen, 2023')).toEqual([]);
  });
});

describe('elidedWords', () => {
  it('finds the words behind French elisions, with either apostrophe', () => {
    expect(elidedWords("L’hydrogène d'usines qu’elles jusqu’à l’hydrogène aujourd’hui")).toEqual([
      'hydrogène',
      'usines',
      'elles',
      'à',
    ]);
  });
});

describe('searchData', () => {
  it('gives facets, a UTC sort key and result metadata in the release’s language', () => {
    const data = searchData({
      date: new Date('2023-01-01T00:30:00+01:00'),
      lang: 'de',
      dateline: 'Rijswijk, 1. Januar 2023',
      topics: ['Klima'],
      companies: ['BMW Group'],
      hasFigures: false,
      timeZone: 'Europe/Amsterdam',
      text: 'Rund 118.909 Beschäftigte',
    });
    expect(data.sortKey).toBe('2022-12-31T23:30:00.000Z');
    // The year is the release's own calendar year in the site time zone, not UTC's.
    expect(data.filters).toEqual([
      ['year', '2023'],
      ['topic', 'Klima'],
      ['company', 'BMW Group'],
      ['figures', 'Nein'],
    ]);
    expect(data.meta).toContainEqual(['datetime', '2023-01-01T00:30:00+01:00']);
    expect(data.variants).toBe('118909');
  });
});

describe('search state in the URL', () => {
  it('reads query, filters and sort', () => {
    expect(parseSearchParams('?q=+aluminium+&year=2023&topic=Klimaat&sort=relevance&x=1')).toEqual({
      query: 'aluminium',
      filters: { year: '2023', topic: 'Klimaat' },
      sort: 'relevance',
    });
    expect(parseSearchParams('')).toEqual({ query: '', filters: {}, sort: 'date' });
  });

  it('writes a shareable URL without defaults, and reads it back', () => {
    const state = { query: 'CO2 uitstoot', filters: { company: 'BMW Group' }, sort: 'date' as const };
    expect(toSearchParams(state)).toBe('?q=CO2+uitstoot&company=BMW+Group');
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
    expect(toSearchParams({ query: '', filters: {}, sort: 'date' })).toBe('');
  });

  it('asks Pagefind for date order unless relevance is chosen', () => {
    expect(pagefindOptions({ query: 'x', filters: { year: '2023' }, sort: 'date' })).toEqual({
      filters: { year: '2023' },
      sort: { date: 'desc' },
    });
    expect(pagefindOptions({ query: 'x', filters: {}, sort: 'relevance' })).toEqual({ filters: {} });
  });
});
