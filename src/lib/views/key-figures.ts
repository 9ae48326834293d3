/**
 * The key-figures overview: every key figure of a language's releases, newest first, and the
 * static filter pages (by topic, unit and company) that make it browsable without JavaScript.
 */
import { langs, locales, useTranslations, type Lang } from '~/i18n/locales';
import { site } from '~/lib/config';
import { calendarDay, formatShortDay, isoWithOffset } from '~/lib/locale/dates';
import { figureParts } from '~/lib/locale/format';
import { numberFormat, pluralRules } from '~/lib/locale/intl';
import { companyName, releasesIn, topicLabel, type Catalogue, type Release } from '~/lib/model/catalogue';
import type { Unit } from '~/lib/units';
import { filterKinds, keyFiguresUrl, type FigureFilter, type FilterKind } from '~/lib/urls';
import { digestOf } from '~/lib/model/digest';
import { pageVersions, sortByLabel } from '~/lib/views/listings';
import { unbrokenUnit } from '~/lib/views/release';
import type { Qualifier } from '~/lib/units';

export { filterKinds, type FigureFilter, type FilterKind } from '~/lib/urls';

/** Figures per page of the key-figures listings. */
export const FIGURES_PER_PAGE = 200;

/** What the overview reads from a release; a catalogue `Release` has it all. */
export interface FigureRelease<F extends { id: string; unit: Unit } = { id: string; unit: Unit }> {
  url: string;
  entry: {
    data: { date: Date; company: readonly string[]; topics: readonly string[]; keyFigures: readonly F[] };
  };
}

/** A key figure together with the release it was published in. */
export interface ListedFigure<R extends FigureRelease> {
  release: R;
  figure: R['entry']['data']['keyFigures'][number];
  /** The figure's anchor on its release page. */
  href: string;
}

/**
 * Every key figure of the given releases, newest release first, in release order within one.
 * @example listFigures(releasesIn(cat, 'nl'))[0].href // '/nl/2026/…/#figure-members'
 */
export function listFigures<R extends FigureRelease>(releases: readonly R[]): ListedFigure<R>[] {
  // A stable sort keeps the caller's order for releases of the same instant.
  const newestFirst = [...releases].sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime());
  return newestFirst.flatMap((release) =>
    release.entry.data.keyFigures.map((figure) => ({
      release,
      figure,
      href: `${release.url}#figure-${figure.id}`,
    })),
  );
}

/** One row of the key-figures table: what a reporter scans for, each part on one line. */
export interface FigureRow {
  /** The qualifier in words ("ongeveer"), empty for an exact figure. */
  qualifier: string;
  /** The number with any symbol that belongs to it ("58.800", "€ 11,6 miljoen"). */
  number: string;
  /** The unit in words ("ton CO2-equivalent", hyphens unbroken); empty where a symbol sits in the value. */
  unit: string;
  label: string;
  company: string;
  /** The release's date: machine-readable and in short words ("12 mrt 2025"). */
  date: { iso: string; text: string };
  /** The figure's place in its release. */
  href: string;
}

/**
 * A listed figure as a table row in its release's language.
 * @example figureRow(item, names, 'nl').number // '58.800'
 */
export function figureRow(
  item: ListedFigure<
    FigureRelease<{ id: string; unit: Unit; value: number; label: string; qualifier?: Qualifier | undefined }>
  >,
  companyNames: ReadonlyMap<string, string>,
  lang: Lang,
): FigureRow {
  const { figure, release } = item;
  const parts = unbrokenUnit(figureParts(figure, lang));
  const { date, company } = release.entry.data;
  return {
    qualifier: parts.qualifier,
    number: parts.number,
    unit: parts.unit,
    label: figure.label,
    company: company.map((id) => companyNames.get(id) ?? id).join(' & '),
    date: {
      iso: isoWithOffset(date, site.timeZone),
      text: formatShortDay(calendarDay(date, site.timeZone), lang),
    },
    href: item.href,
  };
}

/** The values a listed figure has for one filter kind: its release's topics or companies, or its unit. */
export function filterValues(item: ListedFigure<FigureRelease>, kind: FilterKind): readonly string[] {
  if (kind === 'unit') return [item.figure.unit];
  return kind === 'topic' ? item.release.entry.data.topics : item.release.entry.data.company;
}

/** The figures a filter page shows, in the list's order. */
export function applyFilter<R extends FigureRelease>(
  items: readonly ListedFigure<R>[],
  filter: FigureFilter,
): ListedFigure<R>[] {
  return items.filter((item) => filterValues(item, filter.kind).includes(filter.value));
}

