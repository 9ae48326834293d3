/** Every key figure of every public release, one record per figure per language version. */
import type { APIRoute } from 'astro';
import { keyFigureRows } from '~/lib/outputs/api';
import { getCatalogue } from '~/lib/model/catalogue';
import { site } from '~/lib/config';

export const GET: APIRoute = async () =>
  Response.json(keyFigureRows((await getCatalogue()).published, site.timeZone));
