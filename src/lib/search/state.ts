/**
 * The search page's state and its URL form, shared by the page and its script.
 * Runs in the browser: it imports nothing from the server side.
 */

/** The facet names, in the order the search page shows them. */
export const searchFacets = ['year', 'topic', 'company', 'figures'] as const;
export type SearchFacet = (typeof searchFacets)[number];

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFacet, string>>;
  /** Newest first unless the visitor asks for relevance. */
  sort: 'date' | 'relevance';
}

/**
 * Reads the state from a query string.
 * @example parseSearchParams('?q=aluminium&year=2023') // { query: 'aluminium', filters: { year: '2023' }, sort: 'date' }
 */
export function parseSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const facet of searchFacets) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'relevance' ? 'relevance' : 'date',
  };
}

/**
 * Writes the state as a query string, leaving out defaults, so searches can be shared.
 * @example toSearchParams({ query: 'aluminium', filters: { year: '2023' }, sort: 'date' }) // '?q=aluminium&year=2023'
 */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of searchFacets) {
    const value = state.filters[facet];
    if (value) params.set(facet, value);
  }
  if (state.sort === 'relevance') params.set('sort', 'relevance');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's search options for a state. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, string>;
  sort?: Record<string, 'desc'>;
} {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<
    string,
    string
  >;
  return state.sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}

/**
 * Whether two states are the same search, so that only a real change becomes a history step.
 * @example sameState(parseSearchParams('?q=a&year=2023'), parseSearchParams('?year=2023&q=a')) // true
 */
export function sameState(a: SearchState, b: SearchState): boolean {
  return toSearchParams(a) === toSearchParams(b);
}

/**
 * The state without one facet's filter.
 * @example withoutFacet({ query: 'x', filters: { year: '2023', topic: 'Klimaat' }, sort: 'date' }, 'year').filters // { topic: 'Klimaat' }
 */
export function withoutFacet(state: SearchState, facet: SearchFacet): SearchState {
  const filters = { ...state.filters };
  delete filters[facet];
  return { ...state, filters };
}

/** Facets whose values read the same in every language: a year, a company's name. */
const LANGUAGE_NEUTRAL: readonly SearchFacet[] = ['year', 'company'];

/**
 * What of a search carries over to another language's search page: the words, the sort and
 * the filters that read the same there (topic names and "yes"/"no" are words of this language).
 * @example carriedToOtherLanguage({ query: 'wind', filters: { year: '2024', topic: 'Klimaat' }, sort: 'date' }) // { query: 'wind', filters: { year: '2024' }, sort: 'date' }
 */
export function carriedToOtherLanguage(state: SearchState): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of LANGUAGE_NEUTRAL) {
    const value = state.filters[facet];
    if (value) filters[facet] = value;
  }
  return { ...state, filters };
}
