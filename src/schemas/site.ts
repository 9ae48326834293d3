/**
 * The newsroom: `content/site.yaml` says who publishes the site, in which languages, under
 * which name, logo and colours. Read when the configuration loads (astro.config.mjs too), so
 * this module sits below the other schemas and keeps its imports relative.
 */
import { z } from 'astro/zod';
import { AA_TEXT, formatRatio, HEX_COLOUR, poorContrast } from '../lib/contrast';
import { supportedLangs, type Lang } from '../i18n/table';

/** The same shape as the other schemas' ids (atoms.ts reads this configuration, so it is not imported). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ref = (what: string) =>
  z.string().regex(ID, `expected a ${what} id like "acme-energy" (a-z, 0-9, hyphens)`);

const language = z.enum(supportedLangs as [Lang, ...Lang[]], {
  error: `expected a language the site has UI words for: ${supportedLangs.join(', ')}`,
});

/** Text that is the same in every language, or one per language: `{ de: …, en: … }`. */
const localised = z.union([z.string().min(1), z.partialRecord(language, z.string().min(1))], {
  error: 'expected a text, or one text per language like { de: "…", en: "…" }',
});
export type Localised = z.infer<typeof localised>;

const webAddress = z.url({
  protocol: /^https?$/,
  error: 'expected a web address starting with https://',
});

/** A brand colour as hex; text on it and in it must meet WCAG AA. */
const colour = z
  .string()
  .regex(HEX_COLOUR, 'expected a colour in hex, like "#0b5d3b"')
  .superRefine((hex, ctx) => {
    if (!HEX_COLOUR.test(hex)) return;
    const poor = poorContrast(hex);
    if (poor) {
      ctx.addIssue({
        code: 'custom',
        message: `"${hex}" has a contrast ratio of ${formatRatio(poor.ratio)} with ${poor.against}; expected at least ${AA_TEXT}:1 (WCAG AA) for text on it and links in it: choose a darker colour`,
      });
    }
  });

/** Checks that need the content folder: whether a file exists, relative to it. */
export interface SiteSchemaOptions {
  exists?: (path: string) => boolean;
}

/** `content/site.yaml`. */
export function siteSchema({ exists }: SiteSchemaOptions = {}) {
  return z
    .object({
      /** The newsroom's name, one for all languages or one per language. */
      name: localised,
      /** Company id (in `companies/`) that runs the newsroom: JSON-LD publisher, the about page. */
      publisher: ref('company'),
      /** The public origin; PRESS_SITE_URL overrides it. */
      url: webAddress,
      /** IANA time zone in which releases are dated; PRESS_TIME_ZONE overrides it. */
      timeZone: z.string().refine(isTimeZone, {
        error: 'expected an IANA time zone like "Europe/Berlin"',
      }),
      /** The site's languages in order; the first is the default. */
      languages: z
        .array(language)
        .min(1, 'expected at least one language, like [de, en]')
        .refine((list) => new Set(list).size === list.length, { error: 'expected each language once' }),
      /** Shown in the header and the print masthead. */
      logo: z
        .object({
          /** SVG or PNG file, relative to the content folder. */
          src: z.string().superRefine((src, ctx) => {
            if (!/\.(svg|png)$/i.test(src)) {
              ctx.addIssue({ code: 'custom', message: `expected an .svg or .png file, got "${src}"` });
            } else if (src.startsWith('/') || src.split(/[\\/]/).includes('..')) {
              ctx.addIssue({
                code: 'custom',
                message: `expected a path inside the content folder like "images/logo.svg", got "${src}"`,
              });
            } else if (exists && !exists(src)) {
              ctx.addIssue({
                code: 'custom',
                message: `file not found: "${src}"; expected a path relative to the content folder`,
              });
            }
          }),
          /** What the logo says, for readers who cannot see it (usually the name). */
          alt: localised,
        })
        .optional(),
      /** Brand colours: `brand` for links, buttons and the header; `accent` for details. */
      colors: z.object({
        /** Links, buttons, the header's band. */
        brand: colour,
        /** Key-figure values and decorative lines; the brand colour when left out. */
        accent: colour.optional(),
      }),
      /** Person ids of the press office, shown on the home and about pages. */
      contacts: z.array(ref('person')).default([]),
      /** A short text per language about the newsroom, for the home and about pages. */
      about: z.partialRecord(language, z.string().min(1)).default({}),
      /** Links in the footer. */
      links: z
        .object({
          /** Privacy statement. */
          privacy: webAddress.optional(),
          /** Imprint (legal notice; required in Germany). */
          imprint: webAddress.optional(),
          /** The organisation's own website. */
          website: webAddress.optional(),
          /** Social profiles by name: `{ LinkedIn: https://… }`. */
          social: z.record(z.string().min(1), webAddress).default({}),
        })
        .default({ social: {} }),
      /** The organisation's own newsletter form: it posts there; no address is stored here. */
      subscribe: z
        .object({
          /** Where the form posts (the CSP's form-action names this origin). */
          action: webAddress,
          /** The name of the form's e-mail field at that service. */
          emailField: z.string().min(1).default('email'),
          /** What the form offers, e.g. "Press releases by e-mail". */
          label: localised,
        })
        .optional(),
    })
    .superRefine((site, ctx) => {
      // Every other language falls back to the first, so that one must be there.
      const first = site.languages[0];
      if (!first) return;
      const needsFirst: [PropertyKey[], Localised | undefined][] = [
        [['name'], site.name],
        [['logo', 'alt'], site.logo?.alt],
        [['subscribe', 'label'], site.subscribe?.label],
      ];
      for (const [path, text] of needsFirst) {
        if (text !== undefined && typeof text !== 'string' && !text[first]) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `expected a text in "${first}", the site's first language (the others fall back to it)`,
          });
        }
      }
    });
}

export type SiteConfig = z.output<ReturnType<typeof siteSchema>>;

/**
 * A localised text in a language, else in the fallback language.
 * @example textIn({ de: 'Presse', en: 'Press' }, 'en', 'de') // 'Press'
 * @example textIn('Presse', 'en', 'de') // 'Presse'
 */
export function textIn(text: Localised, lang: Lang, fallback: Lang): string {
  return typeof text === 'string' ? text : (text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? '');
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
