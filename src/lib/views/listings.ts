/**
 * Browsing without JavaScript: releases grouped by year, month, topic and company, cut into
 * pages, and which languages have each listing page. Pure: callers pass releases already
 * filtered to one language and sorted newest first (content.ts does both).
 */
import { langs, locales, useTranslations, type Lang } from '~/i18n/locales';
import { collator, dateTimeFormat, numberFormat, pluralRules } from '~/lib/locale/intl';

/** Releases per listing page. */
export const PAGE_SIZE = 20;

/** How many of the latest releases the home page shows; the archive holds the rest. */
export const HOME_LATEST = 10;

/** What grouping needs from a release: its calendar day (`2023-02-20`) in the site's time zone. */
export interface Dated {
  day: string;
}

/** A year or month (`2023` or `2023-02`) with its releases, newest first. */
export interface Period<T> {
  period: string;
  releases: T[];
}

/** A year with its releases and its months, both newest first. */
export interface Year<T> extends Period<T> {
  months: Period<T>[];
}

/**
 * The year of a calendar day.
 * @example yearOf('2023-02-20') // '2023'
 */
export function yearOf(day: string): string {
  return day.slice(0, 4);
}

/**
 * The month of a calendar day, as used in archive URLs.
 * @example monthOf('2023-02-20') // '2023-02'
 */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/**
 * Groups items under every key they carry, keeping the input order inside each group;
 * groups come in order of first appearance (newest first for newest-first input).
 * @example groupByKeys(releases, (r) => r.entry.data.topics) // Map { 'energy' => [...], ... }
 */
export function groupByKeys<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    // A key listed twice on one item must not list the item twice.
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key) ?? [];
      group.push(item);
      groups.set(key, group);
    }
  }
  return groups;
}

/**
 * Years, newest first, each with its months. The day is the release date's calendar day in
 * the site's time zone, not the folder year: a release dated 31 December 23:30 UTC belongs
 * to January in Amsterdam.
 */
export function groupByYear<T extends Dated>(releases: readonly T[]): Year<T>[] {
  const byNewest = [...releases].sort((a, b) => b.day.localeCompare(a.day));
  // Stable sort: releases of one day keep their caller's (time-of-day) order.
  const years = groupByKeys(byNewest, (r) => [yearOf(r.day)]);
  return [...years].map(([period, items]) => ({
    period,
    releases: items,
    months: [...groupByKeys(items, (r) => [monthOf(r.day)])].map(([month, inMonth]) => ({
      period: month,
      releases: inMonth,
    })),
  }));
}

/** Every archive period of a language: each year and each month, in that order per year. */
export function archivePeriods<T extends Dated>(releases: readonly T[]): Period<T>[] {
  return groupByYear(releases).flatMap((year) => [
    { period: year.period, releases: year.releases },
    ...year.months,
  ]);
}

/**
 * Whether an archive period is a month (`2023-02`) rather than a year (`2023`).
 * @example isMonth('2023-02') // true
 */
export function isMonth(period: string): boolean {
  return /^\d{4}-\d{2}$/.test(period);
}

/**
 * A month's name and year in the language, for headings and titles.
 * @example monthLabel('2023-02', 'nl') // 'februari 2023'
 * @example monthLabel('2023-02', 'de') // 'Februar 2023'
 */
