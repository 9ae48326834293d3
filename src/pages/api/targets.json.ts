/** Every target that a public release cites, with the published values of its metric and its mentions. */
import type { APIRoute } from 'astro';
import { apiTargets } from '~/lib/outputs/api';
import { getCatalogue } from '~/lib/model/catalogue';
import { calendarDay } from '~/lib/locale/dates';
import { buildNow, site } from '~/lib/config';

export const GET: APIRoute = async () =>
  Response.json(
    apiTargets((await getCatalogue()).published, calendarDay(buildNow(), site.timeZone), site.timeZone),
  );
