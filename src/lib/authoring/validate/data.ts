/** The data files: companies, people and the topic list, each against the build's schema. */
import { z } from 'astro/zod';
import type { ContentFile, ValidateContext } from '~/lib/authoring/validate/context';
import type { CompanyInput, PersonInput } from '~/lib/model/checks/integrity';
import { companySchema, personSchema, topicSchema } from '~/schemas';
import { id as idSchema } from '~/schemas/atoms';
import { siteSchema } from '~/schemas/site';

/** The id of `companies/<id>.yaml`, `people/<id>.yaml` and the like, reported when it is no clean id. */
export function fileId({ rel }: ContentFile, ctx: ValidateContext): string {
  const id = rel.split('/')[1]!.replace(/\.ya?ml$/, '');
  if (!idSchema.safeParse(id).success) {
    ctx.report.add(
      'error',
      ctx.display(rel),
      '(path)',
      'expected a lowercase file name like "bmw-group.yaml"',
    );
  }
  return id;
}

/**
 * Validates `companies/<id>.yaml`. A broken company is still returned, so that releases naming
 * it are not reported as well.
 */
export function validateCompany(content: ContentFile, ctx: ValidateContext): CompanyInput {
  const id = fileId(content, ctx);
  const file = ctx.display(content.rel);
  const raw = ctx.report.readYaml(file, content.text, 0);
  const result = raw === undefined ? undefined : companySchema.safeParse(raw);
  if (result && !result.success) ctx.report.addIssues(file, result.error.issues);
  const data = result?.data;
  return { id, file, name: data?.name, facts: data?.facts ?? [], boilerplate: data?.boilerplate ?? {} };
}

/** Validates `people/<id>.yaml`; a broken person is still returned (see validateCompany). */
export function validatePerson(content: ContentFile, ctx: ValidateContext): PersonInput {
  const id = fileId(content, ctx);
  const file = ctx.display(content.rel);
  const raw = ctx.report.readYaml(file, content.text, 0);
  const result = raw === undefined ? undefined : personSchema.safeParse(raw);
  if (result && !result.success) ctx.report.addIssues(file, result.error.issues);
  const data = result?.data;
  return { id, file, roles: data?.roles ?? [], email: data?.email, phone: data?.phone };
}

/** A topic as listed in `topics.yaml`: the file loader takes its id from the item. */
const topicEntry = z.object({ id: idSchema }).and(topicSchema);

/** Validates `topics.yaml`; returns the ids of the topics it defines. */
export function validateTopics(content: ContentFile, ctx: ValidateContext): string[] {
  const { report } = ctx;
  const file = ctx.display(content.rel);
  report.setRoot(file, 'topic');
  const raw = report.readYaml(file, content.text, 0);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    report.add(
      'error',
      file,
      '(yaml)',
      'expected a list of topics: "- { id: climate, label: { nl: Klimaat } }"',
    );
    return [];
  }
  const ids: string[] = [];
  raw.forEach((item: unknown, i) => {
    const result = topicEntry.safeParse(item);
    if (!result.success) {
      report.addIssues(file, result.error.issues, [i]);
      return;
    }
    if (ids.includes(result.data.id)) {
      report.add('error', file, `${i}.id`, `duplicate topic id "${result.data.id}"; expected each id once`);
    }
    ids.push(result.data.id);
  });
  return ids;
}

/** What site.yaml names, checked once every company and person is known. */
export interface SiteReferences {
  file: string;
  publisher: string;
  contacts: string[];
}

/**
 * Validates `site.yaml` against the schema the build loads it with; returns its references, or
 * undefined when the file is broken (its errors are reported).
 */
export function validateSite(
  content: ContentFile,
  ctx: ValidateContext,
  exists: (path: string) => boolean,
): SiteReferences | undefined {
  const file = ctx.display(content.rel);
  const raw = ctx.report.readYaml(file, content.text, 0);
  if (raw === undefined) return undefined;
  const result = siteSchema({ exists }).safeParse(raw ?? {});
  if (!result.success) {
    ctx.report.addIssues(file, result.error.issues);
    return undefined;
  }
  return { file, publisher: result.data.publisher, contacts: result.data.contacts };
}

/** The newsroom's publisher and press office must exist, and each contact must be reachable. */
export function checkSiteReferences(
  site: SiteReferences,
  companies: readonly CompanyInput[],
  people: readonly PersonInput[],
  ctx: ValidateContext,
): void {
  const { file, publisher, contacts } = site;
  const companyIds = companies.map((c) => c.id).sort();
  if (!companyIds.includes(publisher)) {
    ctx.report.add(
      'error',
      file,
      'publisher',
      `unknown company "${publisher}"; expected one of: ${companyIds.join(', ')}`,
    );
  }
  contacts.forEach((id, i) => {
    const person = people.find((p) => p.id === id);
    if (!person) {
      const known = people.map((p) => p.id).sort();
      ctx.report.add(
        'error',
        file,
        `contacts.${i}`,
        `unknown person "${id}"; expected one of: ${known.join(', ')}`,
      );
    } else if (!person.email && !person.phone) {
      ctx.report.add(
        'error',
        file,
        `contacts.${i}`,
        `"${id}" has no email or phone; expected a way to reach the press office`,
      );
    }
  });
}
