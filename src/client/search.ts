/**
 * The search page's script, on Pagefind's JS API. Pagefind picks the index of the page's
 * `<html lang>`, so each language's search page finds releases in that language only.
 * The page itself already shows the latest releases, the topics and every filter with its
 * count: the script takes over once there is a query or a filter.
 */
import { fill } from '~/i18n/fill';
import { resultCard, type ResultCard, type ResultData } from '~/lib/search/card';
import { hasWordStartingWith, isPhraseQuery, queryWords } from '~/lib/search/query';
import {
  carriedToOtherLanguage,
  pagefindOptions,
  parseSearchParams,
  sameState,
  searchFacets,
  toSearchParams,
  type SearchFacet,
  type SearchState,
  withoutFacet,
} from '~/lib/search/state';

type Counts = Partial<Record<string, Record<string, number>>>;
/** Counts per facet value, and per facet the number of releases found without its filter. */
interface FacetCounts {
  values: Counts;
  all: Record<SearchFacet, number>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<ResultData & { content: string }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Counts>;
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
  otherLanguages: string;
  topics: string;
}

/** One value of a facet as the page lists it. */
interface FacetValue {
  value: string;
  total: number;
  href: string | undefined;
}

/** Loads Pagefind once, when first needed. */
function pagefindLoader(): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | undefined;
  return () =>
    (loading ??= (async () => {
      // A path held in a variable keeps the bundler from resolving Pagefind's file at build time.
      const path = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
      // On the main thread Pagefind uses the engine the page preloads; its web worker would
      // fetch the engine again, after its own script. One language's searches are small.
      await pagefind.options({ noWorker: true });
      await pagefind.init();
      return pagefind;
    })());
}

/** The words of a result that search could have matched: its indexed text and metadata. */
function wordsOf(data: ResultData & { content: string }): string {
  return [data.content, ...Object.values(data.meta)].join(' ');
}

/**
 * Whether Pagefind's results for `query` really hold every word of it. When no indexed word
 * starts with a query word, Pagefind searches a shorter word that the query word starts with
 * ("a" for "aluminum"); such results must not be shown. Pagefind decides that per word for the
 * whole index, so one result tells for all: a word passes when the first result has a word
 * that starts with it (the usual case, at no cost), when the index has the word itself (an
 * exact search finds it: "companies" where a release says "company"), or when a release found
 * by the word alone has a word starting with it.
 */
async function findsEveryWord(
  pagefind: Pagefind,
  query: string,
  lang: string,
  first: ResultData & { content: string },
): Promise<boolean> {
  if (isPhraseQuery(query)) return true;
  const text = wordsOf(first);
  for (const word of queryWords(query, lang)) {
    if (hasWordStartingWith(text, word)) continue;
    if ((await pagefind.search(`"${word}"`, { filters: {} })).results.length > 0) continue;
    const top = (await pagefind.search(word, { filters: {} })).results[0];
    if (!top || !hasWordStartingWith(wordsOf(await top.data()), word)) return false;
  }
  return true;
}

