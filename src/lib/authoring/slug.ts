/**
 * File names and ids for new releases. The slug rule itself lives with the release path
 * rules (src/lib/locale/slug.ts), so that the loader, the validator and the CLIs agree.
 */
export { MAX_SLUG_LENGTH, slugify } from '~/lib/locale/slug';

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
