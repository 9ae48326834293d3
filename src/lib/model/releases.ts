/**
 * Pure rules about releases: where they live, when they are public, how translations pair up.
 * The path rules here are the only ones: the content loader (`generateId`), the validator,
 * the typography plugin, the Pagefind glob and the CLIs all read them. Loaded by
 * astro.config.mjs too (through the Markdown plugins), so its imports stay relative.
 */
import { isLang, langs, type Lang } from '../../i18n/locales';
import { slugify } from '../locale/slug';

/** Where a release lives, read from its content id `<lang>/<yyyy>/<slug>`. */
export interface ReleaseLocation {
  lang: Lang;
  year: string;
  slug: string;
}

/** A release file, read from its path under `content/releases/`. */
export interface ReleasePath extends ReleaseLocation {
  /** The content id, `<lang>/<yyyy>/<slug>`; the page is at `/<id>/`. */
  id: string;
  ext: ReleaseExtension;
}

export type ReleaseExtension = 'md' | 'mdx';

/** Release files under `content/releases/`, for the content loader. */
export const RELEASE_FILES = '*/*/*.{md,mdx}';

/** Release pages under the output folder, for the search indexer: `<lang>/<yyyy>/<slug>/index.html`. */
export const RELEASE_PAGES = '*/[0-9][0-9][0-9][0-9]/*/index.html';

/** What a release file name may be made of, so its URL is the same in every tool and file system. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;
const EXTENSION = /\.(mdx?)$/;

/**
 * Reads language, year folder and slug from a release's content id.
 * @example parseReleaseId('nl/2023/bmw-koopt-aluminium') // { lang: 'nl', year: '2023', slug: 'bmw-koopt-aluminium' }
 */
export function parseReleaseId(id: string): ReleaseLocation | undefined {
  const [lang, year, slug, ...rest] = id.split('/');
  if (!lang || !year || !slug || rest.length > 0 || !isLang(lang) || !YEAR.test(year)) {
    return undefined;
  }
  return { lang, year, slug };
}

/**
 * What is wrong with a release file's path under `content/releases/`, in the author's words;
 * empty when the file is where a release belongs and its name is a clean slug.
 * @example releasePathProblems('nl/2023/Jaarcijfers.md') // ['file name "Jaarcijfers.md" may hold only lowercase letters a-z, digits and hyphens; rename it to "jaarcijfers.md"']
 */
export function releasePathProblems(path: string): string[] {
  const parts = path.split('/');
  if (parts.length !== 3 || !EXTENSION.test(parts[2]!)) {
    return ['not built: expected releases/<lang>/<yyyy>/<slug>.md (a language folder, then a year folder)'];
  }
  const [lang, year, name] = parts as [string, string, string];
  const problems: string[] = [];
  if (!isLang(lang)) problems.push(`unknown language folder "${lang}"; expected one of: ${langs.join(', ')}`);
  if (!YEAR.test(year)) problems.push(`unknown year folder "${year}"; expected four digits like 2023`);
  const stem = name.replace(EXTENSION, '');
  if (!SLUG.test(stem)) {
    const ext = EXTENSION.exec(name)![1];
    const suggestion = slugify(stem);
    problems.push(
      `file name "${name}" may hold only lowercase letters a-z, digits and hyphens; ${
        suggestion ? `rename it to "${suggestion}.${ext}"` : 'rename it after its headline'
      }`,
    );
  }
  return problems;
}

/**
 * Reads a release file's path under `content/releases/`; undefined when it has any problem
 * of {@link releasePathProblems}.
 * @example parseReleasePath('nl/2023/jaarcijfers.mdx') // { id: 'nl/2023/jaarcijfers', lang: 'nl', year: '2023', slug: 'jaarcijfers', ext: 'mdx' }
 */
export function parseReleasePath(path: string): ReleasePath | undefined {
  if (releasePathProblems(path).length > 0) return undefined;
  const [lang, year, name] = path.split('/') as [Lang, string, string];
  const slug = name.replace(EXTENSION, '');
  return {
    id: `${lang}/${year}/${slug}`,
    lang,
    year,
    slug,
    ext: EXTENSION.exec(name)![1] as ReleaseExtension,
  };
}

/**
 * The content id of a release file, given to the loader as `generateId`. A name outside
 * `[a-z0-9-]` is an error of its own; until it is renamed, its id is the suggested slug, so that
 * page, links, feeds and `api/` never disagree about a URL (a macOS name in decomposed Unicode
 * would otherwise get a page in one form and links in the other).
 * @example releaseIdOf('nl/2023/jaarcijfers.md') // 'nl/2023/jaarcijfers'
 * @example releaseIdOf('nl/2025/Ünïcödé bericht.md') // 'nl/2025/unicode-bericht'
 */
export function releaseIdOf(path: string): string {
  const parts = path.split('/');
  const stem = parts.pop()!.replace(EXTENSION, '');
  return [...parts, SLUG.test(stem) ? stem : slugify(stem) || stem.normalize('NFC')].join('/');
}

/**
 * Where a release file goes under `content/releases/`, for the CLIs that write one.
 * @example releaseFilePath({ lang: 'en', year: '2026', slug: 'annual-results' }) // 'en/2026/annual-results.md'
 */
export function releaseFilePath(location: ReleaseLocation, ext: ReleaseExtension = 'md'): string {
  return `${location.lang}/${location.year}/${location.slug}.${ext}`;
}

/**
 * The part of a file path under its `releases/` folder, with `/` separators; undefined outside one.
 * @example underReleases('/site/content/releases/de/2023/x.md') // 'de/2023/x.md'
 */
export function underReleases(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  const parts = filePath.split(/[\\/]/);
  // The last folder named "releases": a content folder may itself sit under one.
  const at = parts.lastIndexOf('releases', parts.length - 2);
  return at >= 0 ? parts.slice(at + 1).join('/') : undefined;
}

/**
 * The language of a release file: the folder right under `releases/`.
 * @example releaseFileLang('/site/content/releases/de/2023/x.md') // 'de'
 */
export function releaseFileLang(filePath: string | undefined): Lang | undefined {
  const lang = underReleases(filePath)?.split('/')[0];
  return lang && isLang(lang) ? lang : undefined;
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
