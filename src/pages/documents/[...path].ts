/**
 * The documents of evidence and targets in the content folder, published as they are: only those
 * that a release with a page in this build cites (the public site: only public releases), so a
 * document cited by an embargoed release is not in `dist/`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { documentFiles, getCatalogue } from '~/lib/model/catalogue';
import { documentType } from '~/lib/model/documents';
import { contentDir } from '~/lib/config';

export const getStaticPaths = (async () => {
  const cat = await getCatalogue();
  return documentFiles(cat).map((path) => ({ params: { path }, props: { path } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await readFile(join(contentDir, props.path)), {
    headers: { 'Content-Type': documentType(props.path) ?? 'application/octet-stream' },
  });
