/** The rss feed of one topic in a language. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { buildNow } from '~/lib/config';
import { getCatalogue } from '~/lib/model/catalogue';
import { feedResponse, topicFeed, topicFeedPaths } from '~/lib/outputs/feeds';

export const getStaticPaths = (async () =>
  topicFeedPaths(await getCatalogue()).map(({ lang, topic }) => ({
    params: { lang, topic },
    props: { lang, topic },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  feedResponse(topicFeed(await getCatalogue(), props.lang, props.topic, 'rss', buildNow()), 'rss');
