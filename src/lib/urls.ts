/** The one URL helper: every internal link is built here. */
import type { Lang } from './locales';
import type { ReleaseLocation } from './releases';
import { site } from './site';

/**
 * The home page of a language.
 * @example homeUrl('de') // '/de/'
 */
export function homeUrl(lang: Lang): string {
  return `/${lang}/`;
}

/**
 * A release page.
 * @example releaseUrl({ lang: 'nl', year: '2023', slug: 'aluminium' }) // '/nl/2023/aluminium/'
 */
export function releaseUrl(where: ReleaseLocation): string {
  return `/${where.lang}/${where.year}/${where.slug}/`;
}

/** The language picker at the root. */
export function pickerUrl(): string {
  return '/';
}

/**
 * An absolute URL on the public site.
 * @example absoluteUrl('/nl/') // 'https://perskamer.example.org/nl/'
 */
export function absoluteUrl(path: string, origin: string = site.url): string {
  return new URL(path, origin).href;
}
