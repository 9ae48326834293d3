/** robots.txt, pointing crawlers at the sitemap; the staff preview turns every crawler away. */
import type { APIRoute } from 'astro';
import { showsUnpublished } from '~/lib/config';
import { robotsTxt } from '~/lib/outputs/sitemap';
import { absoluteUrl } from '~/lib/urls';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl('/sitemap.xml'), { unpublished: showsUnpublished }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
