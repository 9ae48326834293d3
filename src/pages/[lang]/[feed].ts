/** The site-wide feeds of a language: RSS (`feed.xml`), Atom (`atom.xml`) and JSON Feed (`feed.json`). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { langs } from '~/i18n/locales';
import { buildNow } from '~/lib/config';
import { getCatalogue } from '~/lib/model/catalogue';
import { digestOf } from '~/lib/model/digest';
import { feedResponse, languageFeed } from '~/lib/outputs/feeds';
import { FEED_FILES, feedFormats } from '~/lib/urls';

// Every language gets its feeds, even while it has no releases: its home page announces them.
export const getStaticPaths = (async () => {
  const { published } = await getCatalogue();
  const now = buildNow();
  return langs.flatMap((lang) =>
    feedFormats.map((format) => ({
      params: { lang, feed: FEED_FILES[format] },
      props: { lang, format },
      // A feed is small: its own text is its key, complete by construction.
      cacheKey: digestOf('feed', languageFeed(published, lang, format, now)),
    })),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  feedResponse(
    languageFeed((await getCatalogue()).published, props.lang, props.format, buildNow()),
    props.format,
  );
