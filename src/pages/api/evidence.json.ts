/** Every evidence record that a public release cites: what was measured, how, by whom, and where it is cited. */
import type { APIRoute } from 'astro';
import { apiEvidence } from '~/lib/outputs/api';
import { getCatalogue } from '~/lib/model/catalogue';

export const GET: APIRoute = async () => Response.json(apiEvidence((await getCatalogue()).published));
