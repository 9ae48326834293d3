/**
 * The authoring contract: front-matter and data schemas, one small named part each.
 * The README's field tables are checked against these shapes by a test.
 */
export { unit } from '~/schemas/atoms';
export { companySchema, fact } from '~/schemas/company';
export { personSchema, role } from '~/schemas/person';
export { evidenceKinds, evidenceSchema, type EvidenceKind } from '~/schemas/evidence';
export { claimException, keyFigure, quote, releaseImage, releaseSchema, updated } from '~/schemas/release';
export { targetSchema, yearValue } from '~/schemas/target';
export { topicSchema } from '~/schemas/topic';
