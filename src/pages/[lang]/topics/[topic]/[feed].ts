/** The feeds of one topic in a language: RSS, Atom and JSON Feed. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { buildNow } from '~/lib/config';
import { getCatalogue } from '~/lib/model/catalogue';
import { digestOf } from '~/lib/model/digest';
import { feedResponse, topicFeed, topicFeedPaths } from '~/lib/outputs/feeds';
import { FEED_FILES, feedFormats } from '~/lib/urls';

export const getStaticPaths = (async () => {
  const { published } = await getCatalogue();
  const now = buildNow();
  return topicFeedPaths(published).flatMap(({ lang, topic }) =>
    feedFormats.map((format) => ({
      params: { lang, topic, feed: FEED_FILES[format] },
      props: { lang, topic, format },
      // A feed is small: its own text is its key, complete by construction.
      cacheKey: digestOf('feed', topicFeed(published, lang, topic, format, now)),
    })),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  feedResponse(
    topicFeed((await getCatalogue()).published, props.lang, props.topic, props.format, buildNow()),
    props.format,
  );
