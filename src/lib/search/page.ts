/** What the search page shows before any search: facets with their counts, latest releases, topics. */
import { companyName, topicLabel, type Published, type Release } from '~/lib/model/catalogue';
import { langs, type Lang } from '~/i18n/locales';
import { searchFilters } from '~/lib/search/index-data';
import { searchFacets, type SearchFacet } from '~/lib/search/state';
import { companyUrl, searchUrl, topicUrl } from '~/lib/urls';

/** One value of a facet: what the index calls it, how many public releases have it, its page. */
export interface FacetOption {
  value: string;
  count: number;
  /** The topic's or company's own page, where it has one. */
  href?: string;
}

export interface SearchPageView {
  /** Every value of every facet in this language with its count, in the order the filters list them. */
  facets: Record<SearchFacet, FacetOption[]>;
  /** The newest public releases, for the page before a search. */
  latest: Release[];
  /** Public releases in this language. */
  total: number;
  /** The search pages of the other languages. */
  otherLanguages: { lang: Lang; href: string }[];
}

/** How many releases the page lists before a search. */
export const LATEST_COUNT = 8;

/**
 * The search page of one language, from the public releases only: the index holds nothing else.
 * @example searchPageView(cat.published, 'nl', 'Europe/Amsterdam').facets.year // [{ value: '2026', count: 1 }, …]
 */
export function searchPageView(published: Published, lang: Lang, timeZone: string): SearchPageView {
  const releases = published.releases.filter((r) => r.lang === lang);
  const counts = new Map(searchFacets.map((facet) => [facet, new Map<string, FacetOption>()]));
  const count = (facet: SearchFacet, value: string, href?: string) => {
    const options = counts.get(facet)!;
    const option = options.get(value) ?? { value, count: 0, ...(href ? { href } : {}) };
    option.count += 1;
    options.set(value, option);
  };
  for (const release of releases) {
    const { data } = release.entry;
    const topics = data.topics.map((id) => ({ id, label: topicLabel(published, id, lang) }));
    const companies = data.company.map((id) => ({ id, name: companyName(published, id) }));
    // The same values the index gets, so that a filter chosen here finds its releases.
    const filters = searchFilters({
      date: data.date,
      lang,
      topics: topics.map((t) => t.label),
      companies: companies.map((c) => c.name),
      hasFigures: data.keyFigures.length > 0,
      timeZone,
    });
    for (const [facet, value] of filters) {
      const href =
        facet === 'topic'
          ? topicUrl(lang, topics.find((t) => t.label === value)!.id)
          : facet === 'company'
            ? companyUrl(lang, companies.find((c) => c.name === value)!.id)
            : undefined;
      count(facet, value, href);
    }
  }
  const collator = new Intl.Collator(lang);
  const sorted = (facet: SearchFacet) => {
    const options = [...counts.get(facet)!.values()];
    return facet === 'year'
      ? options.sort((a, b) => b.value.localeCompare(a.value))
      : options.sort((a, b) => collator.compare(a.value, b.value));
  };
  return {
    facets: Object.fromEntries(searchFacets.map((facet) => [facet, sorted(facet)])) as Record<
      SearchFacet,
      FacetOption[]
    >,
    latest: releases.slice(0, LATEST_COUNT),
    total: releases.length,
    otherLanguages: langs.filter((l) => l !== lang).map((l) => ({ lang: l, href: searchUrl(l) })),
  };
}
