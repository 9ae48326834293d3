/**
 * The key-figures overview: every key figure of a language's releases, newest first, and the
 * static filter pages (by topic, unit and company) that make it browsable without JavaScript.
 */
import { sortByLabel } from '~/lib/views/listings';
import { locales, useTranslations, type Lang } from '~/i18n/locales';
import type { Unit } from '~/lib/units';
import { filterKinds, type FigureFilter, type FilterKind } from '~/lib/urls';

export { filterKinds, type FigureFilter, type FilterKind } from '~/lib/urls';
import { numberFormat, pluralRules } from '~/lib/locale/intl';

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