/** Wires the search form, filters, results and the states around them inside `root`. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const lang = root.dataset['lang'] ?? document.documentElement.lang;
  const otherSearches = new Set(JSON.parse(root.dataset['otherSearches'] ?? '[]') as string[]);
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const none = $<HTMLElement>('[data-search-none]');
  const start = $<HTMLElement>('[data-search-start]');
  const elsewhereText = $<HTMLElement>('[data-search-elsewhere-text]');
  const clearFilters = $<HTMLAnchorElement>('[data-search-clear-filters]');
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const sort = form.elements.namedItem('sort') as HTMLSelectElement;
  const selects = new Map(
    searchFacets.map((facet) => [facet, form.elements.namedItem(facet) as HTMLSelectElement]),
  );
  // Every value of every facet, with its total and page, as the page was built with them.
  const values = new Map<SearchFacet, FacetValue[]>(
    [...selects].map(([facet, select]) => [
      facet,
      [...select.options]
        .filter((o) => o.value !== '')
        .map((o) => ({ value: o.value, total: Number(o.dataset['count']), href: o.dataset['href'] })),
    ]),
  );
  const totals: Counts = Object.fromEntries(
    [...values].map(([facet, list]) => [facet, Object.fromEntries(list.map((v) => [v.value, v.total]))]),
  );
  const everywhere = (n: number) =>
    Object.fromEntries(searchFacets.map((facet) => [facet, n])) as Record<SearchFacet, number>;
  const topicPages = new Map(values.get('topic')!.map((v) => [v.value, v.href]));
  const total = Number(root.dataset['total']);
  const pageCounts: FacetCounts = { values: totals, all: everywhere(total) };
  const noCounts: FacetCounts = { values: {}, all: everywhere(0) };
  const pagefind = pagefindLoader();
  let filterData: Promise<Counts> | undefined;
  let pending: PagefindResult[] = [];
  let current = parseSearchParams(location.search);
  // Each search gets a number; an older search that finishes late shows nothing.
  let generation = 0;

  /**
   * The filters, each value with its count for the current search, and "All" with the number of
   * releases the search finds without that filter; no counts while they load.
   */
  const renderFilters = (facetCounts: FacetCounts | undefined, state: SearchState) => {
    const counts = facetCounts?.values;
    for (const [facet, select] of selects) {
      const chosen = state.filters[facet] ?? '';
      const all = facetCounts ? `${strings.all} (${facetCounts.all[facet]})` : strings.all;
      const shown = values
        .get(facet)!
        .filter((v) => !counts || (counts[facet]?.[v.value] ?? 0) > 0 || v.value === chosen)
        .map((v) => {
          const label = counts ? `${v.value} (${counts[facet]?.[v.value] ?? 0})` : v.value;
          return new Option(label, v.value, false, v.value === chosen);
        });
      // A value this page does not list (a shared link from another language) still shows as chosen.
      if (chosen && !shown.some((o) => o.value === chosen))
        shown.push(new Option(chosen, chosen, false, true));
      select.replaceChildren(new Option(all, '', false, chosen === ''), ...shown);
    }
  };

  /** The language links of the page (the header's too) carry the search to the other languages. */
  const carryToOtherLanguages = (state: SearchState) => {
    root.dataset['searchQuery'] = state.query;
    const carried = toSearchParams(carriedToOtherLanguage(state));
    const queryOnly = toSearchParams({ query: state.query, filters: {}, sort: 'date' });
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const url = new URL(link.href);
      if (url.origin !== location.origin || !otherSearches.has(url.pathname)) continue;
      // Where nothing was found, the other languages get the words alone: their filters differ.
      link.href = `${url.pathname}${link.hasAttribute('data-search-elsewhere') ? queryOnly : carried}`;
    }
  };

  const readForm = (): SearchState =>
    parseSearchParams(
      `?${new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])).toString()}`,
    );

  /**
   * Counts per facet value for a search: for a chosen facet, as if it were not chosen, so that
   * its other values stay reachable.
   */
  const countsFor = async (engine: Pagefind, state: SearchState, found: number): Promise<FacetCounts> => {
    await (filterData ??= engine.filters());
    const query = state.query || null;
    const values: Counts = { ...(await engine.search(query, pagefindOptions(state))).filters };
    const all = everywhere(found);
    for (const facet of searchFacets) {
      if (!state.filters[facet]) continue;
      const others = withoutFacet(state, facet);
      if (!query && !Object.values(others.filters).some(Boolean)) {
        values[facet] = totals[facet];
        all[facet] = total;
        continue;
      }
      const search = await engine.search(query, pagefindOptions(others));
      values[facet] = search.filters[facet];
      all[facet] = search.results.length;
    }
    return { values, all };
  };

  /** The data of the next page of results, taken off the pending ones. */
  const nextPage = () => {
    const next = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    return Promise.all(next.map((r) => r.data()));
  };

  const show = (data: ResultData[]) => {
    list.append(...data.map((d) => renderResult(resultCard(d), topicPages, strings)));
    more.hidden = pending.length === 0;
  };

  const showMore = async () => {
    const mine = generation;
    const data = await nextPage();
    if (mine === generation) show(data);
  };

  const run = async (state: SearchState) => {
    const mine = ++generation;
    current = state;
    input.value = state.query;
    sort.value = state.sort === 'relevance' ? 'relevance' : '';
    carryToOtherLanguages(state);
    list.replaceChildren();
    pending = [];
    more.hidden = true;
    none.hidden = true;
    const hasFilters = Object.values(state.filters).some(Boolean);
    root.toggleAttribute('data-searching', Boolean(state.query) || hasFilters);
    if (!state.query && !hasFilters) {
      start.hidden = false;
      status.textContent = '';
      renderFilters(pageCounts, state);
      return;
    }
    start.hidden = true;
    status.textContent = strings.loading;
    renderFilters(undefined, state);
    const engine = await pagefind();
    const search = await engine.search(state.query || null, pagefindOptions(state));
    if (mine !== generation) return;
    pending = search.results;
    let page = await nextPage();
    const genuine =
      !state.query || page.length === 0 || (await findsEveryWord(engine, state.query, lang, page[0]!));
    if (mine !== generation) return;
    if (!genuine) {
      pending = [];
      page = [];
    }
    const found = genuine ? search.results.length : 0;
    show(page);
    status.textContent =
      found === 0
        ? fill(strings.noResults, { query: state.query })
        : found === 1
          ? strings.resultOne
          : fill(strings.results, { count: found });
    if (found === 0) {
      // Nothing found is no dead end: other languages, the archive, and what the page shows before a search.
      root.removeAttribute('data-searching');
      start.hidden = false;
      elsewhereText.textContent = fill(strings.otherLanguages, { query: state.query });
      elsewhereText.parentElement!.querySelector('ul')!.hidden = !state.query;
      elsewhereText.hidden = !state.query;
      clearFilters.hidden = !hasFilters;
      clearFilters.href = `${location.pathname}${toSearchParams({ ...state, filters: {} })}`;
      none.hidden = false;
    }
    const counts = genuine ? await countsFor(engine, state, found) : noCounts;
    if (mine === generation) renderFilters(counts, state);
  };

  /** A new state from the visitor: a step in the browser's history, so Back returns to the one before. */
  const go = (state: SearchState) => {
    if (!sameState(state, current))
      history.pushState(null, '', `${location.pathname}${toSearchParams(state)}`);
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(readForm());
  });
  for (const select of [...selects.values(), sort]) select.addEventListener('change', () => go(readForm()));
  clearFilters.addEventListener('click', (event) => {
    event.preventDefault();
    go({ ...current, filters: {} });
  });
  window.addEventListener('popstate', () => void run(parseSearchParams(location.search)));
  more.addEventListener('click', () => {
    // Keyboard users land on the first newly shown result.
    const first = list.children.length;
    void showMore().then(() => list.children[first]?.querySelector('a')?.focus());
  });
  await run(current);
}

