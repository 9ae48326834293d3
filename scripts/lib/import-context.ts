/** The companies and people of the content, for matching the names an imported release gives. */
import { basename } from 'node:path';
import { contentDir } from '~/lib/config';
import { parseYaml } from '~/lib/authoring/front-matter';
import type { ImportContext } from '~/lib/authoring/import/types';
import { readContentFiles } from '~/lib/authoring/validate';

/** Companies and people from the content folder. */
export async function importContext(): Promise<Omit<ImportContext, 'lang' | 'company'>> {
  const files = await readContentFiles(contentDir);
  const record = (text: string): Record<string, unknown> => {
    const data: unknown = parseYaml(text).doc.toJS();
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  };
  const idOf = (rel: string) => basename(rel).replace(/\.ya?ml$/, '');
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    companies: files
      .filter((f) => f.rel.startsWith('companies/'))
      .map((f) => ({ id: idOf(f.rel), name: str(record(f.text)['name']) ?? idOf(f.rel) })),
    people: files
      .filter((f) => f.rel.startsWith('people/'))
      .map((f) => {
        const data = record(f.text);
        return {
          id: idOf(f.rel),
          name: str(data['name']) ?? '',
          email: str(data['email']),
          phone: str(data['phone']),
        };
      }),
  };
}
