/** The one URL helper: every internal link is built here. */
import type { Lang } from '~/i18n/locales';
import { site } from '~/lib/config';

/** The ways the overview can be narrowed, each a static page. */
export const filterKinds = ['topic', 'unit', 'company'] as const;
export type FilterKind = (typeof filterKinds)[number];

/** One filter page: a kind and the id, unit or company id it keeps. */
export interface FigureFilter {
  kind: FilterKind;
  value: string;
}

/**
 * The home page of a language.
 * @example homeUrl('de') // '/de/'
 */
export function homeUrl(lang: Lang): string {
  return `/${lang}/`;
}

/**
 * A release page.
 * @example releaseUrl({ lang: 'nl', year: '2023', slug: 'aluminium' }) // '/nl/2023/aluminium/'
 */
export function releaseUrl(where: { lang: Lang; year: string; slug: string }): string {
  return `/${where.lang}/${where.year}/${where.slug}/`;
}

/**
 * The page about the newsroom: who publishes it, its press office, its links.
 * @example aboutUrl('de') // '/de/about/'
 */
export function aboutUrl(lang: Lang): string {
  return `/${lang}/about/`;
}

/** The language picker at the root. */
export function pickerUrl(): string {
  return '/';
}

/**
 * An absolute URL on the public site.
 * @example absoluteUrl('/nl/') // 'https://perskamer.example.org/nl/'
 */
export function absoluteUrl(path: string, origin: string = site.url): string {
  return new URL(path, origin).href;
}

/**
 * The search page of a language, optionally with a query.
 * @example searchUrl('nl', 'aluminium') // '/nl/search/?q=aluminium'
 */
export function searchUrl(lang: Lang, query?: string): string {
  return query ? `/${lang}/search/?q=${encodeURIComponent(query)}` : `/${lang}/search/`;
}

/** Appends `page/<n>/`-style pagination: page 1 is the base URL itself. */
function paged(base: string, page: number): string {
  return page > 1 ? `${base}${page}/` : base;
}

/**
 * The archive: all years, one year, or one month (`2023-02`), with optional page.
 * @example archiveUrl('nl', '2023') // '/nl/archive/2023/'
 * @example archiveUrl('nl', '2023-02') // '/nl/archive/2023-02/'
 */
export function archiveUrl(lang: Lang, period?: string, page = 1): string {
  return paged(period ? `/${lang}/archive/${period}/` : `/${lang}/archive/`, page);
}

/**
 * Topic pages: the list of topics, or one topic's releases.
 * @example topicUrl('en', 'aluminium') // '/en/topics/aluminium/'
 */
export function topicUrl(lang: Lang, topic?: string, page = 1): string {
  return paged(topic ? `/${lang}/topics/${topic}/` : `/${lang}/topics/`, page);
}

/**
 * Company pages: the list of companies, or one company's releases and facts.
 * @example companyUrl('de', 'bmw-group') // '/de/companies/bmw-group/'
 */
export function companyUrl(lang: Lang, company?: string, page = 1): string {
  return paged(company ? `/${lang}/companies/${company}/` : `/${lang}/companies/`, page);
}

/** The three feed formats. */
export type FeedFormat = 'rss' | 'atom' | 'json';
/** The file name of each feed format, next to the page it belongs to. */
export const FEED_FILES: Record<FeedFormat, string> = {
  rss: 'feed.xml',
  atom: 'atom.xml',
  json: 'feed.json',
};
export const feedFormats = Object.keys(FEED_FILES) as FeedFormat[];

/**
 * A feed of a language, or of one topic in it.
 * @example feedUrl('nl', 'rss') // '/nl/feed.xml'
 * @example feedUrl('fr', 'json', 'climate') // '/fr/topics/climate/feed.json'
 */
export function feedUrl(lang: Lang, format: FeedFormat, topic?: string): string {
  return `${topic ? topicUrl(lang, topic) : homeUrl(lang)}${FEED_FILES[format]}`;
}

/**
 * The IPTC ninjs document next to a release page.
 * @example ninjsUrl({ lang: 'nl', year: '2023', slug: 'a' }) // '/nl/2023/a/ninjs.json'
 */
export function ninjsUrl(where: { lang: Lang; year: string; slug: string }): string {
  return `${releaseUrl(where)}ninjs.json`;
}

/**
 * The press kit next to a release page: its text, key figures and original images in one ZIP.
 * @example pressKitUrl({ lang: 'nl', year: '2023', slug: 'a' }) // '/nl/2023/a/press-kit.zip'
 */
export function pressKitUrl(where: { lang: Lang; year: string; slug: string }): string {
  return `${releaseUrl(where)}press-kit.zip`;
}

/**
 * The page that explains how to follow the newsroom of a language (feeds, e-mail), optionally
 * at one topic's feeds.
 * @example subscribeUrl('en') // '/en/subscribe/'
 * @example subscribeUrl('en', 'climate') // '/en/subscribe/#topic-climate'
 */
export function subscribeUrl(lang: Lang, topic?: string): string {
  return topic ? `/${lang}/subscribe/#${subscribeAnchor(topic)}` : `/${lang}/subscribe/`;
}

/**
 * The id of a topic's feeds on the subscribe page.
 * @example subscribeAnchor('climate') // 'topic-climate'
 */
export function subscribeAnchor(topic: string): string {
  return `topic-${topic}`;
}

/**
 * The key-figures overview of a language, or one of its filter pages (by topic, unit or company),
 * with optional page.
 * @example keyFiguresUrl('en') // '/en/key-figures/'
 * @example keyFiguresUrl('nl', { kind: 'unit', value: 'percent' }, 2) // '/nl/key-figures/unit/percent/2/'
 */
export function keyFiguresUrl(lang: Lang, filter?: FigureFilter, page = 1): string {
  return paged(
    filter ? `/${lang}/key-figures/${filter.kind}/${filter.value}/` : `/${lang}/key-figures/`,
    page,
  );
}

/**
 * Machine-readable exports under `/api/`.
 * @example apiUrl('key-figures.csv') // '/api/key-figures.csv'
 */
export function apiUrl(file: string): string {
  return `/api/${file}`;
}

/**
 * The page of an evidence record in a language.
 * @example evidenceUrl('nl', 'noordwind-productie-2024') // '/nl/evidence/noordwind-productie-2024/'
 */
export function evidenceUrl(lang: Lang, id: string): string {
  return `/${lang}/evidence/${id}/`;
}

/**
 * A company's targets and its progress towards them.
 * @example targetsUrl('en', 'havenstad-mobiliteit') // '/en/companies/havenstad-mobiliteit/targets/'
 */
export function targetsUrl(lang: Lang, company: string): string {
  return `${companyUrl(lang, company)}targets/`;
}

/**
 * A document from the content folder (evidence, a target's plan), by its path there.
 * @example documentUrl('evidence/docs/lca-2025.pdf') // '/documents/evidence/docs/lca-2025.pdf'
 */
export function documentUrl(path: string): string {
  return `/documents/${path}`;
}
