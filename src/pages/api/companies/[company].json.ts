/** One company's name, website and every dated fact, at `/api/companies/<id>.json`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { apiCompany } from '~/lib/outputs/api';
import { getCatalogue, publicCompanies, publicFacts } from '~/lib/model/catalogue';

export const getStaticPaths = (async () => {
  const cat = await getCatalogue();
  return publicCompanies(cat).map((company) => ({
    params: { company: company.id },
    props: { data: apiCompany(company.id, { ...company.data, facts: publicFacts(company) }) },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => Response.json(props.data);
