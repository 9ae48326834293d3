/** robots.txt, pointing crawlers at the sitemap. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '~/lib/outputs/sitemap';
import { absoluteUrl } from '~/lib/urls';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl('/sitemap.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
