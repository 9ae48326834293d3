/**
 * Feeds per language and per topic. RSS 2.0 and Atom come from the `feed` package; JSON Feed
 * is written here as typed JSON because that package only emits JSON Feed 1.0.
 */
import { Feed, type Item } from 'feed';
import { companyName, topicLabel, type Published, type Release } from '~/lib/model/catalogue';
import { isoWithOffset } from '~/lib/locale/dates';
import type { HeadInput } from '~/lib/views/head';
import { langs, locales, useTranslations, type Lang } from '~/i18n/locales';
import { site, siteName } from '~/lib/config';
import { absoluteUrl, feedUrl, homeUrl, topicUrl, type FeedFormat } from '~/lib/urls';

/** How many releases a feed carries: readers only poll for what is new. */
export const FEED_LIMIT = 50;

/** One release as a feed item, in the feed's language. */
export interface FeedItem {
  /** Absolute URL of the release page; also the item's id. */
  url: string;
  title: string;
  published: Date;
  /** The correction date, when the release was corrected. */
  updated?: Date | undefined;
  subtitle?: string | undefined;
  highlights: string[];
  /** Names of the issuing companies. */
  authors: string[];
  /** Topics, labelled in the feed's language, each with the absolute URL of its topic page. */
  categories: { id: string; label: string; url: string }[];
}

/** What a feed says about itself. */
export interface FeedMeta {
  lang: Lang;
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed mirrors (the home or topic page). */
  homePageUrl: string;
  /** Absolute URLs of the feed in each format, for self links. */
  feedUrls: Record<FeedFormat, string>;
  /** Absolute URL that names the topic taxonomy (RSS `domain`, Atom `scheme`). */
  categoryScheme: string;
  /** The build clock: the `updated` time of a feed without items. */
  now: Date;
  timeZone: string;
}

/** Media types of the three formats. */
export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for use inside HTML.
 * @example escapeHtml('R&D <b>') // 'R&amp;D &lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The item summary as HTML: the subtitle, then the highlights as a list; undefined when there is neither.
 * @example summaryHtml({ subtitle: 'Sub', highlights: ['A'] }) // '<p>Sub</p><ul><li>A</li></ul>'
 */
export function summaryHtml(item: Pick<FeedItem, 'subtitle' | 'highlights'>): string | undefined {
  const parts: string[] = [];
  if (item.subtitle) parts.push(`<p>${escapeHtml(item.subtitle)}</p>`);
  if (item.highlights.length > 0) {
    parts.push(`<ul>${item.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ul>`);
  }
  return parts.length > 0 ? parts.join('') : undefined;
}

/**
 * The item summary as plain text, for JSON Feed's `summary`.
 * @example summaryText({ subtitle: 'Sub', highlights: ['A', 'B'] }) // 'Sub · A · B'
 */
export function summaryText(item: Pick<FeedItem, 'subtitle' | 'highlights'>): string | undefined {
  const parts = [item.subtitle, ...item.highlights].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The latest publication or correction among the items, else the build clock. */
function lastUpdated(meta: FeedMeta, items: readonly FeedItem[]): Date {
  const times = items.map((i) => (i.updated ?? i.published).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : meta.now;
}

/** Renders a feed in one format; items are expected newest first and already limited. */
export function renderFeed(meta: FeedMeta, items: readonly FeedItem[], format: FeedFormat): string {
  return format === 'json' ? jsonFeed(meta, items) : xmlFeed(meta, items, format);
}

function xmlFeed(meta: FeedMeta, items: readonly FeedItem[], format: 'rss' | 'atom'): string {
  const feed = new Feed({
    id: meta.homePageUrl,
    title: meta.title,
    description: meta.description,
    link: meta.homePageUrl,
    language: locales[meta.lang].tag,
    updated: lastUpdated(meta, items),
    generator: siteName(meta.lang),
    feedLinks: meta.feedUrls,
    // Atom requires an author on the feed or on every entry.
    author: { name: siteName(meta.lang), link: meta.homePageUrl },
  });
  for (const item of items) {
    const summary = summaryHtml(item);
    const entry: Item = {
      // The library declares Atom titles type="html", so the plain-text title must be escaped there.
      title: format === 'atom' ? escapeHtml(item.title) : item.title,
      link: item.url,
      date: item.updated ?? item.published,
      published: item.published,
      category: item.categories.map((c) => ({
        name: c.label,
        term: c.id,
        // RSS names the topic's page, so a reader's click on a category lands on that topic;
        // Atom's scheme names the vocabulary the term comes from: the list of topics.
        domain: c.url,
        scheme: meta.categoryScheme,
      })),
      ...(summary ? { description: summary } : {}),
      // RSS <author> must be an e-mail address; companies have none, so only Atom names them.
      ...(format === 'atom' ? { author: item.authors.map((name) => ({ name })) } : {}),
    };
    feed.addItem(entry);
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url?: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary?: string;
    content_html?: string;
    content_text?: string;
    date_published: string;
    date_modified?: string;
    authors: { name: string }[];
    tags: string[];
    language: string;
  }[];
}

/** The feed as JSON Feed 1.1, with dates in the site's time zone. */
export function jsonFeedDocument(meta: FeedMeta, items: readonly FeedItem[]): JsonFeed {
  const language = locales[meta.lang].tag;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homePageUrl,
    feed_url: meta.feedUrls.json,
    description: meta.description,
    language,
    authors: [{ name: siteName(meta.lang), url: meta.homePageUrl }],
    items: items.map((item) => {
      const html = summaryHtml(item);
      const text = summaryText(item);
      return {
        id: item.url,
        url: item.url,
        title: item.title,
        ...(text ? { summary: text } : {}),
        // Every item needs content_html or content_text; a release without summary offers its headline.
        ...(html ? { content_html: html } : { content_text: item.title }),
        date_published: isoWithOffset(item.published, meta.timeZone),
        ...(item.updated ? { date_modified: isoWithOffset(item.updated, meta.timeZone) } : {}),
        authors: item.authors.map((name) => ({ name })),
        tags: item.categories.map((c) => c.label),
        language,
      };
    }),
  };
}

function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
  return JSON.stringify(jsonFeedDocument(meta, items), null, 2);
}

