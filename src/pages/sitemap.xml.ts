/** The sitemap: public pages with hreflang alternates for translations. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/lib/model/catalogue';
import { site } from '~/lib/config';
import { sitemapEntries, sitemapXml } from '~/lib/outputs/sitemap';

export const GET: APIRoute = async () =>
  new Response(sitemapXml(sitemapEntries((await getCatalogue()).published, site.timeZone)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
