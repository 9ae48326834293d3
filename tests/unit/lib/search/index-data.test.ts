import { describe, expect, it } from 'vitest';
import { elidedWords, numberVariants, searchData } from '~/lib/search/index-data';
import { unopaque } from '~/lib/search/card';
import {
  carriedToOtherLanguage,
  pagefindOptions,
  parseSearchParams,
  sameState,
  toSearchParams,
  withoutFacet,
} from '~/lib/search/state';

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
    expect(elidedWords("L’hydrogène d'usines qu’elles jusqu’aux l’hydrogène aujourd’hui")).toEqual([
      'hydrogène',
      'usines',
      'elles',
      'aux',
    ]);
  });
  it('leaves out single letters, which would answer every query that starts with them', () => {
    expect(elidedWords('il n’a pas jusqu’à présent')).toEqual([]);
  });
});

describe('searchData', () => {
  it('gives facets, a UTC sort key and result metadata in the release’s language', () => {
    const data = searchData({
      date: new Date('2023-01-01T00:30:00+01:00'),
      lang: 'de',
      location: 'Rijswijk',
      topics: ['Klima'],
      companies: ['BMW Group', 'Rio Tinto'],
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
      ['company', 'Rio Tinto'],
      ['figures', 'Nein'],
    ]);
    expect(Object.fromEntries(data.meta)).toMatchObject({
      date: '1. Januar 2023',
      place: 'Rijswijk',
      company: 'BMW Group & Rio Tinto',
    });
    expect(data.variants).toBe('118909');
  });

  it('stores the machine-readable date as one token that no query reaches', () => {
    const data = searchData({
      date: new Date('2023-02-20T10:00:00+01:00'),
      lang: 'nl',
      location: 'Rijswijk',
      topics: [],
      companies: ['BMW Group'],
      hasFigures: true,
      timeZone: 'Europe/Amsterdam',
      text: '',
    });
    const datetime = Object.fromEntries(data.meta)['datetime']!;
    // Pagefind splits a value at spaces, punctuation and capitals: this one has none.
    expect(datetime).toMatch(/^zq[0-9a-f]+$/);
    expect(unopaque(datetime)).toBe('2023-02-20T10:00:00+01:00');
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

describe('search state between pages and languages', () => {
  it('tells a new search from the one shown, whatever the order of the parameters', () => {
    expect(sameState(parseSearchParams('?q=a&year=2023'), parseSearchParams('?year=2023&q=a'))).toBe(true);
    expect(sameState(parseSearchParams('?q=a&year=2023'), parseSearchParams('?q=a'))).toBe(false);
  });

  it('drops one facet and keeps the rest', () => {
    const state = parseSearchParams('?q=x&year=2023&topic=Klimaat&sort=relevance');
    expect(withoutFacet(state, 'year')).toEqual({
      query: 'x',
      filters: { topic: 'Klimaat' },
      sort: 'relevance',
    });
  });

  it('carries the words, the sort, the year and the company to another language, not its topic names', () => {
    const state = parseSearchParams('?q=wind&year=2024&topic=Klimaat&company=Noordwind+Energie&figures=Ja');
    expect(toSearchParams(carriedToOtherLanguage(state))).toBe('?q=wind&year=2024&company=Noordwind+Energie');
  });
});
