/** Evidence behind a claim: `content/evidence/<id>.yaml`, cited by releases and key figures. */
import { z } from 'astro/zod';
import { day, documentRef, id, perLanguage, someLanguages, text, verifier, wording } from '~/schemas/atoms';

/**
 * What kind of evidence a record is, from the strongest to the company's own word. Only a
 * `verification` without offsets carries a neutrality claim (see lib/model/checks/green-claims.ts).
 */
export const evidenceKinds = [
  'verification',
  'certificate',
  'lca',
  'measurement',
  'report',
  'company-statement',
] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** The kinds that need an independent third party named in `verifier`. */
const VERIFIED_KINDS: readonly EvidenceKind[] = ['verification', 'certificate'];

/** An evidence record: `content/evidence/<id>.yaml`. */
export const evidenceSchema = z
  .object({
    /** Id of the company whose claim this evidence supports. */
    company: id,
    /** What was measured, assessed or stated, per language: the heading of the evidence page. */
    title: someLanguages(text.min(1)),
    /** What kind of evidence this is. */
    kind: z.enum(evidenceKinds, { error: `expected one of: ${evidenceKinds.join(', ')}` }),
    /** The method or standard followed: "ISO 14067", "GHG Protocol", or a description per language. */
    method: wording.optional(),
    /** What the figures cover: "cradle-to-gate", or a description per language. */
    boundary: wording.optional(),
    /** What a comparative claim compares with, per language. */
    comparator: perLanguage(text.min(1)).optional(),
    /** The period measured: "2025", "2024-07 to 2025-06". */
    period: text.optional(),
    /** The independent third party that verified or certified; required for those kinds. */
    verifier: verifier.optional(),
    /** Whether the claimed result relies on offsetting (buying credits); say `false` to carry a neutrality claim. */
    offsets: z.boolean({ error: 'expected true or false' }).optional(),
    /** The document itself: a file in the content folder or a web address; only a company statement may lack one. */
    document: documentRef.optional(),
    /** The date of the document or of the statement. */
    date: day,
    /** The day this evidence became public. */
    published: day,
  })
  .superRefine((evidence, ctx) => {
    if (VERIFIED_KINDS.includes(evidence.kind) && !evidence.verifier) {
      ctx.addIssue({
        code: 'custom',
        path: ['verifier'],
        message: `a ${evidence.kind} names who verified: expected verifier: { name: …, accreditation: … }, the independent third party`,
      });
    }
    if (evidence.kind !== 'company-statement' && !evidence.document) {
      ctx.addIssue({
        code: 'custom',
        path: ['document'],
        message: `expected the document readers can check (a file like docs/report.pdf or an https:// address); only a company-statement may go without one`,
      });
    }
  });
