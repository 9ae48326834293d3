import { fill } from './fill';
import type { UiDictionary } from './nl/ui';
import { locales, type Lang } from './table';
import { site } from '../lib/config';

/**
 * The languages of this site: the locale table (`table.ts`, every language the product has UI
 * words for) narrowed to the `languages` of `content/site.yaml`, in that order. Routes, the
 * language switcher, hreflang, feeds, search indexes and sitemaps exist for these only.
 * Imports stay relative: the site configuration loads this module from astro.config.mjs.
 */
export { isSupportedLang, locales, supportedLangs, type Lang, type LocaleEntry } from './table';

/** The site's languages in the order of `content/site.yaml`. */
export const langs: Lang[] = [...site.languages];

/** The default language: the first in `content/site.yaml`; x-default and the fallback for text. */
export const defaultLang: Lang = langs[0]!;

/**
 * Compares two things by their language's place in the site's order (site.yaml).
 * @example [{ lang: 'en' }, { lang: 'nl' }].sort(byLangOrder) // nl first, then en
 */
export function byLangOrder(a: { lang: Lang }, b: { lang: Lang }): number {
  return langs.indexOf(a.lang) - langs.indexOf(b.lang);
}

/** Narrows an arbitrary string (a route param, a folder name) to one of the site's languages. */
export function isLang(value: string): value is Lang {
  return (langs as string[]).includes(value);
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
