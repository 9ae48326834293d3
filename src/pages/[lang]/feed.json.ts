/** The site-wide json feed of a language. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { buildNow } from '../../lib/clock';
import { getCatalogue } from '../../lib/content';
import { feedResponse, languageFeed } from '../../lib/feeds';
import { langs } from '../../lib/locales';

// Every language gets its feeds, even while it has no releases: its home page announces them.
export const getStaticPaths = (() =>
  langs.map((lang) => ({ params: { lang }, props: { lang } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  feedResponse(languageFeed(await getCatalogue(), props.lang, 'json', buildNow()), 'json');
