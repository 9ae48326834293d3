/**
 * File names and ids for new releases: lowercase ASCII, hyphens between words, so that
 * URLs read the same everywhere and match the schema's id pattern.
 */
import { slug as githubSlug } from 'github-slugger';

/** Letters that Unicode does not decompose into a base letter plus accent. */
const LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

/** How long a slug made from a title may get, so that URLs stay readable. */
export const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug from a title: accents stripped, lowercase, words joined by hyphens.
 * @example slugify('Noordwind Energie opent zonnepark in Friesland') // 'noordwind-energie-opent-zonnepark-in-friesland'
 * @example slugify('München: 50 % weniger CO₂ für Straßen') // 'munchen-50-weniger-co2-fur-strassen'
 */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþ]/g, (c) => LIGATURES[c] ?? c);
  const slug = githubSlug(ascii)
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary rather than in the middle of a word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

/**
 * A fresh translationKey: the slug plus a short random suffix, so that two releases with
 * the same title (a yearly report) never pair up by accident.
 * @example translationKeyFor('jaarcijfers-2024', () => 0.5) // 'jaarcijfers-2024-iii'
 */
export function translationKeyFor(slug: string, random: () => number = Math.random): string {
  const suffix = Array.from(
    { length: 3 },
    () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)],
  ).join('');
  return `${slug.slice(0, 60).replace(/-$/, '') || 'release'}-${suffix}`;
}

/**
 * The id Astro's glob loader gives a file path: each segment through github-slugger.
 * Two files with the same id would overwrite each other in the content store.
 * @example astroEntryId('nl/2023/Jaarcijfers.md') // 'nl/2023/jaarcijfers'
 */
export function astroEntryId(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/');
}

/**
 * The release file in a folder listing that would get the same URL as `name`: the same id
 * whatever the extension (`.md`, `.mdx`), the case or the Unicode form (a macOS name in NFD).
 * @example collidingRelease(['Jaarcijfers.mdx', 'foto.jpg'], 'jaarcijfers.md') // 'Jaarcijfers.mdx'
 */
export function collidingRelease(names: readonly string[], name: string): string | undefined {
  const id = (file: string) => astroEntryId(file.normalize('NFC')).normalize('NFC');
  const wanted = id(name);
  return names.find((other) => /\.mdx?$/i.test(other) && id(other) === wanted);
}
