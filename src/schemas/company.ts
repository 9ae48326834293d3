/** A company: `content/companies/<id>.yaml`, with its dated facts and note-to-editors text. */
import { z } from 'astro/zod';
import { day, id, perLanguage, qualifier, text, unit, wholeCount } from '~/schemas/atoms';

/** A dated company figure. */
export const fact = z
  .object({
    /** What the figure is: `employees`, `revenue`. */
    key: id,
    /** The number. */
    value: z.number({ error: 'expected a number (no units or separators)' }),
    /** Unit from the closed list. */
    unit,
    /**
     * How the number relates to the truth ("more-than" for "meer dan 140"), shown with the value
     * on the company page. A boilerplate sentence writes its own words around `{key}`.
     */
    qualifier: qualifier.optional(),
    /** The day the figure describes (reporting date or period end). */
    asOf: day,
    /** The day the figure became public. */
    published: day,
  })
  .superRefine(wholeCount);

/** A company: `content/companies/<id>.yaml`. */
export const companySchema = z.object({
  /** Display name. */
  name: text.min(1),
  /** Company website: a web address (http or https only; it becomes a link in every note to editors). */
  website: z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'expected a web address starting with https:// (or http://), like https://noordwind.example',
    })
    .optional(),
  /** Dated facts. */
  facts: z.array(fact).default([]),
  /** Per fact key, its name per language, for the company page: `employees: { nl: Medewerkers }`. */
  factLabels: z.record(id, perLanguage(text.min(1))).default({}),
  /** Per language, sentences for the note to editors with `{key}`, `{key.year}`, `{key.asOf}`. */
  boilerplate: perLanguage(z.array(text.min(1))).default({}),
});
