/** Every public release as JSON, newest first. */
import type { APIRoute } from 'astro';
import { apiReleases } from '../../lib/api';
import { getCatalogue } from '../../lib/content';
import { site } from '../../lib/site';

export const GET: APIRoute = async () =>
  Response.json(apiReleases((await getCatalogue()).releases, site.timeZone));
