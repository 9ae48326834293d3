/** The site-wide json feed of a language. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { buildNow } from '~/lib/config';
import { getCatalogue } from '~/lib/model/catalogue';
import { feedResponse, languageFeed } from '~/lib/outputs/feeds';
import { langs } from '~/i18n/locales';

// Every language gets its feeds, even while it has no releases: its home page announces them.
export const getStaticPaths = (() =>
  langs.map((lang) => ({ params: { lang }, props: { lang } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  feedResponse(languageFeed(await getCatalogue(), props.lang, 'json', buildNow()), 'json');
