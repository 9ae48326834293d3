/** The IPTC ninjs document next to each public release page. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalogue } from '~/lib/model/catalogue';
import { ninjsInputOf, ninjsKey, toNinjs } from '~/lib/outputs/ninjs';
import { site } from '~/lib/config';

export const getStaticPaths = (async () => {
  // Only public releases: a ninjs document is an offer to publish.
  const { published } = await getCatalogue();
  return published.releases.map((release) => ({
    params: { lang: release.lang, year: release.year, slug: release.slug },
    props: { release },
    cacheKey: ninjsKey(published, release, site.timeZone),
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Built per document, not in getStaticPaths, so that only one body is held in memory at a time.
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(
    JSON.stringify(
      toNinjs(ninjsInputOf((await getCatalogue()).published, props.release, site.timeZone)),
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
