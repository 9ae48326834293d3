/**
 * The authoring contract: front-matter and data schemas, one small named part each.
 * The README's field table is checked against these shapes by a test.
 */
import { z } from 'astro/zod';
import { normaliseDate, toDay } from './dates';
import { langs, type Lang } from './locales';
import { site } from './site';
import { qualifiers, units } from './units';

/** A lowercase id as used in file names: `bmw-group`, `supply-chain`. */
const id = z
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
const dateTime = rawDateTime.transform((v) => normaliseDate(v, site.timeZone));

/**
 * An embargo moment. YAML gives a bare date and a date-time at exactly 00:00 UTC as the same
 * value; of the two readings the later one is taken, so that an embargo never lifts early.
 */
const embargoTime = rawDateTime.transform((v) => latestReading(v, normaliseDate(v, site.timeZone)));

/** The later of the site-time-zone reading and the literal (UTC) reading of a front-matter date. */
export function latestReading(raw: Date | string, normalised: Date): Date {
  const literal = typeof raw === 'string' ? new Date(raw) : raw;
  return Number.isNaN(literal.getTime()) || literal < normalised ? normalised : literal;
}

/** A calendar day, kept as `YYYY-MM-DD` so that days compare as text. */
const day = z
  .union([z.date(), z.iso.date()], { error: 'expected a date like 2023-02-20' })
  .transform((v) => toDay(v, site.timeZone));

/** Text per language; any subset of the site's languages. */
const perLanguage = <T extends z.ZodType>(value: T) =>
  z.partialRecord(z.enum(langs as [Lang, ...Lang[]]), value);

export const unit = z.enum(units, {
  error: `expected a unit from the closed list: ${units.join(', ')}`,
});

/** A key figure: a number with unit and qualifier, and the words that follow it. */
export const keyFigure = z.object({
  /** Stable id, the same on every language version; used for `#figure-<id>`. */
  id,
  /** The number itself: 70, 16100000000. */
  value: z.number({ error: 'expected a number (no units or separators): 70, 16100000000' }),
  /** Unit from the closed list. */
  unit,
  /** How the number relates to the truth; `exactly` when left out. */
  qualifier: z.enum(qualifiers, { error: `expected one of: ${qualifiers.join(', ')}` }).default('exactly'),
  /** The words after the number, in this language. */
  label: z.string().min(1),
  /** What the figure is compared with, in this language. */
  baseline: z.string().optional(),
  /** The period the figure covers. */
  period: z.string().optional(),
  /** Who measured or states the figure. */
  source: z.string().optional(),
});

/** A quote by a person; the role shown is the one held on the release date. */
export const quote = z.object({
  /** Stable id, used for `#quote-<id>`. */
  id,
  /** Person id in `content/people/`. */
  person: id,
  /** The quoted words in this language, without quotation marks. */
  text: z.string().min(1),
});

/** A correction notice. */
export const updated = z.object({
  /** When the release was corrected. */
  date: dateTime,
  /** What changed, for readers. */
  note: z.string().min(1),
});

/** Release front-matter. `image` is Astro's image helper from the collection's schema context. */
export const releaseSchema = <I extends z.ZodType>(image: () => I) =>
  z.object({
    /** The headline. */
    title: z.string().min(1),
    /** Optional subheadline. */
    subtitle: z.string().optional(),
    /** Short teaser lines, shown as the "+++" highlights. */
    highlights: z.array(z.string().min(1)).default([]),
    /** Publication date-time with offset; a date alone means 00:00 in the site's time zone. */
    date: dateTime,
    /** The dateline city. */
    location: z.string().min(1),
    /** Issuing company id, or a list of ids for a joint release. */
    company: z.union([id, z.array(id).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])),
    /** Same value on every language version of one release; defaults to the release's own path. */
    translationKey: id.optional(),
    /** Topic ids from `content/topics.yaml`. */
    topics: z.array(id).default([]),
    /** The figures the release is about. */
    keyFigures: z.array(keyFigure).default([]),
    /** Person ids of the press contacts. */
    contacts: z.array(id).default([]),
    /** Quotes, each with a speaker. */
    quotes: z.array(quote).default([]),
    /** Images with alt text; `src` is relative to the release file. */
    images: z
      .array(
        z.object({
          src: image(),
          alt: z
            .string({ error: 'expected alt text: describe the image for readers who cannot see it' })
            .trim()
            .min(1, 'expected alt text: describe the image for readers who cannot see it'),
          caption: z.string().optional(),
          credit: z.string().optional(),
        }),
      )
      .default([]),
    /** A draft is never published. */
    draft: z.boolean().default(false),
    /** Date-time before which the release must not be public. */
    embargo: embargoTime.optional(),
    /** A correction: when and what. */
    updated: updated.optional(),
  });

/** A dated company figure. */
export const fact = z.object({
  /** What the figure is: `employees`, `revenue`. */
  key: id,
  /** The number. */
  value: z.number({ error: 'expected a number (no units or separators)' }),
  /** Unit from the closed list. */
  unit,
  /** The day the figure describes (reporting date or period end). */
  asOf: day,
  /** The day the figure became public. */
  published: day,
});

/** A company: `content/companies/<id>.yaml`. */
export const companySchema = z.object({
  /** Display name. */
  name: z.string().min(1),
  /** Company website. */
  website: z.url().optional(),
  /** Dated facts. */
  facts: z.array(fact).default([]),
  /** Per fact key, its name per language, for the company page: `employees: { nl: Medewerkers }`. */
  factLabels: z.record(id, perLanguage(z.string().min(1))).default({}),
  /** Per language, sentences for the note to editors with `{key}`, `{key.year}`, `{key.asOf}`. */
  boilerplate: perLanguage(z.array(z.string().min(1))).default({}),
});

/** A role held from one day until another. */
export const role = z.object({
  /** First day in the role. */
  from: day,
  /** Last day in the role; open when still held. */
  until: day.optional(),
  /** The role's title per language. */
  title: perLanguage(z.string().min(1)),
});

/** A person: `content/people/<id>.yaml`. */
export const personSchema = z.object({
  /** Full name. */
  name: z.string().min(1),
  /** Company id the person works for. */
  company: id.optional(),
  /** Roles over time. */
  roles: z.array(role).default([]),
  /** Press contact e-mail. */
  email: z.email().optional(),
  /** Press contact phone, international format. */
  phone: z.string().optional(),
});

/** A topic in `content/topics.yaml`. */
export const topicSchema = z.object({
  /** Label per language. */
  label: perLanguage(z.string().min(1)),
});
