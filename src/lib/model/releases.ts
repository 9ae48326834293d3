/** Pure rules about releases: where they live, when they are public, how translations pair up. */
import { isLang, langs, type Lang } from '~/i18n/locales';

/** Where a release lives, read from its content id `<lang>/<yyyy>/<slug>`. */
export interface ReleaseLocation {
  lang: Lang;
  year: string;
  slug: string;
}

/**
 * Reads language, year folder and slug from a release's content id.
 * @example parseReleaseId('nl/2023/bmw-koopt-aluminium') // { lang: 'nl', year: '2023', slug: 'bmw-koopt-aluminium' }
 */
export function parseReleaseId(id: string): ReleaseLocation | undefined {
  const [lang, year, slug, ...rest] = id.split('/');
  if (!lang || !year || !slug || rest.length > 0 || !isLang(lang) || !/^\d{4}$/.test(year)) {
    return undefined;
  }
  return { lang, year, slug };
}

/** What decides whether a release is public. */
export interface Visibility {
  draft: boolean;
  date: Date;
  embargo?: Date | undefined;
}

/**
 * A release is public when it is no draft and both its date and its embargo have passed.
 * A future date alone also holds a release back, so a mistyped year never leaks news.
 */
export function isPublic(release: Visibility, now: Date): boolean {
  if (release.draft) return false;
  if (release.date.getTime() > now.getTime()) return false;
  return !release.embargo || release.embargo.getTime() <= now.getTime();
}

/**
 * The moment a release goes out: the later of its date and its embargo. A release dated
 * before its embargo is published when the embargo lifts, and that is its publication time.
 * @example publicationTime({ date: new Date('2026-11-29T14:52:00+01:00'), embargo: new Date('2026-11-30T09:00:00+01:00') }) // 2026-11-30T09:00:00+01:00
 */
export function publicationTime(release: Pick<Visibility, 'date' | 'embargo'>): Date {
  const { date, embargo } = release;
  return embargo && embargo.getTime() > date.getTime() ? embargo : date;
}

/** The moment a held-back (non-draft) release becomes public, or undefined if it is public or a draft. */
export function liftTime(release: Visibility, now: Date): Date | undefined {
  if (release.draft || isPublic(release, now)) return undefined;
  return publicationTime(release);
}

/** A release version as the visibility rule reads it: its content id and its front-matter. */
export interface VersionVisibility {
  id: string;
  data: Visibility & { translationKey?: string | undefined };
}

/**
 * One release, one embargo: the latest embargo on any version of a translation group (drafts
 * included) holds for every version, so an embargo set on the Dutch file alone keeps the
 * English one back too. A release without translationKey is a group of its own (its id).
 * @returns each version's visibility, by id, with the group's embargo
 */
export function groupVisibility(versions: readonly VersionVisibility[]): Map<string, Visibility> {
  const latest = new Map<string, Date>();
  const keyOf = (version: VersionVisibility) => version.data.translationKey ?? version.id;
  for (const version of versions) {
    const { embargo } = version.data;
    const key = keyOf(version);
    const held = latest.get(key);
    if (embargo && (!held || embargo > held)) latest.set(key, embargo);
  }
  return new Map(
    versions.map((version) => {
      const { draft, date } = version.data;
      const embargo = latest.get(keyOf(version));
      return [version.id, embargo ? { draft, date, embargo } : { draft, date }];
    }),
  );
}

/** Newest first; ties broken by id so the order is stable. */
export function byDateDesc<T extends { id: string; data: { date: Date } }>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}

/**
 * Groups releases by translationKey, each group in locale-table order.
 * @example translationGroups(releases).get('bmw-rio-tinto-aluminium-2023')
 */
export function translationGroups<T extends { lang: Lang; translationKey: string }>(
  releases: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const release of releases) {
    const group = groups.get(release.translationKey) ?? [];
    group.push(release);
    groups.set(release.translationKey, group);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => langs.indexOf(a.lang) - langs.indexOf(b.lang));
  }
  return groups;
}
