/** One company's name, website and every dated fact, at `/api/companies/<id>.json`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { apiCompany } from '../../../lib/api';
import { getCatalogue } from '../../../lib/content';

export const getStaticPaths = (async () => {
  const cat = await getCatalogue();
  return [...cat.companies].map(([id, company]) => ({
    params: { company: id },
    props: { data: apiCompany(id, company.data) },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => Response.json(props.data);
