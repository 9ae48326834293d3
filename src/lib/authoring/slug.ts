/**
 * File names and ids for new releases. The slug rule itself lives with the release path
 * rules (src/lib/locale/slug.ts), so that the loader, the validator and the CLIs agree.
 */
import { releaseIdOf } from '~/lib/model/releases';

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

/**
 * The release file in a folder listing that would get the same URL as `name`: the same id
 * whatever the extension (`.md`, `.mdx`), the case or the Unicode form (a macOS name in NFD).
 * @example collidingRelease(['Jaarcijfers.mdx', 'foto.jpg'], 'jaarcijfers.md') // 'Jaarcijfers.mdx'
 */
export function collidingRelease(names: readonly string[], name: string): string | undefined {
  const id = (file: string) =>
    releaseIdOf(
      file
        .normalize('NFC')
        .replace(/\.mdx?$/i, '.md')
        .toLowerCase(),
    );
  const wanted = id(name);
  return names.find((other) => /\.mdx?$/i.test(other) && id(other) === wanted);
}
