/** The small parts every schema is made of: ids, dates, per-language text, units. */
import { z } from 'astro/zod';
import { langs, type Lang } from '~/i18n/locales';
import { site } from '~/lib/config';
import { forbiddenCharacterMessage, forbiddenCharacters } from '~/lib/locale/characters';
import { latestReading, normaliseDate, toDay } from '~/lib/locale/dates';
import { qualifiers, units } from '~/lib/units';

/** A lowercase id as used in file names: `bmw-group`, `supply-chain`. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase id like "bmw-group" (a-z, 0-9, hyphens)');

/** A date-time with offset, or a date alone meaning 00:00 in the site's time zone. */
const rawDateTime = z
  .union([z.date(), z.string()], {
    error: 'expected a date (2023-02-20) or a date-time with offset (2023-02-20T10:00:00+01:00)',
  })
  .refine((v) => !Number.isNaN(normaliseDate(v, site.timeZone).getTime()), {
    error: 'expected a date (2023-02-20) or a date-time with offset (2023-02-20T10:00:00+01:00)',
  });
export const dateTime = rawDateTime.transform((v) => normaliseDate(v, site.timeZone));

/**
 * An embargo moment. YAML gives a bare date and a date-time at exactly 00:00 UTC as the same
 * value; of the two readings the later one is taken, so that an embargo never lifts early.
 */
export const embargoTime = rawDateTime.transform((v) => latestReading(v, normaliseDate(v, site.timeZone)));

/** A calendar day, kept as `YYYY-MM-DD` so that days compare as text. */
export const day = z
  .union([z.date(), z.iso.date()], { error: 'expected a date like 2023-02-20' })
  .transform((v) => toDay(v, site.timeZone));

/** Text per language; any subset of the site's languages. */
export const perLanguage = <T extends z.ZodType>(value: T) =>
  z.partialRecord(z.enum(langs as [Lang, ...Lang[]]), value);

export const unit = z.enum(units, {
  error: `expected a unit from the closed list: ${units.join(', ')}`,
});

/** How a number relates to the truth; `exactly` when left out. */
export const qualifier = z.enum(qualifiers, { error: `expected one of: ${qualifiers.join(', ')}` });

/**
 * Text that readers see. Refuses the characters XML 1.0 forbids (control characters pasted in
 * from another program), which would make the RSS and Atom feeds unreadable; the message names
 * the character. Chain `.min(1)`, `.optional()` as on any string.
 */
export const text = z.string().superRefine((value, ctx) => {
  const [found] = forbiddenCharacters(value);
  if (found) ctx.addIssue({ code: 'custom', message: forbiddenCharacterMessage(found) });
});
