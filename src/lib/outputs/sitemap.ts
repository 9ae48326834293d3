/**
 * The sitemap and robots.txt. Astro's own sitemap integration cannot pair translations by
 * translationKey, so the entries are gathered from the catalogue and serialised with xmlbuilder2.
 */
import { create } from 'xmlbuilder2';
import type { Published } from '~/lib/model/catalogue';
import { hreflangAlternates } from '~/lib/views/head';
import { isoWithOffset } from '~/lib/locale/dates';
import { langs, type Lang } from '~/i18n/locales';
import { archivePeriods, groupByKeys } from '~/lib/views/listings';
import { absoluteUrl, archiveUrl, companyUrl, homeUrl, pickerUrl, topicUrl } from '~/lib/urls';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** One page in the sitemap. */
export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  /** W3C date-time of the last change. */
  lastmod?: string | undefined;
  /** Every language version, this page included; empty or absent when untranslated. */
  alternates?: { hreflang: string; url: string }[] | undefined;
}

/** The sitemap XML of the given pages, with `xhtml:link` hreflang alternates where a page has translations. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urlset = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(SITEMAP_NS, 'urlset')
    .att(XMLNS_NS, 'xmlns:xhtml', XHTML_NS);
  for (const entry of entries) {
    const url = urlset.ele(SITEMAP_NS, 'url');
    url.ele(SITEMAP_NS, 'loc').txt(entry.url);
    if (entry.lastmod) url.ele(SITEMAP_NS, 'lastmod').txt(entry.lastmod);
    for (const alternate of entry.alternates ?? []) {
      url.ele(XHTML_NS, 'xhtml:link', {
        rel: 'alternate',
        hreflang: alternate.hreflang,
        href: alternate.url,
      });
    }
  }
  return urlset.end({ prettyPrint: true });
}

/** A page's language versions as sitemap alternates: the same rule as the page head. */
function alternatesOf(versions: readonly { lang: Lang; url: string }[]): SitemapEntry['alternates'] {
  const alternates = hreflangAlternates(versions.map((v) => ({ lang: v.lang, path: v.url })));
  return alternates.length > 0 ? alternates.map((a) => ({ hreflang: a.hreflang, url: a.path })) : undefined;
}

/** The public pages: the language picker, each language's home, the listings and every public release. */
export function sitemapEntries(published: Published, timeZone: string): SitemapEntry[] {
  const { releases } = published;
  const lastmodOf = (r: (typeof releases)[number]) =>
    isoWithOffset(r.entry.data.updated?.date ?? r.entry.data.date, timeZone);
  // Releases are newest first, so a list's first release dates the list page.
  const newest = (lang?: Lang) => releases.find((r) => lang === undefined || r.lang === lang);
  const homes = langs.map((lang) => ({ lang, url: absoluteUrl(homeUrl(lang)) }));

  const entries: SitemapEntry[] = [];
  const picker = newest();
  entries.push({ url: absoluteUrl(pickerUrl()), lastmod: picker && lastmodOf(picker) });
  for (const lang of langs) {
    const latest = newest(lang);
    entries.push({
      url: absoluteUrl(homeUrl(lang)),
      lastmod: latest && lastmodOf(latest),
      alternates: alternatesOf(homes),
    });
  }
  // Browsing pages: their first pages are enough for crawlers, which follow the pagination.
  for (const lang of langs) {
    const inLang = releases.filter((r) => r.lang === lang);
    const listing = (path: string, list: readonly (typeof releases)[number][]) =>
      entries.push({ url: absoluteUrl(path), lastmod: list[0] && lastmodOf(list[0]) });
    listing(archiveUrl(lang), inLang);
    for (const { period, releases: list } of archivePeriods(inLang)) listing(archiveUrl(lang, period), list);
    listing(topicUrl(lang), inLang);
    for (const [topic, list] of groupByKeys(inLang, (r) => r.entry.data.topics))
      listing(topicUrl(lang, topic), list);
    listing(companyUrl(lang), inLang);
    for (const [company, list] of groupByKeys(inLang, (r) => r.entry.data.company)) {
      listing(companyUrl(lang, company), list);
    }
  }
  for (const release of releases) {
    entries.push({
      url: absoluteUrl(release.url),
      lastmod: lastmodOf(release),
      alternates: alternatesOf(release.versions.map((v) => ({ lang: v.lang, url: absoluteUrl(v.url) }))),
    });
  }
  return entries;
}

/**
 * robots.txt: everything may be crawled, and the sitemap is named; a build that shows unpublished
 * work (the staff preview, the dev server) forbids everything instead.
 * @example robotsTxt('https://x.org/sitemap.xml') // 'User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n'
 * @example robotsTxt('https://x.org/sitemap.xml', { unpublished: true }) // 'User-agent: *\nDisallow: /\n'
 */
export function robotsTxt(sitemapUrl: string, options: { unpublished?: boolean } = {}): string {
  if (options.unpublished) return 'User-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
