import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { publicReleasesOnly } from '~/lib/model/loaders';
import { contentDir } from '~/lib/config';
import { RELEASE_FILES, releaseIdOf } from '~/lib/model/releases';
import {
  companySchema,
  evidenceSchema,
  personSchema,
  releaseSchema,
  targetSchema,
  topicSchema,
} from '~/schemas';

/**
 * Releases: `content/releases/<lang>/<yyyy>/<slug>.md(x)`; the language is the first folder.
 * Ids come from the one module that owns release paths (lib/model/releases.ts), not from
 * Astro's default, so the validator and the build agree on every URL. Drafts and embargoed
 * releases are dropped while loading (see lib/model/loaders.ts).
 */
const releases = defineCollection({
  loader: publicReleasesOnly(
    glob({
      pattern: RELEASE_FILES,
      base: `${contentDir}/releases`,
      generateId: ({ entry }) => releaseIdOf(entry),
    }),
  ),
  schema: ({ image }) => releaseSchema(image),
});

/** Companies: `content/companies/<id>.yaml`. */
const companies = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/companies` }),
  schema: companySchema,
});

/** People: `content/people/<id>.yaml`. */
const people = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/people` }),
  schema: personSchema,
});

/** Topics: one list in `content/topics.yaml`. */
const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: topicSchema,
});

/**
 * Evidence behind claims: `content/evidence/<id>.yaml` (documents beside them, e.g. in
 * `content/evidence/docs/`). Published only when a public release cites them (catalogue.ts).
 */
const evidence = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/evidence` }),
  schema: evidenceSchema,
});

/** Targets: `content/targets/<id>.yaml`, published like evidence. */
const targets = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/targets` }),
  schema: targetSchema,
});

export const collections = { releases, companies, people, topics, evidence, targets };
