/** The atom feed of one topic in a language. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { buildNow } from '../../../../lib/clock';
import { getCatalogue } from '../../../../lib/content';
import { feedResponse, topicFeed, topicFeedPaths } from '../../../../lib/feeds';

export const getStaticPaths = (async () =>
  topicFeedPaths(await getCatalogue()).map(({ lang, topic }) => ({
    params: { lang, topic },
    props: { lang, topic },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  feedResponse(topicFeed(await getCatalogue(), props.lang, props.topic, 'atom', buildNow()), 'atom');
