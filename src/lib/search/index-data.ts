/** What the search index knows about a release: facets, sort key and result metadata. */
import { formatLongDate, isoWithOffset } from '~/lib/locale/dates';
import { useTranslations, type Lang } from '~/i18n/locales';

import type { SearchFacet } from '~/lib/search/state';

export { searchFacets, type SearchFacet } from '~/lib/search/state';

export interface SearchData {
  /** Sorts newest first as text: UTC ISO 8601, so offsets cannot disturb the order. */
  sortKey: string;
  /** Facet values, one pair per value. */
  filters: [SearchFacet, string][];
  /** Shown with each result. */
  meta: [string, string][];
  /** Extra word forms, indexed but not shown: numbers without separators, French elided words. */
  variants: string;
}

/**
 * Search data of one release, in its language.
 * @example searchData({ date, lang: 'nl', dateline: 'Rijswijk, 20 februari 2023', topics: ['Klimaat'], companies: ['BMW Group'], hasFigures: true, timeZone })
 */
export function searchData(input: {
  date: Date;
  lang: Lang;
  dateline: string;
  topics: string[];
  companies: string[];
  hasFigures: boolean;
  timeZone: string;
  /** All text of the release, to find variants in. */
  text: string;
}): SearchData {
  const t = useTranslations(input.lang);
  return {
    sortKey: input.date.toISOString(),
    filters: [
      ['year', formatYear(input.date, input.timeZone)],
      ...input.topics.map((topic): [SearchFacet, string] => ['topic', topic]),
      ...input.companies.map((company): [SearchFacet, string] => ['company', company]),
      ['figures', t(input.hasFigures ? 'search.yes' : 'search.no')],
    ],
    meta: [
      ['date', formatLongDate(input.date, input.lang, input.timeZone)],
      ['datetime', isoWithOffset(input.date, input.timeZone)],
      ['dateline', input.dateline],
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

/** French elisions: l’, d’, qu’, jusqu’… glued to the next word. */
const ELISION = /(?<![\p{L}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](\p{L}[\p{L}-]*)/giu;

/**
 * The words behind French elisions, so that "hydrogène" finds "l’hydrogène" (the search
 * engine keeps "l’hydrogène" as one word).
 * @example elidedWords("l’hydrogène et d'usines") // ['hydrogène', 'usines']
 */
export function elidedWords(text: string): string[] {
  return [...new Set([...text.matchAll(ELISION)].map((m) => m[1]!.toLowerCase()))];
}