/** Every filter with at least one figure, per kind, each value once, in order of first appearance. */
export function availableFilters(items: readonly ListedFigure<FigureRelease>[]): FigureFilter[] {
  const seen = new Set<string>();
  const filters: FigureFilter[] = [];
  for (const kind of filterKinds) {
    for (const item of items) {
      for (const value of filterValues(item, kind)) {
        const key = `${kind}/${value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        filters.push({ kind, value });
      }
    }
  }
  return filters;
}

/** A filter with its display label, for the filter navigation. */
export interface FilterLink extends FigureFilter {
  label: string;
}

/**
 * The filter navigation: per kind (in `filterKinds` order) the filters with figures, sorted by label.
 * @example filterGroups(filters, (f) => f.value, 'nl')[0] // { kind: 'topic', filters: [...] }
 */
export function filterGroups(
  filters: readonly FigureFilter[],
  labelOf: (filter: FigureFilter) => string,
  lang: Lang,
): { kind: FilterKind; filters: FilterLink[] }[] {
  return filterKinds
    .map((kind) => ({
      kind,
      filters: sortByLabel(
        filters.filter((f) => f.kind === kind).map((f) => ({ ...f, label: labelOf(f) })),
        (f) => f.label,
        lang,
      ),
    }))
    .filter((group) => group.filters.length > 0);
}

/**
 * "n key figures" in the language, singular for one.
 * @example figureCount(1, 'en') // '1 key figure'
 * @example figureCount(1200, 'nl') // '1.200 kerncijfers'
 */
export function figureCount(count: number, lang: Lang): string {
  const t = useTranslations(lang);
  const locale = locales[lang].intl;
  const key = pluralRules(locale).select(count) === 'one' ? 'keyFigures.countOne' : 'keyFigures.count';
  return t(key, { count: numberFormat(locale).format(count) });
}

/** One key-figures listing (the overview, or one filter) in one language, before pagination. */
export interface KeyFigureListing {
  lang: Lang;
  /** The filter and its label; absent on the overview. */
  current?: FilterLink | undefined;
  items: ListedFigure<Release>[];
  /** The filter navigation of this language. */
  nav: { kind: FilterKind; filters: FilterLink[] }[];
  /** Company names by id, for the cards. */
  companyNames: Map<string, string>;
  /** This listing's language versions on a given page: the languages whose listing has that page. */
  versionsOn: (page: number) => { lang: Lang; path: string }[];
}

/**
 * Every key-figures listing of the build: per language the overview of every language (the site
 * menu links it, even without figures) and one listing per filter that has figures there.
 */
export function keyFigureListings(cat: Catalogue): KeyFigureListing[] {
  const companyNames = new Map([...cat.companies.keys()].map((id) => [id, companyName(cat, id)]));
  const perLang = langs.map((lang) => {
    const items = listFigures(releasesIn(cat, lang));
    const filters = availableFilters(items);
    const labelOf = (f: FigureFilter) =>
      f.kind === 'topic'
        ? topicLabel(cat, f.value, lang)
        : f.kind === 'company'
          ? companyName(cat, f.value)
          : // A unit filter's value is a figure's unit, which the schema limits to the list.
            useTranslations(lang)(`unitName.${f.value as Unit}`);
    return { lang, items, filters, labelOf, nav: filterGroups(filters, labelOf, lang) };
  });
  const totalsOf = (filter?: FigureFilter) =>
    Object.fromEntries(
      perLang.map((l) => [l.lang, filter ? applyFilter(l.items, filter).length : l.items.length || 1]),
    ) as Partial<Record<Lang, number>>;
  const versions = (filter?: FigureFilter) => {
    const totals = totalsOf(filter);
    return (page: number) =>
      pageVersions(totals, page, (lang, n) => keyFiguresUrl(lang, filter, n), FIGURES_PER_PAGE);
  };
  return perLang.flatMap(({ lang, items, filters, labelOf, nav }) => [
    { lang, items, nav, companyNames, versionsOn: versions() },
    ...filters.map((filter) => ({
      lang,
      current: { ...filter, label: labelOf(filter) },
      items: applyFilter(items, filter),
      nav,
      companyNames,
      versionsOn: versions(filter),
    })),
  ]);
}

/**
 * The cache key of one page of a key-figures listing: the listing as that page draws it (its
 * language versions resolved for the page) and the page itself, whose `data` holds the page's
 * figures and whose `total` the count. The listing's other figures stay out: keying every page
 * by all of its listing's figures made the keys quadratic in the number of figures.
 */
export function keyFiguresPageKey(
  params: object,
  { listing, page }: { listing: KeyFigureListing; page: { currentPage: number } },
): string {
  const { items: _drawnFromPage, ...drawn } = listing;
  return digestOf(
    'key-figures',
    params,
    { ...drawn, versionsOn: listing.versionsOn(page.currentPage) },
    page,
  );
}
