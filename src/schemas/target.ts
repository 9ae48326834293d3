/** A company's target: `content/targets/<id>.yaml`, tracked against one of its dated facts. */
import { z } from 'astro/zod';
import { day, documentRef, id, perLanguage, someLanguages, text, unit, verifier } from '~/schemas/atoms';

/** A value in a year: where a target starts and where it should end. */
export const yearValue = z.object({
  /** The number, in the target's unit. */
  value: z.number({ error: 'expected a number (no units or separators)' }),
  /** The year the value describes (a baseline) or is due (a target). */
  year: z
    .number({ error: 'expected a year like 2030' })
    .int('expected a year like 2030')
    .min(1900, 'expected a year like 2030')
    .max(2200, 'expected a year like 2030'),
});

/** A target: `content/targets/<id>.yaml`. */
export const targetSchema = z
  .object({
    /** Id of the company that set the target. */
    company: id,
    /** What the target is, per language: "Halve the emissions of our own fleet". */
    label: someLanguages(text.min(1)),
    /** The company fact key whose dated values show progress (`facts[].key` in its file). */
    metric: id,
    /** The unit of baseline, target and the metric's facts. */
    unit,
    /** Where the company started. */
    baseline: yearValue,
    /** Where it commits to be, and by when. */
    target: yearValue,
    /** What the target covers, per language: "own vehicles and hubs (scope 1 and 2)". */
    scope: perLanguage(text.min(1)).optional(),
    /** The implementation plan: a file in the content folder or a web address. */
    plan: documentRef.optional(),
    /** The independent third party that checks progress. */
    verifier: verifier.optional(),
    /** The day the target became public. */
    published: day,
  })
  .superRefine((target, ctx) => {
    if (target.target.year <= target.baseline.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'year'],
        message: `expected a year after the baseline year (${target.baseline.year})`,
      });
    }
  });