/** One result: company, title, date · place, excerpt, topics as links, and the thumbnail. */
function renderResult(card: ResultCard, topicPages: Map<string, string | undefined>, strings: Strings) {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const item = el('li', `release-card search-result${card.thumbnail ? ' release-card--image' : ''}`);
  const body = el('div', 'release-card__text');
  if (card.company) body.append(el('p', 'release-card__company', card.company));
  const heading = el('h2', 'release-card__title');
  const link = el('a', undefined, card.title);
  link.href = card.url;
  heading.append(link);
  const meta = el('p', 'release-card__meta');
  const time = el('time', undefined, card.date);
  if (card.datetime) time.dateTime = card.datetime;
  meta.append(time);
  if (card.place) meta.append(` · ${card.place}`);
  const excerpt = el('p', 'search__excerpt');
  // Pagefind escapes the page text and adds only <mark> around matches.
  excerpt.innerHTML = card.excerpt;
  body.append(heading, meta, excerpt);
  if (card.topics.length > 0) {
    const topics = el('ul', 'release-card__topics');
    topics.setAttribute('aria-label', strings.topics);
    for (const topic of card.topics) {
      const li = el('li');
      const href = topicPages.get(topic);
      if (href) {
        const a = el('a', undefined, topic);
        a.href = href;
        li.append(a);
      } else li.textContent = topic;
      topics.append(li);
    }
    body.append(topics);
  }
  item.append(body);
  if (card.thumbnail) {
    // The title says where the link goes; the picture adds nothing a screen reader needs.
    const img = el('img', 'release-card__thumb search-result__thumb');
    img.src = card.thumbnail.src;
    img.width = card.thumbnail.width;
    img.height = card.thumbnail.height;
    img.alt = '';
    img.loading = 'lazy';
    img.decoding = 'async';
    item.append(img);
  }
  return item;
}
