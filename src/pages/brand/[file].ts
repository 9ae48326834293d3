/** The newsroom's logo, `/brand/logo-<hash>.svg|png`: an SVG is sanitised on the way. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { logoAsset, logoBytes } from '~/lib/outputs/logo';

export const getStaticPaths = (() => {
  const logo = logoAsset();
  return logo ? [{ params: { file: logo.name }, props: { logo } }] : [];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(Buffer.from(await logoBytes(props.logo, (message) => console.warn(message))), {
    headers: { 'Content-Type': props.logo.type },
  });
