/** The pages of the built site, discovered from the output folder. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const LANGUAGES = ['nl', 'en', 'de', 'fr'] as const;

/** The four language versions of the seed release; they must always be among the release pages. */
export const SEED_RELEASES = [
  '/nl/2023/bmw-group-koopt-koolstofarm-aluminium-rio-tinto/',
  '/en/2023/bmw-group-sources-low-carbon-aluminium-rio-tinto/',
  '/de/2023/bmw-group-bezieht-co2-armes-aluminium-rio-tinto/',
  '/fr/2023/bmw-group-achete-aluminium-bas-carbone-rio-tinto/',
] as const;

/** Every `.html` file below `outDir`, as absolute paths, sorted. */
export async function htmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** URL paths of all release pages: `<lang>/<yyyy>/<slug>/index.html` becomes `/<lang>/<yyyy>/<slug>/`. */
export async function releasePaths(outDir: string): Promise<string[]> {
  const release = /^(nl|en|de|fr)\/\d{4}\/[^/]+\/index\.html$/;
  return (await htmlFiles(outDir))
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .filter((path) => release.test(path))
    .map((path) => `/${path.slice(0, -'index.html'.length)}`);
}
