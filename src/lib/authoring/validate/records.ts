/** Evidence records and targets: each against the build's schema, with its document read from disk. */
import type { z } from 'astro/zod';
import { isRecord, type ContentFile, type ValidateContext } from '~/lib/authoring/validate/context';
import { fileId } from '~/lib/authoring/validate/data';
import { documentProblem } from '~/lib/model/documents';
import type { EvidenceInput, TargetInput } from '~/lib/model/checks/integrity';
import { evidenceSchema, targetSchema } from '~/schemas';

/** Fields the schema does not know are dropped by the build: a typo ("offset:") would go unnoticed. */
function warnUnknownFields(raw: unknown, schema: z.ZodObject, file: string, ctx: ValidateContext): void {
  if (!isRecord(raw)) return;
  const keys = Object.keys(schema.shape);
  for (const key of Object.keys(raw)) {
    if (!keys.includes(key)) {
      ctx.report.add(
        'warning',
        file,
        key,
        `unknown field "${key}" is ignored; expected one of: ${keys.join(', ')}`,
      );
    }
  }
}

/**
 * A record whose fields could not be read: it exists, so citing it is no unknown id, and the
 * releases that cite it are checked once it is fixed.
 */
function broken(id: string, file: string, raw: unknown) {
  const company = isRecord(raw) && typeof raw['company'] === 'string' ? raw['company'] : '';
  return { id, file, company, kind: 'company-statement' as const, title: {}, published: '', broken: true };
}

/**
 * Reads a record file and checks it against its schema, reporting what is wrong; `data` is
 * missing when the schema refused it. Undefined when the file is no YAML at all.
 */
function readRecord<S extends z.ZodObject>(content: ContentFile, ctx: ValidateContext, schema: S) {
  const id = fileId(content, ctx);
  const file = ctx.display(content.rel);
  const raw = ctx.report.readYaml(file, content.text, 0);
  if (raw === undefined) return undefined;
  warnUnknownFields(raw, schema, file, ctx);
  const result = schema.safeParse(raw);
  if (!result.success) ctx.report.addIssues(file, result.error.issues);
  return { id, file, raw, data: result.success ? result.data : undefined };
}

/** Validates `evidence/<id>.yaml`; undefined when it is no YAML at all. */
export function validateEvidence(content: ContentFile, ctx: ValidateContext): EvidenceInput | undefined {
  const record = readRecord(content, ctx, evidenceSchema);
  if (!record) return undefined;
  const { id, file, raw, data: e } = record;
  if (!e) return broken(id, file, raw);
  return {
    id,
    file,
    company: e.company,
    kind: e.kind,
    offsets: e.offsets,
    title: e.title,
    published: e.published,
    documentProblem: e.document ? documentProblem(e.document, content.rel, ctx.read) : undefined,
  };
}

/** Validates `targets/<id>.yaml`, like validateEvidence. */
export function validateTarget(content: ContentFile, ctx: ValidateContext): TargetInput | undefined {
  const record = readRecord(content, ctx, targetSchema);
  if (!record) return undefined;
  const { id, file, raw, data: t } = record;
  if (!t) return { ...broken(id, file, raw), label: {}, metric: '', unit: '' };
  return {
    id,
    file,
    company: t.company,
    label: t.label,
    metric: t.metric,
    unit: t.unit,
    published: t.published,
    plan: t.plan,
    verifier: t.verifier,
    planProblem: t.plan ? documentProblem(t.plan, content.rel, ctx.read) : undefined,
  };
}
