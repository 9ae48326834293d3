/** One company's name, website and every dated fact, at `/api/companies/<id>.json`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { withKeys } from '~/lib/model/digest';
import { apiCompany } from '~/lib/outputs/api';
import { getCatalogue, publicFacts } from '~/lib/model/catalogue';

export const getStaticPaths = (async () => {
  const { published } = await getCatalogue();
  return withKeys(
    'api-company',
    published.publicCompanies.map((company) => ({
      params: { company: company.id },
      props: { data: apiCompany(company.id, { ...company.data, facts: publicFacts(company) }) },
    })),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => Response.json(props.data);
