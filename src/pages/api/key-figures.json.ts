/** Every key figure of every public release, one record per figure per language version. */
import type { APIRoute } from 'astro';
import { keyFigureRows } from '../../lib/api';
import { getCatalogue } from '../../lib/content';
import { site } from '../../lib/site';

export const GET: APIRoute = async () =>
  Response.json(keyFigureRows((await getCatalogue()).releases, site.timeZone));
