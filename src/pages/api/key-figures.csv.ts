/** The key figures of `/api/key-figures.json` as CSV, for spreadsheets. */
import type { APIRoute } from 'astro';
import { keyFigureRows, keyFiguresCsv } from '~/lib/outputs/api';
import { getCatalogue } from '~/lib/model/catalogue';
import { site } from '~/lib/config';

export const GET: APIRoute = async () =>
  new Response(keyFiguresCsv(keyFigureRows((await getCatalogue()).published, site.timeZone)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
