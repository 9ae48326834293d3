/** What the search index knows about a release: facets, sort key and result metadata. */
import { formatLongDate, isoWithOffset } from '~/lib/locale/dates';
import { useTranslations, type Lang } from '~/i18n/locales';
import { opaque } from '~/lib/search/card';
import type { SearchFacet } from '~/lib/search/state';

export { searchFacets, type SearchFacet } from '~/lib/search/state';

export interface SearchData {
  /** Sorts newest first as text: UTC ISO 8601, so offsets cannot disturb the order. */
  sortKey: string;
  /** Facet values, one pair per value. */
  filters: [SearchFacet, string][];
  /**
   * Shown with each result. Pagefind searches every metadata value, so each one holds either
   * the release's own words (date, place, company) or one opaque token that no query can hit.
   */
  meta: [string, string][];
  /** Extra word forms, indexed but not shown: numbers without separators, French elided words. */
  variants: string;
}

/** What a release's search facets are made of. */
export interface FacetInput {
  date: Date;
  lang: Lang;
  /** Topic labels in the release's language. */
  topics: string[];
  /** Company names. */
  companies: string[];
  hasFigures: boolean;
  timeZone: string;
}

/**
 * The facet values of one release, as the index and the search page's filters both name them.
 * @example searchFilters({ date, lang: 'nl', topics: ['Klimaat'], companies: ['BMW Group'], hasFigures: true, timeZone }) // [['year', '2023'], ['topic', 'Klimaat'], ['company', 'BMW Group'], ['figures', 'Ja']]
 */
export function searchFilters(input: FacetInput): [SearchFacet, string][] {
  const t = useTranslations(input.lang);
  return [
    ['year', formatYear(input.date, input.timeZone)],
    ...input.topics.map((topic): [SearchFacet, string] => ['topic', topic]),
    ...input.companies.map((company): [SearchFacet, string] => ['company', company]),
    ['figures', t(input.hasFigures ? 'search.yes' : 'search.no')],
  ];
}

/**
 * Search data of one release, in its language.
 * @example searchData({ date, lang: 'nl', location: 'Rijswijk', topics: ['Klimaat'], companies: ['BMW Group'], hasFigures: true, timeZone, text })
 */
export function searchData(
  input: FacetInput & {
    /** The dateline's city. */
    location: string;
    /** All text of the release, to find variants in. */
    text: string;
  },
): SearchData {
  return {
    sortKey: input.date.toISOString(),
    filters: searchFilters(input),
    meta: [
      ['date', formatLongDate(input.date, input.lang, input.timeZone)],
      ['place', input.location],
      ['company', input.companies.join(' & ')],
      // A machine-readable date for the result's <time>: as plain text its digits and "T10"
      // would answer queries like "00" or "10".
      ['datetime', opaque(isoWithOffset(input.date, input.timeZone))],
    ],
    variants: [...numberVariants(input.text), ...(input.lang === 'fr' ? elidedWords(input.text) : [])].join(
      ' ',
    ),
  };
}

function formatYear(date: Date, timeZone: string): string {
  return isoWithOffset(date, timeZone).slice(0, 4);
}

/** Digits of a number written with group separators: 118.909, 118,909, 118 909 (also no-break spaces). */
const GROUPED_NUMBER = /\b\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+\b/g;

/**
 * Every grouped number in `text` written without separators, so "118909" finds "118.909".
 * @example numberVariants('118.909 medewerkers en 2,5 miljoen') // ['118909']
 */
export function numberVariants(text: string): string[] {
  return [...new Set([...text.matchAll(GROUPED_NUMBER)].map((m) => m[0].replace(/\D/g, '')))];
}

/**
 * French elisions: l’, d’, qu’, jusqu’… glued to the next word. The word must have two letters
 * at least: a single letter ("a" in "n’a") would answer every query that starts with it.
 */
const ELISION = /(?<![\p{L}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](\p{L}[\p{L}-]+)/giu;

/**
 * The words behind French elisions, so that "hydrogène" finds "l’hydrogène" (the search
 * engine keeps "l’hydrogène" as one word).
 * @example elidedWords("l’hydrogène et d'usines") // ['hydrogène', 'usines']
 */
export function elidedWords(text: string): string[] {
  return [...new Set([...text.matchAll(ELISION)].map((m) => m[1]!.toLowerCase()))];
}
