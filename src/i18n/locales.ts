import type { ClaimVocabulary } from './claims';
import { claims as deClaims } from './de/claims';
import { checks as deChecks } from './de/checks';
import { de } from './de/ui';
import { fill } from './fill';
import { claims as enClaims } from './en/claims';
import { checks as enChecks } from './en/checks';
import { en } from './en/ui';
import { claims as frClaims } from './fr/claims';
import { checks as frChecks } from './fr/checks';
import { fr } from './fr/ui';
import { claims as nlClaims } from './nl/claims';
import { checks as nlChecks, type CheckWords } from './nl/checks';
import { nl, type UiDictionary } from './nl/ui';

/**
 * The one locale table. Astro's i18n config, routes, the language switcher,
 * hreflang, number and date formatting and the typography plugin all derive
 * from it. Adding a language: one entry here plus its folder `src/i18n/<lang>/`.
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
}

export type Lang = keyof typeof locales;

/** The default language: the source of truth for UI strings and x-default. */
export const defaultLang: Lang = 'nl';

/** All languages in table order. */
export const langs = Object.keys(locales) as Lang[];

/**
 * Compares two things by their language's place in the locale table.
 * @example [{ lang: 'en' }, { lang: 'nl' }].sort(byLangOrder) // nl first, then en
 */
export function byLangOrder(a: { lang: Lang }, b: { lang: Lang }): number {
  return langs.indexOf(a.lang) - langs.indexOf(b.lang);
}

/** Narrows an arbitrary string (a route param, a folder name) to a known language. */
export function isLang(value: string): value is Lang {
  return Object.hasOwn(locales, value);
}

/**
 * Returns the UI-string lookup for a language; `{name}` placeholders are filled from `vars`.
 * @example useTranslations('nl')('release.noteToEditors') // 'Noot voor de redactie'
 * @example useTranslations('en')('archive.year', { year: 2023 }) // 'Press releases from 2023'
 */
export function useTranslations(lang: Lang) {
  const dict: UiDictionary = locales[lang].ui;
  return (key: keyof UiDictionary, vars: Record<string, string | number> = {}): string =>
    fill(dict[key], vars);
}
