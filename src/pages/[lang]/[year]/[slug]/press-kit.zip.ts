/** The press kit next to each public release page: text, key figures and original images in one ZIP. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalogue } from '~/lib/model/catalogue';
import { buildPressKit, pressKitKey } from '~/lib/outputs/press-kit';

export const getStaticPaths = (async () => {
  // Only public releases: a press kit is material to publish.
  const { published } = await getCatalogue();
  return published.releases.map((release) => ({
    params: { lang: release.lang, year: release.year, slug: release.slug },
    props: { release },
    cacheKey: pressKitKey(published, release),
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Built per kit, not in getStaticPaths, so that only one kit's images are held in memory at a time.
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await buildPressKit((await getCatalogue()).published, props.release), {
    headers: { 'Content-Type': 'application/zip' },
  });
