/** The data files: companies, people and the topic list, each against the build's schema. */
import { z } from 'astro/zod';
import type { ContentFile, ValidateContext } from '~/lib/authoring/validate/context';
import type { CompanyInput, PersonInput } from '~/lib/model/checks/integrity';
import { companySchema, personSchema, topicSchema } from '~/schemas';
import { id as idSchema } from '~/schemas/atoms';

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
