/**
 * URL slugs: lowercase ASCII, hyphens between words, so that URLs read the same everywhere
 * and match the schema's id pattern. Release file names and new ids are made with it.
 * Loaded by astro.config.mjs (through the release path rules), so its imports stay packages.
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
