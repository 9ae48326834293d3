/** The small parts every schema is made of: ids, dates, per-language text, units. */
import { z } from 'astro/zod';
import { supportedLangs, type Lang } from '~/i18n/locales';
import { site } from '~/lib/config';
import {
  EXPECTED_DATE,
  latestReading,
  normaliseDate,
  offsetHint,
  readDateText,
  toDay,
  wallClockReading,
  type DateForm,
} from '~/lib/locale/dates';
import { forbiddenCharacterMessage, forbiddenCharacters } from '~/lib/locale/characters';
import { qualifiers, units } from '~/lib/units';

/** A lowercase id as used in file names: `bmw-group`, `supply-chain`. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase id like "bmw-group" (a-z, 0-9, hyphens)');

/** A date as YAML gives it: text, or a Date when the value was an unquoted timestamp. */
const dateInput = z.union([z.date(), z.string()], { error: EXPECTED_DATE });

/**
 * Reads a date's text strictly (see readDateText), in the site's time zone. `refuse` may
 * turn a readable form into a message.
 */
function fromText(
  text: string,
  ctx: z.core.$RefinementCtx,
  refuse: (form: DateForm) => string | undefined = () => undefined,
): Date {
  const reading = readDateText(text, site.timeZone);
  const message = reading.ok ? refuse(reading.form) : reading.message;
  if (!reading.ok || message) {
    ctx.addIssue({ code: 'custom', message: message ?? EXPECTED_DATE, input: text });
    return z.NEVER;
  }
  return reading.date;
}

/**
 * A date-time with offset, or a date alone meaning 00:00 in the site's time zone. A date-time
 * without offset is read in the site's time zone too (`npm run validate` warns about it).
 * The loader gives the schema the text of unquoted values (see lib/model/loaders.ts); a Date
 * that comes without its text is taken as YAML read it.
 */
export const dateTime = dateInput.transform((value, ctx) =>
  value instanceof Date ? normaliseDate(value, site.timeZone) : fromText(value, ctx),
);

/**
 * An embargo: an exact moment, so a date-time without offset is refused, with the corrected
 * value. A date alone means 00:00 in the site's time zone. A Date without its text may have
 * been written with or without offset: of the two readings the later is taken, so that an
 * embargo never lifts early.
 */
export const embargoTime = dateInput.transform((value, ctx) =>
  value instanceof Date
    ? latestReading(value, wallClockReading(value, site.timeZone))
    : fromText(value, ctx, (form) =>
        form === 'local'
          ? `an embargo must be an exact moment: ${offsetHint(value, site.timeZone)}`
          : undefined,
      ),
);

/** A calendar day, kept as `YYYY-MM-DD` so that days compare as text. */
export const day = dateInput.transform((value, ctx) => {
  if (value instanceof Date) return toDay(value, site.timeZone);
  fromText(value, ctx, (form) =>
    form === 'day' ? undefined : 'expected a date without time, like 2023-02-20',
  );
  // Once read, the text is the day itself (and when refused, the value is dropped).
  return value.trim();
});

/**
 * A `count` is a number of things: a fraction is a mistake, most often a thousands separator
 * that YAML read as a decimal point (`1.200` is 1.2).
 */
export function wholeCount(figure: { value: number; unit: string }, ctx: z.core.$RefinementCtx): void {
  if (figure.unit !== 'count' || Number.isInteger(figure.value)) return;
  // 1.2 read from "1.200" has at most three decimals once the separator is gone.
  const thousands = figure.value * 1000;
  const separator = Math.abs(figure.value) >= 1 && Math.abs(thousands - Math.round(thousands)) < 1e-6;
  const guess = separator ? ` — did you mean ${Math.round(thousands)}?` : '';
  ctx.addIssue({
    code: 'custom',
    path: ['value'],
    message: `a count must be a whole number; ${figure.value}${guess} write numbers without dots or commas`,
    input: figure.value,
  });
}

/**
 * Text per language; any subset of the languages the product has (a newsroom that drops a
 * language keeps its labels in it without an error; only its own languages are shown).
 */
export const perLanguage = <T extends z.ZodType>(value: T) =>
  z.partialRecord(z.enum(supportedLangs as [Lang, ...Lang[]]), value);

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

/**
 * Text that is the same in every language (a standard's name: "ISO 14067", "GHG Protocol") or
 * per language when it is a description: `{ nl: …, en: … }`.
 */
export const wording = z.union([text.min(1), perLanguage(text.min(1))], {
  error:
    'expected text (a name or term that reads the same in every language) or text per language: { nl: …, en: … }',
});

/** Text in at least one of the site's languages: `{ nl: …, en: … }`. */
export const someLanguages = <T extends z.ZodType>(value: T) =>
  perLanguage(value).refine((v) => Object.keys(v).length > 0, {
    error: `expected the text in at least one language: { nl: …, en: … } (${site.languages.join(', ')})`,
  });

/** File types a document may have, with the media type it is served as. */
export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

const DOCUMENT_EXPECTED = `expected a web address (https://…) or a path relative to this file to a ${Object.keys(
  DOCUMENT_TYPES,
)
  .map((ext) => `.${ext}`)
  .join(', ')} file in the content folder, like docs/lca-2025.pdf`;

/**
 * A document: an `https://` (or `http://`) address, or the path of a file in the content folder,
 * relative to the YAML file that names it. A file is published with the site once something
 * public cites it (HTML and SVG are refused: opened on our own address they could run script).
 * Whether the file is there is checked with the content (see lib/model/documents.ts).
 */
export const documentRef = z
  .string({ error: DOCUMENT_EXPECTED })
  .trim()
  .min(1, DOCUMENT_EXPECTED)
  .superRefine((value, ctx) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
        ctx.addIssue({ code: 'custom', message: `${DOCUMENT_EXPECTED}; got "${value}"` });
      }
      return;
    }
    const ext = value.split('.').pop()?.toLowerCase() ?? '';
    if (value.startsWith('/') || value.includes('\\') || !Object.hasOwn(DOCUMENT_TYPES, ext)) {
      ctx.addIssue({ code: 'custom', message: `${DOCUMENT_EXPECTED}; got "${value}"` });
    }
  });

/** An independent third party who verified, certified or checks progress. */
export const verifier = z.object({
  /** The organisation's name. */
  name: text.trim().min(1, 'expected the name of the verifying organisation'),
  /** Its accreditation: the accrediting body, the standard and the number. */
  accreditation: text.optional(),
});
