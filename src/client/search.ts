/**
 * The search page's script, on Pagefind's JS API. Pagefind picks the index of the page's
 * `<html lang>`, so each language's search page finds releases in that language only.
 */
import { fill } from '~/i18n/fill';
import {
  pagefindOptions,
  parseSearchParams,
  searchFacets,
  toSearchParams,
  type SearchState,
} from '~/lib/search/state';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options: ReturnType<typeof pagefindOptions>) => Promise<PagefindSearch>;
}

/** Results are fetched and shown ten at a time: each one is a request of its own. */
const PAGE = 10;

interface Strings {
  resultOne: string;
  results: string;
  noResults: string;
  loading: string;
  all: string;
}

/** Wires the search form, filters and results inside `root`. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  let pending: PagefindSearch['results'] = [];
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const sort = form.elements.namedItem('sort') as HTMLSelectElement;
  const selects = new Map(
    searchFacets.map((facet) => [facet, form.elements.namedItem(facet) as HTMLSelectElement]),
  );

  // A path held in a variable keeps the bundler from resolving Pagefind's file at build time.
  const pagefindPath = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ pagefindPath)) as Pagefind;
  await pagefind.init();
  // Facet data is a good part of the first query's bytes: it loads when the visitor turns to the
  // filters (or arrives with some set), and searches return counts from then on.
  let totals: Record<string, Record<string, number>> | undefined;
  let current = parseSearchParams(location.search);

  const renderFilters = (counts: Record<string, Record<string, number>>, state: SearchState) => {
    if (!totals) return;
    for (const [facet, select] of selects) {
      const values = Object.keys(totals[facet] ?? {}).sort((a, b) =>
        facet === 'year' ? b.localeCompare(a) : a.localeCompare(b),
      );
      const chosen = state.filters[facet] ?? '';
      select.replaceChildren(new Option(strings.all, ''));
      for (const value of values) {
        const count = counts[facet]?.[value] ?? 0;
        select.append(new Option(`${value} (${count})`, value, false, value === chosen));
      }
    }
  };

  const readForm = (): SearchState =>
    parseSearchParams(
      `?${new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])).toString()}`,
    );

  const loadFilters = async () => {
    if (totals) return;
    totals = await pagefind.filters();
    const { query, filters } = current;
    const counts =
      query || Object.keys(filters).length > 0
        ? (await pagefind.search(query || null, pagefindOptions(current))).filters
        : totals;
    renderFilters(counts, current);
  };

  // Each search gets a number; an older search that finishes late shows nothing.
  let generation = 0;

  const run = async (state: SearchState) => {
    const mine = ++generation;
    current = state;
    input.value = state.query;
    sort.value = state.sort === 'relevance' ? 'relevance' : '';
    const hasFilters = Object.keys(state.filters).length > 0;
    list.replaceChildren();
    pending = [];
    more.hidden = true;
    if (!state.query && !hasFilters) {
      renderFilters(totals ?? {}, state);
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    const search = await pagefind.search(state.query || null, pagefindOptions(state));
    if (mine !== generation) return;
    renderFilters(search.filters, state);
    pending = search.results;
    await showMore(mine);
    if (mine !== generation) return;
    status.textContent =
      search.results.length === 0
        ? fill(strings.noResults, { query: state.query })
        : search.results.length === 1
          ? strings.resultOne
          : fill(strings.results, { count: search.results.length });
  };

  const showMore = async (mine = generation) => {
    const next = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const results = await Promise.all(next.map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...results.map(renderResult));
    more.hidden = pending.length === 0;
  };

  const update = (event?: Event) => {
    event?.preventDefault();
    const state = readForm();
    history.replaceState(null, '', `${location.pathname}${toSearchParams(state)}`);
    void run(state);
  };

  form.addEventListener('submit', update);
  more.addEventListener('click', () => {
    // Keyboard users land on the first newly shown result.
    const first = list.children.length;
    void showMore().then(() => list.children[first]?.querySelector('a')?.focus());
  });
  for (const select of [...selects.values(), sort]) select.addEventListener('change', update);
  const fieldset = form.querySelector('fieldset')!;
  for (const type of ['focusin', 'pointerover'] as const) {
    fieldset.addEventListener(type, () => void loadFilters(), { once: true });
  }
  // Filters in the URL need the facet data anyway; the search below then renders the counts.
  if (Object.keys(current.filters).length > 0) totals = await pagefind.filters();
  await run(current);
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'release-card';
  const heading = document.createElement('h2');
  heading.className = 'release-card__title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'release-card__meta';
  const time = document.createElement('time');
  time.dateTime = result.meta.datetime ?? '';
  time.textContent = result.meta.dateline ?? result.meta.date ?? '';
  meta.append(time);
  const excerpt = document.createElement('p');
  excerpt.className = 'search__excerpt';
  // Pagefind escapes the page text and adds only <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, meta, excerpt);
  return item;
}
