/** Release front-matter: the authoring contract of `content/releases/<lang>/<yyyy>/<slug>.md`. */
import { z } from 'astro/zod';
import { dateTime, embargoTime, id, qualifier, text, unit, wholeCount } from '~/schemas/atoms';

/** A key figure: a number with unit and qualifier, and the words that follow it. */
export const keyFigure = z
  .object({
    /** Stable id, the same on every language version; used for `#figure-<id>`. */
    id,
    /** The number itself: 70, 16100000000. */
    value: z.number({ error: 'expected a number (no units or separators): 70, 16100000000' }),
    /** Unit from the closed list. */
    unit,
    /** How the number relates to the truth; `exactly` when left out. */
    qualifier: qualifier.default('exactly'),
    /** The words after the number, in this language. */
    label: text.min(1),
    /** What the figure is compared with, in this language. */
    baseline: text.optional(),
    /** The period the figure covers. */
    period: text.optional(),
    /** Who measured or states the figure. */
    source: text.optional(),
    /** Id of the evidence record behind the figure (`content/evidence/<id>.yaml`). */
    evidence: id.optional(),
    /** Id of the target the figure reports progress on (`content/targets/<id>.yaml`). */
    target: id.optional(),
  })
  .superRefine(wholeCount);

/** Where a claim exception may be limited to: a field, a list, or one item of it. */
const CLAIM_FIELDS =
  /^(?:title|subtitle|body|highlights(?:\.\d+)?|quotes(?:\.\d+(?:\.text)?)?|keyFigures(?:\.\d+(?:\.label)?)?)$/;

/**
 * Words the green-claims checks would read as an environmental claim but that are none here
 * (a place, a product, a report title), with the reason, which stays in the file for review.
 */
export const claimException = z.object({
  /** The words as written (any letter case); every occurrence is excepted, or only those in `field`. */
  phrase: text.trim().min(1, 'expected the words that are no claim, as written in the release'),
  /** Why these words are no environmental claim. */
  reason: text
    .trim()
    .min(1, 'expected why this is no environmental claim: a place name, a report title, a product name'),
  /** Only in this field: title, subtitle, body, highlights, highlights.0, quotes.1, keyFigures.2.label. */
  field: z
    .string()
    .regex(
      CLAIM_FIELDS,
      'expected title, subtitle, body, highlights, quotes or keyFigures, or one item like highlights.0 (counted from 0)',
    )
    .optional(),
});

/** A quote by a person; the role shown is the one held on the release date. */
export const quote = z.object({
  /** Stable id, used for `#quote-<id>`. */
  id,
  /** Person id in `content/people/`. */
  person: id,
  /** The quoted words in this language, without quotation marks. */
  text: text.min(1),
});

/** A correction notice. */
export const updated = z.object({
  /** When the release was corrected. */
  date: dateTime,
  /** What changed, for readers. */
  note: text.min(1),
});

/** An image shown with the release; `src` is the image helper's type (a path relative to the release file). */
export const releaseImage = <S extends z.ZodType>(src: S) =>
  z.object({
    /** Path of the image file, relative to the release file. */
    src,
    /** What the image shows, for readers who cannot see it. */
    alt: z
      .string({ error: 'expected alt text: describe the image for readers who cannot see it' })
      .trim()
      .min(1, 'expected alt text: describe the image for readers who cannot see it')
      .pipe(text),
    /** Caption. */
    caption: text.optional(),
    /** Photographer or rights holder. */
    credit: text.optional(),
  });

/** Release front-matter. `image` is Astro's image helper from the collection's schema context. */
export const releaseSchema = <I extends z.ZodType>(image: () => I) =>
  z.object({
    /** The headline. */
    title: text.min(1),
    /** Optional subheadline. */
    subtitle: text.optional(),
    /** Short teaser lines, shown as the "+++" highlights. */
    highlights: z.array(text.min(1)).default([]),
    /**
     * Publication date-time with offset; a date alone means 00:00 in the site's time zone, and
     * a date-time without offset is read there.
     */
    date: dateTime,
    /** The dateline city. */
    location: text.min(1),
    /** Issuing company id, or a list of ids for a joint release. */
    company: z.union([id, z.array(id).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])),
    /** Same value on every language version of one release; defaults to the release's own path. */
    translationKey: id.optional(),
    /** Topic ids from `content/topics.yaml`. */
    topics: z.array(id).default([]),
    /** The figures the release is about. */
    keyFigures: z.array(keyFigure).default([]),
    /** Ids of the evidence records behind the release's environmental claims. */
    evidence: z.array(id).default([]),
    /** Ids of the targets the release mentions: needed for any claim about future performance. */
    targets: z.array(id).default([]),
    /** Words that look like environmental claims but are none, each with its reason. */
    claimExceptions: z.array(claimException).default([]),
    /** Person ids of the press contacts. */
    contacts: z.array(id).default([]),
    /** Quotes, each with a speaker. */
    quotes: z.array(quote).default([]),
    /** Images with alt text; `src` is relative to the release file. */
    images: z.array(releaseImage(image())).default([]),
    /** A draft is never published. */
    draft: z.boolean().default(false),
    /**
     * Date-time with offset before which the release must not be public; the latest embargo
     * of a translation group holds for every language version (see lib/model/releases.ts).
     */
    embargo: embargoTime.optional(),
    /** A correction: when and what. */
    updated: updated.optional(),
  });
