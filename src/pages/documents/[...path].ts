/**
 * The documents of evidence and targets in the content folder, published as they are: only those
 * a public release cites (the catalogue's `Published` part, in the staff preview too), so a
 * document cited only by a draft or an embargoed release is never in the build.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { documentFiles, getCatalogue } from '~/lib/model/catalogue';
import { documentType } from '~/lib/model/documents';
import { contentDir } from '~/lib/config';

export const getStaticPaths = (async () => {
  const cat = await getCatalogue();
  return documentFiles(cat.published).map((path) => ({ params: { path }, props: { path } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await readFile(join(contentDir, props.path)), {
    headers: { 'Content-Type': documentType(props.path) ?? 'application/octet-stream' },
  });
