import type { ClaimVocabulary } from './claims';
import { claims as deClaims } from './de/claims';
import { checks as deChecks } from './de/checks';
import { importWords as deImport } from './de/import';
import { de } from './de/ui';
import { claims as enClaims } from './en/claims';
import { checks as enChecks } from './en/checks';
import { importWords as enImport } from './en/import';
import { en } from './en/ui';
import { claims as frClaims } from './fr/claims';
import { checks as frChecks } from './fr/checks';
import { importWords as frImport } from './fr/import';
import { fr } from './fr/ui';
import type { ImportVocabulary } from './import-vocabulary';
import { claims as nlClaims } from './nl/claims';
import { checks as nlChecks, type CheckWords } from './nl/checks';
import { importWords as nlImport } from './nl/import';
import { nl, type UiDictionary } from './nl/ui';

/**
 * The one locale table: every language the product has UI words for. A newsroom picks its
 * languages from these in `content/site.yaml`; Astro's i18n config, routes, the language
 * switcher, hreflang, number and date formatting and the typography plugin all derive from it.
 * Adding a language: one entry here plus its folder `src/i18n/<lang>/` (`ui.ts` for the site's
 * words, `checks.ts` for the words the content checks look for, `claims.ts` for the green-claims
 * vocabulary, `import.ts` for the words
 * `npm run import` reads a release by).
 * Loaded by the site configuration (and so by astro.config.mjs): imports stay relative.
 */
export const locales = {
  nl: {
    label: 'Nederlands',
    /** BCP-47 tag for `<html lang>` and hreflang. */
    tag: 'nl',
    /** Locale for Intl number and date formatting. */
    intl: 'nl-NL',
    /** Open Graph `og:locale`. */
    ogLocale: 'nl_NL',
    /** Quotation marks: primary open/close, secondary open/close. */
    quotes: ['“', '”', '‘', '’'],
    /** Whether a no-break space goes inside guillemets and before `; : ! ?` (French style). */
    frenchSpacing: false,
    /** Small numbers as words, 0 to 12: text may say "zes" where a key figure says 6. */
    numberWords: [
      'nul',
      'een',
      'twee',
      'drie',
      'vier',
      'vijf',
      'zes',
      'zeven',
      'acht',
      'negen',
      'tien',
      'elf',
      'twaalf',
    ],
    ui: nl,
    checks: nlChecks,
    claims: nlClaims,
    /** The words `npm run import` reads a release by. */
    import: nlImport,
  },
  en: {
    label: 'English',
    tag: 'en',
    intl: 'en-GB',
    ogLocale: 'en_GB',
    quotes: ['“', '”', '‘', '’'],
    frenchSpacing: false,
    numberWords: [
      'zero',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
    ],
    ui: en,
    checks: enChecks,
    claims: enClaims,
    /** The words `npm run import` reads a release by. */
    import: enImport,
  },
  de: {
    label: 'Deutsch',
    tag: 'de',
    intl: 'de-DE',
    ogLocale: 'de_DE',
    quotes: ['„', '“', '‚', '‘'],
    frenchSpacing: false,
    numberWords: [
      'null',
      'eins',
      'zwei',
      'drei',
      'vier',
      'fünf',
      'sechs',
      'sieben',
      'acht',
      'neun',
      'zehn',
      'elf',
      'zwölf',
    ],
    ui: de,
    checks: deChecks,
    claims: deClaims,
    /** The words `npm run import` reads a release by. */
    import: deImport,
  },
  fr: {
    label: 'Français',
    tag: 'fr',
    intl: 'fr-FR',
    ogLocale: 'fr_FR',
    quotes: ['«', '»', '“', '”'],
    frenchSpacing: true,
    numberWords: [
      'zéro',
      'un',
      'deux',
      'trois',
      'quatre',
      'cinq',
      'six',
      'sept',
      'huit',
      'neuf',
      'dix',
      'onze',
      'douze',
    ],
    ui: fr,
    checks: frChecks,
    claims: frClaims,
    /** The words `npm run import` reads a release by. */
    import: frImport,
  },
} as const satisfies Record<string, LocaleEntry>;

export interface LocaleEntry {
  label: string;
  tag: string;
  intl: string;
  ogLocale: string;
  quotes: readonly [string, string, string, string];
  frenchSpacing: boolean;
  numberWords: readonly string[];
  ui: UiDictionary;
  /** Words the content checks look for in this language (`src/i18n/<lang>/checks.ts`). */
  checks: CheckWords;
  /** Words and messages of the green-claims checks (`src/i18n/<lang>/claims.ts`). */
  claims: ClaimVocabulary;
  /** Words the importer reads a release by (`src/i18n/<lang>/import.ts`). */
  import: ImportVocabulary;
}

export type Lang = keyof typeof locales;

/** Every language the product supports, in table order (a site uses some of them). */
export const supportedLangs = Object.keys(locales) as Lang[];

/** Narrows an arbitrary string to a language of the table, configured or not. */
export function isSupportedLang(value: string): value is Lang {
  return Object.hasOwn(locales, value);
}