/** A release as a feed item, with topic labels in its own language. */
export function feedItemOf(cat: Published, release: Release): FeedItem {
  const { data } = release.entry;
  return {
    url: absoluteUrl(release.url),
    title: data.title,
    published: data.date,
    updated: data.updated?.date,
    subtitle: data.subtitle,
    highlights: data.highlights,
    authors: data.company.map((id) => companyName(cat, id)),
    categories: data.topics.map((id) => ({
      id,
      label: topicLabel(cat, id, release.lang),
      url: absoluteUrl(topicUrl(release.lang, id)),
    })),
  };
}

/** Public releases of a language, optionally of one topic, newest first. */
function feedReleases(cat: Published, lang: Lang, topic?: string): Release[] {
  return cat.releases.filter(
    (r) => r.lang === lang && (topic === undefined || r.entry.data.topics.includes(topic)),
  );
}

function feedMeta(
  lang: Lang,
  title: string,
  homePage: string,
  topic: string | undefined,
  now: Date,
): FeedMeta {
  const t = useTranslations(lang);
  return {
    lang,
    title,
    description: t('site.tagline'),
    homePageUrl: absoluteUrl(homePage),
    feedUrls: {
      rss: absoluteUrl(feedUrl(lang, 'rss', topic)),
      atom: absoluteUrl(feedUrl(lang, 'atom', topic)),
      json: absoluteUrl(feedUrl(lang, 'json', topic)),
    },
    categoryScheme: absoluteUrl(topicUrl(lang)),
    now,
    timeZone: site.timeZone,
  };
}

/** The site-wide feed of a language, newest first, at most FEED_LIMIT items. */
export function languageFeed(cat: Published, lang: Lang, format: FeedFormat, now: Date): string {
  const title = useTranslations(lang)('feed.title', { site: siteName(lang) });
  const meta = feedMeta(lang, title, homeUrl(lang), undefined, now);
  const items = feedReleases(cat, lang).slice(0, FEED_LIMIT);
  return renderFeed(
    meta,
    items.map((r) => feedItemOf(cat, r)),
    format,
  );
}

/** The feed of one topic in a language, newest first, at most FEED_LIMIT items. */
export function topicFeed(cat: Published, lang: Lang, topic: string, format: FeedFormat, now: Date): string {
  const title = useTranslations(lang)('feed.topicTitle', {
    site: siteName(lang),
    topic: topicLabel(cat, topic, lang),
  });
  const meta = feedMeta(lang, title, topicUrl(lang, topic), topic, now);
  const items = feedReleases(cat, lang, topic).slice(0, FEED_LIMIT);
  return renderFeed(
    meta,
    items.map((r) => feedItemOf(cat, r)),
    format,
  );
}

/**
 * Every (language, topic) pair that gets topic feeds: only topics with at least one public
 * release in that language, so that no subscriber is handed a feed that is empty by design.
 */
export function topicFeedPaths(cat: Published): { lang: Lang; topic: string }[] {
  return langs.flatMap((lang) =>
    [...cat.topics.keys()]
      .filter((topic) => feedReleases(cat, lang, topic).length > 0)
      .map((topic) => ({ lang, topic })),
  );
}

/** Autodiscovery links for a language's site-wide feeds, for the home page's head. */
export function feedLinks(lang: Lang): NonNullable<HeadInput['feeds']> {
  const t = useTranslations(lang);
  const title = t('feed.title', { site: siteName(lang) });
  return [
    { type: 'application/rss+xml', href: feedUrl(lang, 'rss'), title: `${title} (${t('feeds.rss')})` },
    { type: 'application/atom+xml', href: feedUrl(lang, 'atom'), title: `${title} (${t('feeds.atom')})` },
    { type: 'application/feed+json', href: feedUrl(lang, 'json'), title: `${title} (${t('feeds.json')})` },
  ];
}

/** A feed as an HTTP response with its media type. */
export function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, { headers: { 'Content-Type': feedContentTypes[format] } });
}
