/** `<head>` as data: canonical, hreflang, Open Graph and JSON-LD, rendered by one component. */
import { type Lang, byLangOrder, defaultLang, locales } from '~/i18n/locales';
import { siteName } from '~/lib/config';
import { absoluteUrl, homeUrl } from '~/lib/urls';

export interface HeadTag {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text content, for JSON-LD scripts only. */
  content?: string;
}

export interface HeadInput {
  lang: Lang;
  title: string;
  description: string;
  /** Site-relative path of this page. */
  path: string;
  /** Every language version that exists, this page included; empty when untranslated. */
  versions?: { lang: Lang; path: string }[];
  type?: 'website' | 'article';
  image?: { path: string; alt: string } | undefined;
  /** Structured data, serialised into a JSON-LD script. */
  jsonLd?: object;
  /** Keep the page out of search engines. */
  noindex?: boolean;
  /** Feeds to announce with autodiscovery links. */
  feeds?: {
    type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
    href: string;
    title: string;
  }[];
  /** Other alternate representations, e.g. the release's ninjs document. */
  alternateData?: { type: string; href: string; title?: string }[];
  origin?: string;
}

/**
 * Serialises JSON for an inline `<script>`: `<` is escaped so no `</script>` can end it early.
 * @example jsonForScript({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The hreflang alternates of a page's language versions, in locale-table order, plus x-default;
 * none for a page with a single version. The page head and the sitemap both use this rule.
 * @example hreflangAlternates([{ lang: 'en', path: '/en/' }, { lang: 'nl', path: '/nl/' }]) // nl, en, then x-default → /nl/
 */
export function hreflangAlternates(
  versions: readonly { lang: Lang; path: string }[],
): { hreflang: string; path: string }[] {
  if (versions.length < 2) return [];
  const sorted = [...versions].sort(byLangOrder);
  // Every version names the same x-default: the default language, else the first in table order.
  const fallback = sorted.find((v) => v.lang === defaultLang) ?? sorted[0]!;
  return [
    ...sorted.map((v) => ({ hreflang: locales[v.lang].tag, path: v.path })),
    { hreflang: 'x-default', path: fallback.path },
  ];
}

/** The head tags of a page, in render order. */
export function buildHead(input: HeadInput): HeadTag[] {
  const abs = (path: string) => absoluteUrl(path, input.origin);
  const canonical = abs(input.path);
  const tags: HeadTag[] = [
    { tag: 'meta', attrs: { name: 'description', content: input.description } },
    { tag: 'link', attrs: { rel: 'canonical', href: canonical } },
  ];
  if (input.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex, nofollow' } });

  const versions = [...(input.versions ?? [])].sort(byLangOrder);
  for (const alternate of hreflangAlternates(versions)) {
    tags.push({
      tag: 'link',
      attrs: { rel: 'alternate', hreflang: alternate.hreflang, href: abs(alternate.path) },
    });
  }

  for (const feed of input.feeds ?? []) {
    tags.push({
      tag: 'link',
      attrs: { rel: 'alternate', type: feed.type, href: abs(feed.href), title: feed.title },
    });
  }
  for (const data of input.alternateData ?? []) {
    tags.push({
      tag: 'link',
      attrs: {
        rel: 'alternate',
        type: data.type,
        href: abs(data.href),
        ...(data.title ? { title: data.title } : {}),
      },
    });
  }

  const og: [string, string][] = [
    ['og:type', input.type ?? 'website'],
    ['og:title', input.title],
    ['og:description', input.description],
    ['og:url', canonical],
    ['og:locale', locales[input.lang].ogLocale],
    ['og:site_name', siteName(input.lang)],
  ];
  for (const version of versions) {
    if (version.lang !== input.lang) og.push(['og:locale:alternate', locales[version.lang].ogLocale]);
  }
  if (input.image) {
    og.push(['og:image', abs(input.image.path)], ['og:image:alt', input.image.alt]);
  }
  for (const [property, content] of og) tags.push({ tag: 'meta', attrs: { property, content } });
  tags.push({
    tag: 'meta',
    attrs: { name: 'twitter:card', content: input.image ? 'summary_large_image' : 'summary' },
  });

  if (input.jsonLd) {
    tags.push({
      tag: 'script',
      attrs: { type: 'application/ld+json' },
      content: jsonForScript(input.jsonLd),
    });
  }
  return tags;
}

export interface NewsArticleInput {
  lang: Lang;
  headline: string;
  description: string;
  path: string;
  datePublished: string;
  dateModified?: string | undefined;
  dateline: string;
  companies: { name: string; url?: string | undefined }[];
  /** The company that runs the newsroom, with the newsroom's logo. */
  publisher: { name: string; url?: string | undefined; logoPath?: string | undefined };
  imagePaths?: string[];
  keywords?: string[];
  origin?: string;
}

/** schema.org NewsArticle for a release; dates are ISO 8601 with offset. */
export function newsArticle(input: NewsArticleInput): object {
  const abs = (path: string) => absoluteUrl(path, input.origin);
  const organisations = input.companies.map((c) => ({
    '@type': 'Organization',
    name: c.name,
    ...(c.url ? { url: c.url } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    inLanguage: locales[input.lang].tag,
    url: abs(input.path),
    mainEntityOfPage: abs(input.path),
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? input.datePublished,
    dateline: input.dateline,
    author: organisations,
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      ...(input.publisher.url ? { url: input.publisher.url } : {}),
      ...(input.publisher.logoPath ? { logo: abs(input.publisher.logoPath) } : {}),
    },
    // The newsroom itself: its name is what a reader knows the site by.
    isPartOf: { '@type': 'WebSite', name: siteName(input.lang), url: abs(homeUrl(input.lang)) },
    ...(input.imagePaths?.length ? { image: input.imagePaths.map(abs) } : {}),
    ...(input.keywords?.length ? { keywords: input.keywords.join(', ') } : {}),
  };
}
