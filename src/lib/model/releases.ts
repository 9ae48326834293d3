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

/** The moment a held-back (non-draft) release becomes public, or undefined if it is public or a draft. */
export function liftTime(release: Visibility, now: Date): Date | undefined {
  if (release.draft || isPublic(release, now)) return undefined;
  const times = [release.date, release.embargo].filter((d): d is Date => d !== undefined);
  return new Date(Math.max(...times.map((d) => d.getTime())));
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

/** How many releases a build publishes, holds back and leaves as drafts, and when the next one lifts. */
export interface VisibilityCounts {
  public: number;
  /** Not drafts, but embargoed or dated in the future. */
  heldBack: number;
  drafts: number;
  /** The earliest moment a held-back release becomes public. */
  nextLift?: Date | undefined;
}

/**
 * Counts releases by what the build does with them, by the same rules as `isPublic` and `liftTime`.
 * @example visibilityCounts([{ draft: true, date }], now) // { public: 0, heldBack: 0, drafts: 1, nextLift: undefined }
 */
export function visibilityCounts(releases: Iterable<Visibility>, now: Date): VisibilityCounts {
  const counts: VisibilityCounts = { public: 0, heldBack: 0, drafts: 0, nextLift: undefined };
  for (const release of releases) {
    if (release.draft) counts.drafts += 1;
    else if (isPublic(release, now)) counts.public += 1;
    else {
      counts.heldBack += 1;
      const lift = liftTime(release, now);
      if (lift && (!counts.nextLift || lift < counts.nextLift)) counts.nextLift = lift;
    }
  }
  return counts;
}
