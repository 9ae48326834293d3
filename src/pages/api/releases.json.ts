/** Every public release as JSON, newest first. */
import type { APIRoute } from 'astro';
import { apiReleases } from '~/lib/outputs/api';
import { getCatalogue } from '~/lib/model/catalogue';
import { site } from '~/lib/config';

export const GET: APIRoute = async () =>
  Response.json(apiReleases((await getCatalogue()).published, site.timeZone));