export function monthLabel(period: string, lang: Lang): string {
  const [year, month] = period.split('-').map(Number);
  // Noon UTC on the first: the same month in every time zone the formatter might assume.
  const date = new Date(Date.UTC(year!, month! - 1, 1, 12));
  return dateTimeFormat(locales[lang].intl, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * The heading of an archive period's page.
 * @example periodTitle('2023-02', 'nl') // 'Persberichten uit februari 2023'
 */
export function periodTitle(period: string, lang: Lang): string {
  const t = useTranslations(lang);
  return isMonth(period)
    ? t('archive.month', { month: monthLabel(period, lang) })
    : t('archive.year', { year: period });
}

/**
 * "n press releases" in the language, singular for one.
 * @example countLabel(1, 'nl') // '1 persbericht'
 * @example countLabel(1200, 'de') // '1.200 Pressemitteilungen'
 */
export function countLabel(count: number, lang: Lang): string {
  const t = useTranslations(lang);
  const locale = locales[lang].intl;
  const key = pluralRules(locale).select(count) === 'one' ? 'archive.countOne' : 'archive.count';
  return t(key, { count: numberFormat(locale).format(count) });
}

/**
 * The number of pages a list of `total` items fills; an empty list still has one page.
 * @example pageCount(41) // 3
 */
export function pageCount(total: number, pageSize: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Links of a pagination bar. */
export interface PaginationLinks {
  previous?: string | undefined;
  next?: string | undefined;
  pages: { page: number; href: string; current: boolean }[];
}

/**
 * Previous, next and every page number. All numbers are listed, never a window with gaps:
 * the first page then links every other one, which keeps each release within three clicks
 * of the home page (home, year, page n).
 * @example paginationLinks(2, 3, (n) => `/x/${n}/`).previous // '/x/1/'
 */
export function paginationLinks(
  current: number,
  last: number,
  urlOf: (page: number) => string,
): PaginationLinks {
  const pages = Array.from({ length: last }, (_, i) => ({
    page: i + 1,
    href: urlOf(i + 1),
    current: i + 1 === current,
  }));
  return {
    previous: current > 1 ? urlOf(current - 1) : undefined,
    next: current < last ? urlOf(current + 1) : undefined,
    pages,
  };
}

/**
 * The language versions of one page of a listing: the languages whose listing has that page.
 * `totals` holds how many releases the listing has per language (missing or 0: no listing).
 * @example pageVersions({ nl: 25, en: 3 }, 2, (l, n) => `/${l}/${n}/`) // [{ lang: 'nl', path: '/nl/2/' }]
 */
export function pageVersions(
  totals: Partial<Record<Lang, number>>,
  page: number,
  urlOf: (lang: Lang, page: number) => string,
  pageSize: number = PAGE_SIZE,
): { lang: Lang; path: string }[] {
  return langs
    .filter((lang) => {
      const total = totals[lang] ?? 0;
      return total > 0 && page <= pageCount(total, pageSize);
    })
    .map((lang) => ({ lang, path: urlOf(lang, page) }));
}

/**
 * Where a language without this page of a listing sends the reader: the listing's first page
 * where that language has the listing at all, else `fallback` (the index the listing belongs to).
 * @example nearestListing({ nl: 25, en: 3 }, 'en', (l) => `/${l}/topics/x/`, (l) => `/${l}/topics/`) // '/en/topics/x/'
 * @example nearestListing({ nl: 25 }, 'de', (l) => `/${l}/topics/x/`, (l) => `/${l}/topics/`) // '/de/topics/'
 */
export function nearestListing(
  totals: Partial<Record<Lang, number>>,
  lang: Lang,
  first: (lang: Lang) => string,
  fallback: (lang: Lang) => string,
): string {
  return (totals[lang] ?? 0) > 0 ? first(lang) : fallback(lang);
}

/**
 * Sorts items by a label in the language's alphabetical order.
 * @example sortByLabel(['Énergie', 'Zinc', 'Eau'], (s) => s, 'fr') // ['Eau', 'Énergie', 'Zinc']
 */
export function sortByLabel<T>(items: readonly T[], labelOf: (item: T) => string, lang: Lang): T[] {
  const { compare } = collator(locales[lang].intl);
  return [...items].sort((a, b) => compare(labelOf(a), labelOf(b)));
}

/**
 * Per key (a period, topic or company), how many releases each language has under it:
 * the input of `pageVersions`.
 * @example totalsPerLang({ nl: new Map([['2023', [a, b]]]), en: new Map([['2023', [c]]]) }).get('2023') // { nl: 2, en: 1 }
 */
export function totalsPerLang(
  groups: Partial<Record<Lang, ReadonlyMap<string, readonly unknown[]>>>,
): Map<string, Partial<Record<Lang, number>>> {
  const totals = new Map<string, Partial<Record<Lang, number>>>();
  for (const lang of langs) {
    for (const [key, items] of groups[lang] ?? []) {
      totals.set(key, { ...totals.get(key), [lang]: items.length });
    }
  }
  return totals;
}

/**
 * A listing's groups in every language (by topic, by company, …) with the per-key totals that
 * `pageVersions` needs: what the topic and company routes both build.
 * @example groupsPerLang((lang) => releasesIn(cat, lang), (r) => r.entry.data.topics)
 */
export function groupsPerLang<T>(
  itemsIn: (lang: Lang) => readonly T[],
  keysOf: (item: T) => readonly string[],
): {
  perLang: { lang: Lang; groups: Map<string, T[]> }[];
  totals: Map<string, Partial<Record<Lang, number>>>;
} {
  const perLang = langs.map((lang) => ({ lang, groups: groupByKeys(itemsIn(lang), keysOf) }));
  return {
    perLang,
    totals: totalsPerLang(Object.fromEntries(perLang.map(({ lang, groups }) => [lang, groups]))),
  };
}
